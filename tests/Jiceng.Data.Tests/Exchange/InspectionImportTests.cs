using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.BurdenImportSetup;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Inspections held (clause 六, R6.1–R6.3) as an import kind: the plan is imported first and an inspection names its
/// item by department, plan year and title; a file with bad rows stores nothing and names each refused cell; a
/// re-import changes nothing; a township may not record a department's inspection; export → import reproduces them.
/// </summary>
public abstract class InspectionImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly InspectionImport Kind = new();

    private static Dictionary<string, object?> RowFor(string department, string township, object? heldOn, string? title, string? plan = null, object? planYear = null) =>
        new(StringComparer.Ordinal)
        {
            ["departmentCode"] = department, ["townshipCode"] = township, ["heldOn"] = heldOn, ["title"] = title, ["planYear"] = planYear, ["planTitle"] = plan,
        };

    private static async Task<List<string>> InspectionsAsync(JicengDbContext db, int departmentId) =>
        (await db.Inspections.AsNoTracking().Where(i => i.DepartmentId == departmentId && i.HeldOn.Year == Year)
            .Select(i => new { i.TownshipId, i.HeldOn, i.Title, Plan = i.PlanItem!.Title }).ToListAsync(Ct))
            .Select(i => $"{i.TownshipId}|{i.HeldOn}|{i.Title}|{i.Plan}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Inspections_NameTheirPlanItemByKey_AreImportedAllOrNothing_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var s = await LoadAsync(db);
        var department = ScopeOf(s.Dept);
        Committed(await XlsxAsync(db, department, new InspectionPlanImport(),
            [new Dictionary<string, object?>(StringComparer.Ordinal) { ["departmentCode"] = s.Dept.Code, ["year"] = Year, ["title"] = "安全生产检查" }], "计划.xlsx"), 1, 0, 0);

        var bad = new[]
        {
            RowFor(s.Dept.Code, s.Town.Code, "2011-03-02", "安全生产大检查", "安全生产检查"),
            RowFor(s.Dept.Code, s.Town.Code, "2011-03-03", "防汛检查", "防汛检查计划"),
            RowFor(s.Dept.Code, s.Village.Code, "2011-03-04", "村务检查"),
            RowFor(s.Dept2.Code, s.Town.Code, "2011-03-05", "环保督查"),
            RowFor(s.Dept.Code, s.Other.Code, "2027-01-05", "消防检查"),
            RowFor(s.Dept.Code, s.Other.Code, "2011-03-06", "消防检查", planYear: 2011),
        };
        var refused = await XlsxAsync(db, department, Kind, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(3, "计划事项", "防汛检查计划"), (4, "乡镇代码", s.Village.Code), (5, "部门代码", s.Dept2.Code), (6, "检查日期", "2027-01-05"), (7, "计划事项", null)],
            Cells(refused));
        Assert.Contains("本部门的计划事项", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Contains("不能晚于今天", refused.Errors.Single(e => e.Row == 6).Reason, StringComparison.Ordinal);
        Assert.Empty(await InspectionsAsync(db, s.Dept.Id));

        var rows = new[] { bad[0], RowFor(s.Dept.Code, s.Other.Code, "2011-04-01", "消防检查") };
        Committed(await XlsxAsync(db, department, Kind, rows, "检查.xlsx"), 2, 0, 0);
        Committed(await XlsxAsync(db, department, Kind, rows, "再次.xlsx"), 0, 0, 2);
        var stored = await InspectionsAsync(db, s.Dept.Id);
        Assert.Equal(
            new[] { $"{s.Other.Id}|{new DateOnly(2011, 4, 1)}|消防检查|", $"{s.Town.Id}|{new DateOnly(2011, 3, 2)}|安全生产大检查|安全生产检查" }.Order(StringComparer.Ordinal),
            stored);

        // A township records no department's inspection, not even in itself.
        var byTownship = await XlsxAsync(db, ScopeOf(s.Town), Kind, [rows[0]], "乡镇.xlsx");
        Assert.Equal([(2, "部门代码", s.Dept.Code)], Cells(byTownship));

        // Round trip: drop the plan link, import the export, it comes back.
        var exported = (await InspectionImport.ExportAsync(db, department, Ct)).Where(r => ((DateOnly)r["heldOn"]!).Year == Year).ToList();
        Assert.Equal(2, exported.Count);
        await db.Inspections.Where(i => i.DepartmentId == s.Dept.Id && i.HeldOn.Year == Year).ExecuteUpdateAsync(u => u.SetProperty(i => i.PlanItemId, (int?)null), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await InspectionsAsync(db, s.Dept.Id));
        Committed(await XlsxAsync(db, department, Kind, exported, "导出.xlsx"), 0, 1, 1);
        Assert.Equal(stored, await InspectionsAsync(db, s.Dept.Id));
    }
}

public sealed class SqliteInspectionImportTests(SqliteFixture f) : InspectionImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresInspectionImportTests(PostgresFixture f) : InspectionImportTests(f), IClassFixture<PostgresFixture>;
