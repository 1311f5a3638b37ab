using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.BurdenImportSetup;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// The yearly inspection plan (clause 六, R6.1) as an import kind: a file with bad rows stores nothing and names each
/// refused cell; a department proposes its items; a re-import changes nothing; only the district's scope imports a
/// decision, and a department re-importing its decided plan as stored changes nothing; export → import reproduces it.
/// </summary>
public abstract class InspectionPlanImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly InspectionPlanImport Kind = new();

    private static Dictionary<string, object?> RowFor(string department, string? title, string? status = null, string? by = null, object? on = null, object? year = null) =>
        new(StringComparer.Ordinal)
        {
            ["departmentCode"] = department, ["year"] = year ?? Year, ["title"] = title, ["status"] = status, ["decidedBy"] = by, ["decidedOn"] = on,
        };

    private static async Task<List<string>> PlanAsync(JicengDbContext db, int departmentId) =>
        (await db.InspectionPlanItems.AsNoTracking().Where(i => i.DepartmentId == departmentId && i.Year == Year).ToListAsync(Ct))
            .Select(i => $"{i.Title}|{i.Status}|{i.DecidedBy}|{i.DecidedOn}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task ThePlan_IsProposedByTheDepartment_DecidedByTheDistrict_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var s = await LoadAsync(db);
        var (department, district) = (ScopeOf(s.Dept), ScopeOf(s.District));
        Assert.Empty(await PlanAsync(db, s.Dept.Id));

        var bad = new[]
        {
            RowFor(s.Dept.Code, "安全生产检查"),
            RowFor(s.Dept2.Code, "环境保护督查"),
            RowFor(s.Dept.Code, "年度考核", "已审批", "张明", "2011-02-01"),
            RowFor(s.Dept.Code, null),
            RowFor(s.Dept.Code, "消防检查", year: 2099),
            RowFor(s.Town.Code, "食品安全检查"),
        };
        var refused = await XlsxAsync(db, department, Kind, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(3, "部门代码", s.Dept2.Code), (4, "审批状态", "已审批"), (5, "检查事项", null), (6, "计划年度", "2099"), (7, "部门代码", s.Town.Code)],
            Cells(refused));
        Assert.Contains("只有组织部门", refused.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
        Assert.Empty(await PlanAsync(db, s.Dept.Id));

        var proposals = new[] { RowFor(s.Dept.Code, "安全生产检查"), RowFor(s.Dept.Code, "年度考核", "待审批") };
        Committed(await XlsxAsync(db, department, Kind, proposals, "计划.xlsx"), 2, 0, 0);
        Committed(await XlsxAsync(db, department, Kind, proposals, "再次.xlsx"), 0, 0, 2);
        Assert.Equal(["安全生产检查|Proposed||", "年度考核|Proposed||"], await PlanAsync(db, s.Dept.Id));

        // The district decides: a decision without who is refused; with who and when it is written.
        var noDecider = await XlsxAsync(db, district, Kind, [RowFor(s.Dept.Code, "安全生产检查", "已报备", on: "2011-02-01")], "缺审批人.xlsx");
        Assert.Equal([(2, "审批人", null)], Cells(noDecider));
        var decided = await XlsxAsync(db, district, Kind, [RowFor(s.Dept.Code, "安全生产检查", "已报备", "张明", "2011-02-01"), proposals[1]], "审批.xlsx");
        Committed(decided, 0, 1, 1);
        var stored = await PlanAsync(db, s.Dept.Id);
        Assert.Equal([$"安全生产检查|Filed|张明|{new DateOnly(2011, 2, 1)}", "年度考核|Proposed||"], stored);

        // The department re-imports its plan as exported, with the decision as stored: nothing changes, nothing refused.
        var exported = (await InspectionPlanImport.ExportAsync(db, department, Ct)).Where(r => (int)r["year"]! == Year).ToList();
        Assert.Equal(2, exported.Count);
        Committed(await XlsxAsync(db, department, Kind, exported, "导出.xlsx"), 0, 0, 2);

        // Round trip: spoil the decision, the district imports the export, the plan comes back.
        await db.InspectionPlanItems.Where(i => i.DepartmentId == s.Dept.Id && i.Year == Year && i.Title == "安全生产检查").ExecuteUpdateAsync(u => u.SetProperty(i => i.DecidedBy, "错"), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await PlanAsync(db, s.Dept.Id));
        Committed(await XlsxAsync(db, district, Kind, exported, "导出.xlsx"), 0, 1, 1);
        Assert.Equal(stored, await PlanAsync(db, s.Dept.Id));
    }
}

public sealed class SqliteInspectionPlanImportTests(SqliteFixture f) : InspectionPlanImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresInspectionPlanImportTests(PostgresFixture f) : InspectionPlanImportTests(f), IClassFixture<PostgresFixture>;
