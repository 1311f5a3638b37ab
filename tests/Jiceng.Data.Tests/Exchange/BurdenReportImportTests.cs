using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.BurdenImportSetup;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// A township's reports of unrecorded burdens (clause 六, R6.3 counts the confirmed ones) as an import kind: a file with
/// bad rows stores nothing and names each refused cell; a re-import changes nothing; a decided report's count is not
/// changed; a department may not report for a township; export → import reproduces them.
/// </summary>
public abstract class BurdenReportImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly BurdenReportImport Kind = new();

    private static Dictionary<string, object?> RowFor(string township, string department, string kind, string? description, object? count = null, object? on = null) =>
        new(StringComparer.Ordinal)
        {
            ["townshipCode"] = township, ["departmentCode"] = department, ["kind"] = kind, ["occurredOn"] = on ?? "2011-07-01", ["count"] = count, ["description"] = description,
        };

    private static async Task<List<string>> ReportsAsync(JicengDbContext db, int townshipId) =>
        (await db.BurdenReports.AsNoTracking().Where(r => r.TownshipId == townshipId && r.OccurredOn.Year == Year).ToListAsync(Ct))
            .Select(r => $"{r.DepartmentId}|{r.Kind}|{r.Count}|{r.Description}|{r.Status}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Reports_AreImportedByTheTownship_AllOrNothing_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var s = await LoadAsync(db);
        var scope = ScopeOf(s.Town);

        var bad = new[]
        {
            RowFor(s.Town.Code, s.Dept.Code, "会议", "要求参加的视频会议", 3),
            RowFor(s.Other.Code, s.Dept.Code, "会议", "另一乡镇的会议"),
            RowFor(s.Town.Code, s.Town.Code, "发文", "转发的通知"),
            RowFor(s.Town.Code, s.Dept.Code, "督查检查考核", "现场检查", 2),
            RowFor(s.Town.Code, s.Dept.Code, "填表报数", "统计表", on: "2027-01-01"),
            RowFor(s.Town.Code, s.Dept.Code, "填表报数", null),
        };
        var refused = await XlsxAsync(db, scope, Kind, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(3, "乡镇代码", s.Other.Code), (4, "部门代码", s.Town.Code), (5, "数量", "2"), (6, "发生日期", "2027-01-01"), (7, "情况说明", null)],
            Cells(refused));
        Assert.Contains("逐次反映", refused.Errors.Single(e => e.Row == 5).Reason, StringComparison.Ordinal);
        Assert.Empty(await ReportsAsync(db, s.Town.Id));

        var rows = new[] { bad[0], RowFor(s.Town.Code, s.Dept.Code, "填表报数", "临时报表", 2), RowFor(s.Town.Code, s.Dept2.Code, "督查检查考核", "现场检查") };
        Committed(await XlsxAsync(db, scope, Kind, rows, "反映.xlsx"), 3, 0, 0);
        Committed(await XlsxAsync(db, scope, Kind, rows, "再次.xlsx"), 0, 0, 3);

        // Once confirmed, a report's count stays (it is in the ledger).
        await db.BurdenReports.Where(r => r.TownshipId == s.Town.Id && r.Kind == BurdenKind.Meeting && r.OccurredOn.Year == Year)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, BurdenReportStatus.Confirmed), Ct);
        db.ChangeTracker.Clear();
        var decided = await XlsxAsync(db, scope, Kind, [RowFor(s.Town.Code, s.Dept.Code, "会议", "要求参加的视频会议", 4)], "改数量.xlsx");
        Assert.Equal([(2, "数量", "4")], Cells(decided));

        // A department does not report for a township.
        var byDepartment = await XlsxAsync(db, ScopeOf(s.Dept), Kind, [rows[1]], "部门.xlsx");
        Assert.Equal([(2, "乡镇代码", s.Town.Code)], Cells(byDepartment));

        // Round trip: spoil a waiting report's count, import the export, it comes back.
        var stored = await ReportsAsync(db, s.Town.Id);
        var exported = (await BurdenReportImport.ExportAsync(db, scope, Ct)).Where(r => ((DateOnly)r["occurredOn"]!).Year == Year).ToList();
        Assert.Equal(3, exported.Count);
        await db.BurdenReports.Where(r => r.TownshipId == s.Town.Id && r.Kind == BurdenKind.Form && r.OccurredOn.Year == Year).ExecuteUpdateAsync(u => u.SetProperty(r => r.Count, 9), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await ReportsAsync(db, s.Town.Id));
        Committed(await XlsxAsync(db, scope, Kind, exported, "导出.xlsx"), 0, 1, 2);
        Assert.Equal(stored, await ReportsAsync(db, s.Town.Id));
    }
}

public sealed class SqliteBurdenReportImportTests(SqliteFixture f) : BurdenReportImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresBurdenReportImportTests(PostgresFixture f) : BurdenReportImportTests(f), IClassFixture<PostgresFixture>;
