using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CadreRecordImports;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Annual leave (R8.2's records) as an import kind: bad rows (a third decimal of 元, compensated days without the
/// amount, a year to come, a cadre outside the scope) store nothing and are named cell by cell; a good file commits; a
/// re-import is unchanged; export → import reproduces every field.
/// </summary>
public abstract class AnnualLeaveImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, object year, int taken, object? wage = null, int? days = null, object? pay = null) =>
        new(Cadre(c), StringComparer.Ordinal)
        {
            ["year"] = year, ["takenDays"] = taken, ["monthlyWageYuan"] = wage, ["compensatedDays"] = days, ["compensationYuan"] = pay,
            ["compensatedOn"] = days is > 0 ? new DateOnly(Year + 1, 1, 20) : null,
        };

    private static async Task<List<string>> LeavesAsync(JicengDbContext db, IEnumerable<int> cadreIds) =>
        (await db.AnnualLeaves.AsNoTracking().Where(l => cadreIds.Contains(l.CadreId) && l.Year == Year).ToListAsync(Ct))
            .Select(l => $"{l.CadreId}|{l.Year}|{l.TakenDays}|{l.MonthlyWageYuan:0.00}|{l.CompensatedDays}|{l.CompensationYuan:0.00}|{l.CompensatedOn}")
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Leave_IsImportedAllOrNothing_ByCadreAndYear_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (scope, cadres, outside) = await SetUpAsync(db, Ct);
        var ids = cadres.Select(c => c.Id).ToList();
        var kind = new AnnualLeaveImport();
        try
        {
            var bad = new[]
            {
                RowFor(cadres[0], Year, 5, wage: 6000m, days: 2, pay: 1103.45m),
                RowFor(cadres[1], Year, 5, wage: "6000.001"),
                RowFor(cadres[2], Year, 3, days: 2),
                RowFor(cadres[2], Today.Year + 1, 3),
                RowFor(outside, Year, 3),
            };
            var refused = await ImportAsync(db, scope, kind, bad, "错误.xlsx", Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(3, "月工资（元）"), (4, "补偿金额（元）"), (5, "休假年度"), (6, "身份证号码")], Cells(refused));
            Assert.Contains("最多两位小数", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
            Assert.Contains("有已补偿天数时必填", refused.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
            Assert.Empty(await LeavesAsync(db, ids));

            var rows = new[] { RowFor(cadres[0], Year, 5, wage: 6000m, days: 2, pay: 1103.45m), RowFor(cadres[1], Year, 10), RowFor(cadres[2], Year, 0, wage: 5200.5m) };
            var committed = await ImportAsync(db, scope, kind, rows, "年休假.xlsx", Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var stored = await LeavesAsync(db, ids);
            Assert.Contains($"{ids[0]}|{Year}|5|6000.00|2|1103.45|{new DateOnly(Year + 1, 1, 20)}", stored);
            var again = await ImportAsync(db, scope, kind, rows, "再次.xlsx", Ct);
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));

            // Export → import: a spoiled number of days comes back.
            var exported = (await AnnualLeaveImport.ExportAsync(db, scope, Ct))
                .Where(r => (int)r["year"]! == Year && cadres.Any(c => c.IdNumber.Value == (string)r["idNumber"]!)).ToList();
            Assert.Equal(3, exported.Count);
            await db.AnnualLeaves.Where(l => l.CadreId == ids[1] && l.Year == Year).ExecuteUpdateAsync(s => s.SetProperty(l => l.TakenDays, 1), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, scope, kind, exported, "导出.xlsx", Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await LeavesAsync(db, ids));
        }
        finally
        {
            await CleanAsync(db, ids, Ct);
        }
    }
}

public sealed class SqliteAnnualLeaveImportTests(SqliteFixture f) : AnnualLeaveImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresAnnualLeaveImportTests(PostgresFixture f) : AnnualLeaveImportTests(f), IClassFixture<PostgresFixture>;
