using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Collective-reward payments (R8.4) as an import kind: bad rows store nothing and name each refused cell (a cadre or
/// village out of scope, the validator's weight, amount and day, two rows of one cadre and year with different weights);
/// a good file commits; a re-import is unchanged; a weight differing from the stored payments' is refused as the API
/// refuses it; export → import restores a spoiled amount.
/// </summary>
public abstract class RewardPaymentImportTests(DatabaseFixture fixture)
{
    private const int Year = 2011; // a year the demo pays no reward for
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, string village, object weight, object amount, DateOnly paidOn) =>
        Row(("idNumber", c.IdNumber.Value), ("name", c.Name), ("villageCode", village), ("year", Year), ("weight", weight), ("amountYuan", amount), ("paidOn", paidOn));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, int villageId) =>
        (await db.CollectiveRewardPayments.AsNoTracking().Where(x => x.VillageId == villageId && x.Year == Year).ToListAsync(Ct))
            .Select(x => $"{x.CadreId}|{Yuan(x.Weight)}|{Yuan(x.AmountYuan)}|{x.PaidOn}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Payments_AreImportedAllOrNothing_RefusedCellByCell_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var p = await PlacesAsync(db, Ct);
        var (dec20, jan10) = (new DateOnly(Year, 12, 20), new DateOnly(Year + 1, 1, 10));
        Assert.Empty(await StoredAsync(db, p.Village.Id));
        try
        {
            var bad = new[]
            {
                RowFor(p.First, p.Village.Code, "2", "600.00", dec20),
                RowFor(p.Outsider, p.Village.Code, "1", "100", dec20),
                RowFor(p.Second, p.OtherVillage.Code, "1", "100", dec20),
                RowFor(p.Second, p.Village.Code, "0", "100", dec20),
                RowFor(p.Second, p.Village.Code, "1", "0", jan10),
                RowFor(p.First, p.Village.Code, "3", "100", jan10),
                RowFor(p.Second, p.Village.Code, "1", "100", new DateOnly(2027, 1, 4)),
            };
            var refused = await ImportAsync(db, p.Scope, "collective-reward-payments", bad, Ct);
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "身份证号码", p.Outsider.IdNumber.Masked), (4, "村（社区）代码", p.OtherVillage.Code), (5, "分配权重", "0"), (6, "发放金额（元）", "0"),
                 (7, "分配权重", "3"), (8, "发放日期", "2027-01-04")],
                Cells(refused));
            Assert.Contains("第 2 行", Reason(refused, 7), StringComparison.Ordinal);
            Assert.Contains("不能晚于今天", Reason(refused, 8), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, p.Village.Id));

            var rows = new[]
            {
                RowFor(p.First, p.Village.Code, "2", "600.00", dec20), RowFor(p.First, p.Village.Code, "2", "400.50", jan10),
                RowFor(p.Second, p.Village.Code, "1", "500.25", dec20),
            };
            var committed = await ImportAsync(db, p.Scope, "collective-reward-payments", rows, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            Assert.Equal(
                new[] { $"{p.First.Id}|2.00|600.00|{dec20}", $"{p.First.Id}|2.00|400.50|{jan10}", $"{p.Second.Id}|1.00|500.25|{dec20}" }.Order(StringComparer.Ordinal),
                await StoredAsync(db, p.Village.Id));

            var again = await ImportAsync(db, p.Scope, "collective-reward-payments", rows, Ct);
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));

            // A new payment with another weight than the cadre's stored payments of the year: the API's refusal.
            var otherWeight = await ImportAsync(db, p.Scope, "collective-reward-payments", [RowFor(p.Second, p.Village.Code, "1.5", "10", jan10)], Ct);
            Assert.Equal([(2, "分配权重", "1.5")], Cells(otherWeight));

            var stored = await StoredAsync(db, p.Village.Id);
            var exported = (await RewardPaymentImport.ExportAsync(db, p.Scope, Ct)).Where(r => (int)r["year"]! == Year).ToList();
            Assert.Equal(3, exported.Count);
            await db.CollectiveRewardPayments.Where(x => x.CadreId == p.Second.Id && x.Year == Year).ExecuteUpdateAsync(s => s.SetProperty(x => x.AmountYuan, 1m), Ct);
            db.ChangeTracker.Clear();
            Assert.NotEqual(stored, await StoredAsync(db, p.Village.Id));
            var roundTrip = await ImportAsync(db, p.Scope, "collective-reward-payments", exported, Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await StoredAsync(db, p.Village.Id));
        }
        finally
        {
            await db.CollectiveRewardPayments.Where(x => x.VillageId == p.Village.Id && x.Year == Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteRewardPaymentImportTests(SqliteFixture f) : RewardPaymentImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresRewardPaymentImportTests(PostgresFixture f) : RewardPaymentImportTests(f), IClassFixture<PostgresFixture>;
