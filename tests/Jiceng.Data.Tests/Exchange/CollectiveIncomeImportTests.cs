using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Village collective-economy incomes (R8.4) as an import kind: bad rows store nothing and name each refused cell; a good
/// file commits (amounts exact to the cent); a re-import is unchanged; a second file with the same village and year
/// corrects the stored record rather than being refused as a duplicate; export → import restores a spoiled amount.
/// </summary>
public abstract class CollectiveIncomeImportTests(DatabaseFixture fixture)
{
    private const int Year = 2011; // a year the demo records no income for
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(string village, object year, object operating, object recurring) =>
        Row(("villageCode", village), ("year", year), ("operatingIncomeYuan", operating), ("newRecurringIncomeYuan", recurring));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, int villageId) =>
        (await db.CollectiveIncomes.AsNoTracking().Where(i => i.VillageId == villageId && i.Year <= Year + 1).ToListAsync(Ct))
            .Select(i => $"{i.Year}|{Yuan(i.OperatingIncomeYuan)}|{Yuan(i.NewRecurringIncomeYuan)}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Incomes_AreImportedAllOrNothing_ReimportedAsCorrections_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var p = await PlacesAsync(db, Ct);
        Assert.Empty(await StoredAsync(db, p.Village.Id));
        try
        {
            var bad = new[]
            {
                RowFor(p.Village.Code, Year, "123456.78", "-2000.10"),
                RowFor(p.OtherVillage.Code, Year, "1", "1"),
                RowFor(p.Village.Code, Year + 1, "-5", "0"),
                RowFor(p.Village.Code, 2099, "5", "0"),
                RowFor(p.Town.Code, Year, "5", "0.001"),
                RowFor(p.Village.Code, Year, "1", "1"),
                RowFor(p.Village.Code, 2009, "1,000", "0"),
            };
            var refused = await ImportAsync(db, p.Scope, "collective-incomes", bad, Ct);
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "村（社区）代码", p.OtherVillage.Code), (4, "集体经营收入（元）", "-5"), (5, "年度", "2099"), (6, "村（社区）代码", p.Town.Code),
                 (7, "村（社区）代码", null), (8, "集体经营收入（元）", "1,000")],
                Cells(refused));
            Assert.Contains("不小于0", Reason(refused, 4), StringComparison.Ordinal);
            Assert.Contains("第 2 行重复", Reason(refused, 7), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, p.Village.Id));

            var rows = new[] { RowFor(p.Village.Code, Year, "123456.78", "-2000.10"), RowFor(p.Village.Code, Year + 1, "0", "0.01") };
            var committed = await ImportAsync(db, p.Scope, "collective-incomes", rows, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            Assert.Equal([$"{Year}|123456.78|-2000.10", $"{Year + 1}|0.00|0.01"], await StoredAsync(db, p.Village.Id));

            var again = await ImportAsync(db, p.Scope, "collective-incomes", rows, Ct);
            Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

            // The API refuses a second record of a village and year; the import corrects the stored one instead.
            var corrected = await ImportAsync(db, p.Scope, "collective-incomes", [RowFor(p.Village.Code, Year, "200000", "-2000.10")], Ct);
            Assert.True(corrected.Committed, string.Join("\n", corrected.Errors));
            Assert.Equal((0, 1, 0), (corrected.Created, corrected.Updated, corrected.Unchanged));

            var stored = await StoredAsync(db, p.Village.Id);
            var exported = (await CollectiveIncomeImport.ExportAsync(db, p.Scope, Ct)).Where(r => (int)r["year"]! <= Year + 1).ToList();
            Assert.Equal(2, exported.Count);
            await db.CollectiveIncomes.Where(i => i.VillageId == p.Village.Id && i.Year == Year).ExecuteUpdateAsync(s => s.SetProperty(i => i.OperatingIncomeYuan, 1m), Ct);
            db.ChangeTracker.Clear();
            Assert.NotEqual(stored, await StoredAsync(db, p.Village.Id));
            var roundTrip = await ImportAsync(db, p.Scope, "collective-incomes", exported, Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await StoredAsync(db, p.Village.Id));
        }
        finally
        {
            await db.CollectiveIncomes.Where(i => i.VillageId == p.Village.Id && i.Year <= Year + 1).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteCollectiveIncomeImportTests(SqliteFixture f) : CollectiveIncomeImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresCollectiveIncomeImportTests(PostgresFixture f) : CollectiveIncomeImportTests(f), IClassFixture<PostgresFixture>;
