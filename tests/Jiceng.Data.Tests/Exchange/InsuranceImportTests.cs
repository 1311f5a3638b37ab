using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Village cadres' insurance (R8.3) as an import kind: a file with bad rows stores nothing and names each refused cell
/// (the validator's checks of kind and contribution, cents, a village or cadre out of scope); a good file commits with the
/// pension subsidy the calculator gives (min(contribution, P8.pension_subsidy_per_year = 1000)); a re-import is
/// unchanged; export → import restores a spoiled record.
/// </summary>
public abstract class InsuranceImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly From = new(2011, 3, 1); // a start the demo never uses
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, string village, string kind, object? contribution, DateOnly? from = null) =>
        Row(("idNumber", c.IdNumber.Value), ("name", c.Name), ("villageCode", village), ("kind", kind), ("insurer", "中国人寿某县支公司"),
            ("policyNumber", "PN-001"), ("from", from ?? From), ("to", From.AddYears(1).AddDays(-1)), ("contributionYuan", contribution));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, IEnumerable<int> cadreIds) =>
        (await db.VillageCadreInsurances.AsNoTracking().Where(i => cadreIds.Contains(i.CadreId) && i.From.Year == From.Year).ToListAsync(Ct))
            .Select(i => $"{i.CadreId}|{i.VillageId}|{i.Kind}|{i.Insurer}|{i.PolicyNumber}|{i.From}|{i.To}|{Yuan(i.ContributionYuan)}|{Yuan(i.SubsidyYuan)}")
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Enrolments_AreImportedAllOrNothing_RefusedCellByCell_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var p = await PlacesAsync(db, Ct);
        int[] ids = [p.First.Id, p.Second.Id, p.Outsider.Id];
        Assert.Empty(await StoredAsync(db, ids));
        try
        {
            var bad = new[]
            {
                RowFor(p.First, p.Village.Code, "意外伤害保险", null),
                RowFor(p.Second, p.Village.Code, "养老保险", null),
                RowFor(p.Second, p.Village.Code, "意外伤害保险", "300"),
                RowFor(p.First, p.Village.Code, "养老保险", "1200.505"),
                RowFor(p.First, p.OtherVillage.Code, "意外伤害保险", null, From.AddDays(1)),
                RowFor(p.Outsider, p.Village.Code, "意外伤害保险", null, From.AddDays(2)),
                RowFor(p.First, p.Village.Code, "医疗保险", null, From.AddDays(3)),
            };
            var refused = await ImportAsync(db, p.Scope, "village-insurances", bad, Ct);
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "本年个人缴费（元）", null), (4, "本年个人缴费（元）", "300"), (5, "本年个人缴费（元）", "1200.505"), (6, "村（社区）代码", p.OtherVillage.Code),
                 (7, "身份证号码", p.Outsider.IdNumber.Masked), (8, "险种", "医疗保险")],
                Cells(refused));
            Assert.Contains("必填", Reason(refused, 3), StringComparison.Ordinal);
            Assert.Contains("只有养老保险填写", Reason(refused, 4), StringComparison.Ordinal);
            Assert.Contains("最多两位小数", Reason(refused, 5), StringComparison.Ordinal);
            Assert.Contains("管理范围", Reason(refused, 7), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, ids));

            var rows = new[]
            {
                RowFor(p.First, p.Village.Code, "意外伤害保险", null), RowFor(p.First, p.Village.Code, "养老保险", "1200.50"),
                RowFor(p.Second, p.Village.Code, "Pension", "800.25"),
            };
            var committed = await ImportAsync(db, p.Scope, "village-insurances", rows, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var pensions = await db.VillageCadreInsurances.AsNoTracking().Where(i => ids.Contains(i.CadreId) && i.From == From && i.Kind == InsuranceKind.Pension)
                .OrderBy(i => i.CadreId).Select(i => new { i.ContributionYuan, i.SubsidyYuan }).ToListAsync(Ct);
            Assert.Equal([(1200.50m, 1000m), (800.25m, 800.25m)], pensions.Select(x => (x.ContributionYuan!.Value, x.SubsidyYuan!.Value)).ToList());

            var again = await ImportAsync(db, p.Scope, "village-insurances", rows, Ct);
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));

            // Round trip: spoil one enrolment, import the export, every field comes back.
            var stored = await StoredAsync(db, ids);
            var exported = (await InsuranceImport.ExportAsync(db, p.Scope, Ct)).Where(r => ((DateOnly)r["from"]!).Year == From.Year).ToList();
            Assert.Equal(3, exported.Count);
            await db.VillageCadreInsurances.Where(i => i.CadreId == p.Second.Id && i.From == From)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ContributionYuan, 1m).SetProperty(i => i.PolicyNumber, (string?)null), Ct);
            db.ChangeTracker.Clear();
            Assert.NotEqual(stored, await StoredAsync(db, ids));
            var roundTrip = await ImportAsync(db, p.Scope, "village-insurances", exported, Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await StoredAsync(db, ids));
        }
        finally
        {
            await db.VillageCadreInsurances.Where(i => ids.Contains(i.CadreId) && i.From.Year == From.Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteInsuranceImportTests(SqliteFixture f) : InsuranceImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresInsuranceImportTests(PostgresFixture f) : InsuranceImportTests(f), IClassFixture<PostgresFixture>;
