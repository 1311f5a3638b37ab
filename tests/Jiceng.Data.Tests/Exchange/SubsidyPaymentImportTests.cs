using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CadreRecordImports;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Subsidy payments (R8.7's records) as an import kind: a file with bad rows stores nothing and names each refused cell
/// (a third decimal of 元 among them); a good file commits; a re-import is unchanged and a changed amount updates the
/// payment of that cadre, subsidy and month; export → import reproduces the payments.
/// </summary>
public abstract class SubsidyPaymentImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, string month, object amount, string subsidy = "乡镇工作补贴") =>
        new(Cadre(c), StringComparer.Ordinal) { ["subsidy"] = subsidy, ["month"] = month, ["amountYuan"] = amount, ["paidOn"] = new DateOnly(Year, 12, 20) };

    private static async Task<List<string>> PaymentsAsync(JicengDbContext db, IEnumerable<int> cadreIds) =>
        (await db.SubsidyPayments.AsNoTracking().Where(p => cadreIds.Contains(p.CadreId) && p.Month.Year == Year).ToListAsync(Ct))
            .Select(p => $"{p.CadreId}|{p.Subsidy}|{p.Month}|{p.EligibleFrom}|{p.EligibleTo}|{p.AmountYuan:0.00}|{p.PaidOn}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Payments_AreImportedAllOrNothing_ByCadreSubsidyAndMonth_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (scope, cadres, outside) = await SetUpAsync(db, Ct);
        var ids = cadres.Select(c => c.Id).ToList();
        var kind = new SubsidyPaymentImport();
        try
        {
            var bad = new[]
            {
                RowFor(cadres[0], $"{Year}-01", 300m),
                RowFor(cadres[0], $"{Year}-02", "300.005"),
                RowFor(cadres[1], $"{Year}-01", 300m, subsidy: "不存在的补贴"),
                RowFor(cadres[1], $"{Year}-13", 300m),
                RowFor(outside, $"{Year}-01", 300m),
                new(RowFor(cadres[2], $"{Year}-03", 150m), StringComparer.Ordinal) { ["eligibleFrom"] = new DateOnly(Year, 4, 1) },
            };
            var refused = await ImportAsync(db, scope, kind, bad, "错误.xlsx", Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(3, "实发金额（元）"), (4, "补贴名称"), (5, "发放月份"), (6, "身份证号码"), (7, "享受补贴起始日")], Cells(refused));
            Assert.Equal("300.005", refused.Errors.Single(e => e.Row == 3).Value);
            Assert.Contains("最多两位小数", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
            Assert.Contains("P8.subsidies", refused.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
            Assert.Contains("不在您的管理范围内", refused.Errors.Single(e => e.Row == 6).Reason, StringComparison.Ordinal);
            Assert.Empty(await PaymentsAsync(db, ids));

            // A typed month becomes a date in a spreadsheet: 2013-02-01 is read as the month 2013-02.
            var rows = new[]
            {
                RowFor(cadres[0], $"{Year}-01", 300m), RowFor(cadres[0], $"{Year}-02-01", 300.5m),
                new(RowFor(cadres[1], $"{Year}-01", 150m), StringComparer.Ordinal) { ["eligibleFrom"] = new DateOnly(Year, 1, 16) },
            };
            var committed = await ImportAsync(db, scope, kind, rows, "补贴.xlsx", Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var stored = await PaymentsAsync(db, ids);
            Assert.Contains($"{ids[0]}|乡镇工作补贴|{new DateOnly(Year, 2, 1)}|||300.50|{new DateOnly(Year, 12, 20)}", stored);

            var again = await ImportAsync(db, scope, kind, rows, "再次.xlsx", Ct);
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
            Assert.Equal(stored, await PaymentsAsync(db, ids));

            // Export → import: a spoiled amount comes back, nothing is duplicated.
            var exported = (await SubsidyPaymentImport.ExportAsync(db, scope, Ct))
                .Where(r => ((string)r["month"]!).StartsWith($"{Year}-", StringComparison.Ordinal) && cadres.Any(c => c.IdNumber.Value == (string)r["idNumber"]!)).ToList();
            Assert.Equal(3, exported.Count);
            await db.SubsidyPayments.Where(p => p.CadreId == ids[1] && p.Month.Year == Year).ExecuteUpdateAsync(s => s.SetProperty(p => p.AmountYuan, 1m), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, scope, kind, exported, "导出.xlsx", Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await PaymentsAsync(db, ids));
        }
        finally
        {
            await CleanAsync(db, ids, Ct);
        }
    }
}

public sealed class SqliteSubsidyPaymentImportTests(SqliteFixture f) : SubsidyPaymentImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresSubsidyPaymentImportTests(PostgresFixture f) : SubsidyPaymentImportTests(f), IClassFixture<PostgresFixture>;
