using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.BurdenImportSetup;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Tasks assigned to townships (clause 六, R6.4) as an import kind: the township's list is imported first and a task
/// names its item by year, kind and title; a file with bad rows stores nothing and names each refused cell; a re-import
/// changes nothing; a township may not record a department's task; export → import reproduces them.
/// </summary>
public abstract class AssignedTaskImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly AssignedTaskImport Kind = new();

    private static Dictionary<string, object?> RowFor(
        string department, string township, string? title, object? assignedOn = null, object? deadline = null, string? itemKind = null, string? item = null,
        object? funding = null, string? source = null, object? withdrawnOn = null) =>
        new(StringComparer.Ordinal)
        {
            ["departmentCode"] = department, ["townshipCode"] = township, ["title"] = title, ["assignedOn"] = assignedOn ?? "2011-05-10", ["deadline"] = deadline,
            ["itemKind"] = itemKind, ["itemTitle"] = item, ["fundingYuan"] = funding, ["fundingSource"] = source, ["withdrawnOn"] = withdrawnOn,
        };

    private static async Task<List<string>> TasksAsync(JicengDbContext db, int departmentId) =>
        (await db.AssignedTasks.AsNoTracking().Where(t => t.DepartmentId == departmentId && t.AssignedOn.Year == Year)
            .Select(t => new { t.TownshipId, t.Title, t.Deadline, Item = t.ResponsibilityItem!.Title, t.FundingYuan, t.FundingSource, t.WithdrawnOn }).ToListAsync(Ct))
            .Select(t => $"{t.TownshipId}|{t.Title}|{t.Deadline}|{t.Item}|{t.FundingYuan:0.00}|{t.FundingSource}|{t.WithdrawnOn}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Tasks_NameTheirListItemByKey_AreImportedAllOrNothing_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var s = await LoadAsync(db);
        var department = ScopeOf(s.Dept);
        Committed(await XlsxAsync(db, ScopeOf(s.Town), new ResponsibilityItemImport(),
            [new Dictionary<string, object?>(StringComparer.Ordinal) { ["orgUnitCode"] = s.Town.Code, ["year"] = Year, ["kind"] = "责任清单", ["title"] = "农村人居环境整治" }],
            "清单.xlsx"), 1, 0, 0);

        var bad = new[]
        {
            RowFor(s.Dept.Code, s.Town.Code, "垃圾分类督导", itemKind: "责任清单", item: "农村人居环境整治"),
            RowFor(s.Dept.Code, s.Other.Code, "垃圾分类督导", itemKind: "责任清单", item: "农村人居环境整治"),
            RowFor(s.Dept.Code, s.Town.Code, "河道清理", item: "农村人居环境整治"),
            RowFor(s.Dept.Code, s.Town.Code, "人口普查", funding: "五万"),
            RowFor(s.Dept.Code, s.Town.Code, "经济普查", funding: "100.123"),
            RowFor(s.Dept.Code, s.Town.Code, "入户走访", deadline: "2011-05-01"),
            RowFor(s.Dept.Code, s.Town.Code, "安全排查", withdrawnOn: "2011-05-09"),
            RowFor(s.Dept2.Code, s.Town.Code, "统计报表"),
        };
        var refused = await XlsxAsync(db, department, Kind, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(3, "清单事项", "农村人居环境整治"), (4, "清单类别", null), (5, "随事转移经费（元）", "五万"), (6, "随事转移经费（元）", "100.123"),
             (7, "完成时限", "2011-05-01"), (8, "撤回日期", "2011-05-09"), (9, "部门代码", s.Dept2.Code)],
            Cells(refused));
        Assert.Contains("该乡镇清单中的事项", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Contains("最多两位小数", refused.Errors.Single(e => e.Row == 6).Reason, StringComparison.Ordinal);
        Assert.Empty(await TasksAsync(db, s.Dept.Id));

        var rows = new[]
        {
            bad[0],
            RowFor(s.Dept.Code, s.Other.Code, "人口普查入户登记", deadline: "2011-06-30", funding: 50000.5m, source: "区财政专项"),
            RowFor(s.Dept.Code, s.Other.Code, "临时调查", withdrawnOn: "2011-05-20"),
        };
        Committed(await XlsxAsync(db, department, Kind, rows, "事项.xlsx"), 3, 0, 0);
        Committed(await XlsxAsync(db, department, Kind, rows, "再次.xlsx"), 0, 0, 3);
        var stored = await TasksAsync(db, s.Dept.Id);
        Assert.Equal(
            new[]
            {
                $"{s.Town.Id}|垃圾分类督导||农村人居环境整治|||", $"{s.Other.Id}|人口普查入户登记|{new DateOnly(2011, 6, 30)}||50000.50|区财政专项|",
                $"{s.Other.Id}|临时调查|||||{new DateOnly(2011, 5, 20)}",
            }.Order(StringComparer.Ordinal),
            stored);

        // A township records no department's task, not even its own.
        var byTownship = await XlsxAsync(db, ScopeOf(s.Town), Kind, [rows[0]], "乡镇.xlsx");
        Assert.Equal([(2, "部门代码", s.Dept.Code)], Cells(byTownship));

        // Round trip: spoil the funding and the list link, import the export, they come back.
        var exported = (await AssignedTaskImport.ExportAsync(db, department, Ct)).Where(r => ((DateOnly)r["assignedOn"]!).Year == Year).ToList();
        Assert.Equal(3, exported.Count);
        await db.AssignedTasks.Where(t => t.DepartmentId == s.Dept.Id && t.AssignedOn.Year == Year)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.FundingYuan, (decimal?)null).SetProperty(t => t.ResponsibilityItemId, (int?)null), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await TasksAsync(db, s.Dept.Id));
        Committed(await XlsxAsync(db, department, Kind, exported, "导出.xlsx"), 0, 2, 1);
        Assert.Equal(stored, await TasksAsync(db, s.Dept.Id));
    }
}

public sealed class SqliteAssignedTaskImportTests(SqliteFixture f) : AssignedTaskImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresAssignedTaskImportTests(PostgresFixture f) : AssignedTaskImportTests(f), IClassFixture<PostgresFixture>;
