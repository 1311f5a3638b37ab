using Jiceng.Core.Org;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Village cadres' payment lines as an import kind: bad rows store nothing and name each refused cell (a cadre without a
/// seat in the village, a cadre out of scope, the validator's month, amount and day); a good file commits; a re-import
/// is unchanged; export → import restores a spoiled amount.
/// </summary>
public abstract class VillagePaymentImportTests(DatabaseFixture fixture)
{
    private const int Year = 2011; // a year the demo pays nothing in
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, string village, string kind, string month, object amount, DateOnly paidOn) =>
        Row(("idNumber", c.IdNumber.Value), ("villageCode", village), ("kind", kind), ("month", month), ("amountYuan", amount), ("paidOn", paidOn), ("note", "测试"));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, int cadreId) =>
        (await db.VillageCadrePayments.AsNoTracking().Where(x => x.CadreId == cadreId && x.Month.Year == Year).ToListAsync(Ct))
            .Select(x => $"{x.VillageId}|{x.Kind}|{x.Month}|{Yuan(x.AmountYuan)}|{x.PaidOn}|{x.Note}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task PaymentLines_AreImportedAllOrNothing_RefusedCellByCell_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        // Two seat holders of two villages of one township, and one of another township.
        var seats = await db.PostAssignments.AsNoTracking().Where(a => VillageInsuranceFactsQuery.Seats.Contains(a.Kind) && a.OrgUnit!.Kind == OrgUnitKind.Village)
            .Select(a => new { a.CadreId, a.OrgUnitId, a.OrgUnit!.Code, a.OrgUnit.ParentId }).ToListAsync(Ct);
        var first = seats.OrderBy(s => s.Code, StringComparer.Ordinal).First();
        var neighbour = seats.First(s => s.ParentId == first.ParentId && s.OrgUnitId != first.OrgUnitId && !seats.Any(o => o.CadreId == s.CadreId && o.OrgUnitId == first.OrgUnitId));
        var outsider = seats.First(s => s.ParentId != first.ParentId);
        var cadres = await db.Cadres.AsNoTracking().Where(c => c.Id == first.CadreId || c.Id == neighbour.CadreId || c.Id == outsider.CadreId).ToDictionaryAsync(c => c.Id, Ct);
        var (cadre, other, stranger) = (cadres[first.CadreId], cadres[neighbour.CadreId], cadres[outsider.CadreId]);
        var town = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == first.ParentId, Ct);
        var scope = new DataScope(town.Id, town.Path);
        var (march, paid) = ($"{Year}-03", new DateOnly(Year, 3, 25));
        Assert.Empty(await StoredAsync(db, cadre.Id));
        try
        {
            var bad = new[]
            {
                RowFor(cadre, first.Code, "基本报酬", march, "2500.00", paid),
                RowFor(other, first.Code, "基本报酬", march, "2500", paid),
                RowFor(stranger, first.Code, "基本报酬", march, "2500", paid),
                RowFor(cadre, first.Code, "交通补贴", $"{Year}-13", "100", paid),
                RowFor(cadre, first.Code, "通讯补贴", march, "-1", paid),
                RowFor(cadre, first.Code, "通讯补贴", $"{Year}-04", "50", paid),
            };
            var refused = await ImportAsync(db, scope, "village-pay-payments", bad, Ct);
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "身份证号码", other.IdNumber.Value), (4, "身份证号码", stranger.IdNumber.Masked), (5, "发放月份", $"{Year}-13"), (6, "发放金额（元）", "-1"),
                 (7, "发放日期", "2011-03-25")],
                Cells(refused));
            Assert.Contains("村“两委”职务", Reason(refused, 3), StringComparison.Ordinal);
            Assert.Contains("不能早于发放月份", Reason(refused, 7), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, cadre.Id));

            var rows = new[]
            {
                RowFor(cadre, first.Code, "基本报酬", march, "2500.00", paid), RowFor(cadre, first.Code, "Transport", march, "100.5", paid),
                RowFor(cadre, first.Code, "通讯补贴", $"{Year}-04-01", "50", new DateOnly(Year, 4, 2)),
            };
            var committed = await ImportAsync(db, scope, "village-pay-payments", rows, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));

            var again = await ImportAsync(db, scope, "village-pay-payments", rows, Ct);
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));

            var stored = await StoredAsync(db, cadre.Id);
            Assert.Contains($"{first.OrgUnitId}|Transport|{new DateOnly(Year, 3, 1)}|100.50|{paid}|测试", stored);
            var exported = (await VillagePaymentImport.ExportAsync(db, scope, Ct)).Where(r => ((string)r["month"]!).StartsWith($"{Year}-", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, exported.Count);
            await db.VillageCadrePayments.Where(x => x.CadreId == cadre.Id && x.Month == new DateOnly(Year, 4, 1)).ExecuteUpdateAsync(s => s.SetProperty(x => x.AmountYuan, 1m), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, scope, "village-pay-payments", exported, Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await StoredAsync(db, cadre.Id));
        }
        finally
        {
            await db.VillageCadrePayments.Where(x => x.CadreId == cadre.Id && x.Month.Year == Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteVillagePaymentImportTests(SqliteFixture f) : VillagePaymentImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresVillagePaymentImportTests(PostgresFixture f) : VillagePaymentImportTests(f), IClassFixture<PostgresFixture>;
