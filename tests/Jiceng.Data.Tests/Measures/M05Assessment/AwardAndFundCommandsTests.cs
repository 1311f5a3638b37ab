using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Data.Scope;
using Jiceng.Data.Tests.Measures;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M05Assessment;

/// <summary>
/// Awards and village fund disbursements beyond adding: corrected only at the version read (a stale version is a
/// conflict), deleted, listed by their filters, each read and write bounded by the scope; a township's allocation is
/// its villages × P5.village_fund_per_village_wan in 元 with the disbursed amount and the balance; the grade tally
/// counts n without 不进行考核 and the cap from the profile.
/// </summary>
public abstract class AwardAndFundCommandsTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AwardInput Award(string title, bool grassroots = true, DateOnly? granted = null) =>
        new(AwardKind.ThirdClassMerit, title, "抗洪抢险", new DateOnly(2026, 3, 1), granted ?? new DateOnly(2026, 3, 20), grassroots, "区委〔2026〕1号");

    [Fact]
    public async Task AnAward_IsCorrectedAtItsVersion_StaleIsAConflict_AndDeleted()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        var added = (await AssessmentCommands.AddAwardAsync(db, scope, cadre.Id, Award("先进个人"), Today, Ct)).Value!;

        var noVersion = await AwardCommands.UpdateAsync(db, scope, added.Id, Award("改"), null, Today, Ct);
        Assert.Equal("version", Assert.Single(noVersion.Errors).Field);
        var updated = await AwardCommands.UpdateAsync(db, scope, added.Id, Award("优秀共产党员") with { Kind = AwardKind.HonoraryTitle }, added.Version, Today, Ct);
        Assert.True(updated.Succeeded);
        Assert.Equal((AwardKind.HonoraryTitle, "优秀共产党员", 1), (updated.Value!.Kind, updated.Value.Title, updated.Value.Version));
        var stale = await AwardCommands.UpdateAsync(db, scope, added.Id, Award("再改"), 0, Today, Ct);
        Assert.Equal(1, stale.Conflict!.Version);
        var bad = await AwardCommands.UpdateAsync(db, scope, added.Id, Award("x", granted: new DateOnly(2026, 2, 1)), 1, Today, Ct);
        Assert.Equal("grantedOn", Assert.Single(bad.Errors).Field);

        Assert.True(await AwardCommands.DeleteAsync(db, scope, added.Id, Ct));
        Assert.False(await db.Awards.AnyAsync(a => a.Id == added.Id, Ct));
    }

    [Fact]
    public async Task Awards_AreListedByTheirFilters_WithinTheScope_AndTheShareCountsTheYear()
    {
        await using var db = await world.NewContextAsync();
        var (mine, _, scope) = await world.NewTownshipAsync(db);
        var (other, _, otherScope) = await world.NewTownshipAsync(db);
        var (a, b) = (world.NewCadre(mine), world.NewCadre(other));
        db.Cadres.AddRange(a, b);
        await db.SaveChangesAsync(Ct);
        var first = (await AssessmentCommands.AddAwardAsync(db, scope, a.Id, Award("甲"), Today, Ct)).Value!;
        await AssessmentCommands.AddAwardAsync(db, scope, a.Id, Award("乙", grassroots: false) with { Kind = AwardKind.Commendation }, Today, Ct);
        await AssessmentCommands.AddAwardAsync(db, scope, a.Id, Award("丙", granted: new DateOnly(2025, 12, 31)) with { EventOn = new DateOnly(2025, 12, 1) }, Today, Ct);
        var foreign = (await AssessmentCommands.AddAwardAsync(db, otherScope, b.Id, Award("丁"), Today, Ct)).Value!;

        Assert.Equal(["乙", "甲", "丙"], (await AwardCommands.SearchAsync(db, scope, new AwardFilter(), 100, Ct)).Select(r => r.Title));
        Assert.Equal(["乙", "甲"], (await AwardCommands.SearchAsync(db, scope, new AwardFilter(Year: 2026), 100, Ct)).Select(r => r.Title));
        Assert.Equal(["甲", "丙"], (await AwardCommands.SearchAsync(db, scope, new AwardFilter(Grassroots: true), 100, Ct)).Select(r => r.Title));
        Assert.Equal(["乙"], (await AwardCommands.SearchAsync(db, scope, new AwardFilter(Kind: AwardKind.Commendation), 100, Ct)).Select(r => r.Title));
        Assert.Equal(3, (await AwardCommands.ListForCadreAsync(db, scope, a.Id, Ct))!.Count);
        Assert.Null(await AwardCommands.ListForCadreAsync(db, scope, b.Id, Ct));

        // Another township's award is neither read, changed nor deleted.
        Assert.Null(await AwardCommands.GetAsync(db, scope, foreign.Id, Ct));
        Assert.True((await AwardCommands.UpdateAsync(db, scope, foreign.Id, Award("改"), foreign.Version, Today, Ct)).NotFound);
        Assert.False(await AwardCommands.DeleteAsync(db, scope, foreign.Id, Ct));
        Assert.NotNull(await AwardCommands.GetAsync(db, otherScope, foreign.Id, Ct));
        Assert.Null(await AwardCommands.GetAsync(db, otherScope, first.Id, Ct));

        var share = await AwardCommands.ShareAsync(db, scope, 2026, Today, ExampleProfile.Create(), Ct);
        Assert.Equal((2, 1, (decimal?)0.5m, (decimal?)null, (bool?)null), (share.Awards, share.Grassroots, share.Share, share.Minimum, share.MeetsMinimum));
        Assert.True(new AwardShare(2026, Today, 4, 2, 0.5m).MeetsMinimum);
        Assert.False(new AwardShare(2026, Today, 3, 1, 0.5m).MeetsMinimum);
    }

    [Fact]
    public async Task Disbursements_AreCorrectedDeletedAndListed_AndTheAllocationIsVillagesTimesTheAmount()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope) = await world.NewTownshipAsync(db);
        var (other, otherVillage, otherScope) = await world.NewTownshipAsync(db);
        var second = new Core.Org.OrgUnit { Code = village.Code[..9] + "202", Name = village.Name + "二", Kind = Core.Org.OrgUnitKind.Community, ParentId = township.Id };
        db.OrgUnits.Add(second);
        await db.SaveChangesAsync(Ct);
        second.Path = $"{township.Path}{second.Id}/";
        var (v1, v2, foreignCadre) = (world.NewCadre(village, CadreCategory.VillageCadre), world.NewCadre(second, CadreCategory.VillageCadre),
            world.NewCadre(otherVillage, CadreCategory.VillageCadre));
        db.Cadres.AddRange(v1, v2, foreignCadre);
        await db.SaveChangesAsync(Ct);

        var paid = (await AssessmentCommands.AddDisbursementAsync(db, scope, new DisbursementInput(village.Id, v1.Id, 2025, 15000m, 92m, new DateOnly(2026, 1, 10)), Today, Ct)).Value!;
        await AssessmentCommands.AddDisbursementAsync(db, scope, new DisbursementInput(second.Id, v2.Id, 2025, 10000.50m, null, new DateOnly(2026, 1, 12)), Today, Ct);
        var foreign = (await AssessmentCommands.AddDisbursementAsync(db, otherScope, new DisbursementInput(otherVillage.Id, foreignCadre.Id, 2025, 100m, null, new DateOnly(2026, 1, 1)), Today, Ct)).Value!;

        // Two villages × 2 万元 = 40000 元; 25000.50 paid; balance 14999.50.
        var allocation = Assert.Single(await VillageFundCommands.AllocationsAsync(db, scope, 2025, ExampleProfile.Create(), ct: Ct));
        Assert.Equal((township.Id, 2, 40000m, 25000.50m, 14999.50m), (allocation.TownshipId, allocation.Villages, allocation.AllocatedYuan, allocation.DisbursedYuan, allocation.BalanceYuan));

        // The cadre must belong to the village; the version must be current.
        var wrongCadre = await VillageFundCommands.UpdateAsync(db, scope, paid.Id, new DisbursementInput(village.Id, v2.Id, 2025, 15000m, 92m, new DateOnly(2026, 1, 10)), paid.Version, Today, Ct);
        Assert.Equal("cadreId", Assert.Single(wrongCadre.Errors).Field);
        var corrected = await VillageFundCommands.UpdateAsync(db, scope, paid.Id, new DisbursementInput(village.Id, v1.Id, 2025, 20000m, 95m, new DateOnly(2026, 1, 10)), paid.Version, Today, Ct);
        Assert.Equal((20000m, 1), (corrected.Value!.AmountYuan, corrected.Value.Version));
        Assert.NotNull((await VillageFundCommands.UpdateAsync(db, scope, paid.Id, new DisbursementInput(village.Id, v1.Id, 2025, 1m, null, new DateOnly(2026, 1, 10)), 0, Today, Ct)).Conflict);
        Assert.Equal(30000.50m, Assert.Single(await VillageFundCommands.AllocationsAsync(db, scope, 2025, ExampleProfile.Create(), township.Id, Ct)).DisbursedYuan);

        var rows = await VillageFundCommands.SearchAsync(db, scope, township.Id, null, 2025, 100, Ct);
        Assert.Equal([second.Name, village.Name], rows.Select(r => r.VillageName));
        Assert.All(rows, r => Assert.Equal(township.Name, r.TownshipName));
        Assert.Equal([v1.Id], (await VillageFundCommands.SearchAsync(db, scope, null, village.Id, null, 100, Ct)).Select(r => r.CadreId));
        Assert.Empty(await VillageFundCommands.SearchAsync(db, scope, other.Id, null, null, 100, Ct));
        Assert.Empty(await VillageFundCommands.SearchAsync(db, scope, null, null, 2024, 100, Ct));

        Assert.True((await VillageFundCommands.UpdateAsync(db, scope, foreign.Id, new DisbursementInput(otherVillage.Id, foreignCadre.Id, 2025, 1m, null, new DateOnly(2026, 1, 1)), 0, Today, Ct)).NotFound);
        Assert.False(await VillageFundCommands.DeleteAsync(db, scope, foreign.Id, Ct));
        Assert.True(await VillageFundCommands.DeleteAsync(db, scope, paid.Id, Ct));
        Assert.Equal(10000.50m, Assert.Single(await VillageFundCommands.AllocationsAsync(db, scope, 2025, ExampleProfile.Create(), ct: Ct)).DisbursedYuan);
    }

    [Fact]
    public async Task TheGradeTally_CountsNWithoutNotAssessed_AndTheCapFromTheProfile_AndTheSheetListsTheTownshipsCadres()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var (_, _, otherScope) = await world.NewTownshipAsync(db);
        var cadres = Enumerable.Range(0, 7).Select(_ => world.NewCadre(township)).ToList();
        db.Cadres.AddRange(cadres);
        await db.SaveChangesAsync(Ct);
        var codes = new[] { "2", "2", "2", "2", "5", "6", "1" };
        foreach (var (c, code) in cadres.Zip(codes))
        {
            Assert.True((await GradeCommands.SaveAsync(db, scope, c.Id, new GradeInput(2025, code), ExampleProfile.Create(), Today, Ct)).Succeeded);
        }

        // n = 6 (不进行考核 left out, 不定等次 counted): floor(6 × 0.2) = 1.
        var tally = await GradeTally.OfAsync(db, scope, township.Id, 2025, ExampleProfile.Create(), Ct);
        Assert.Equal((6, 1, 1, 0.20m, false), (tally!.Assessed, tally.Excellent, tally.Cap, tally.Ratio, tally.OverCap));
        Assert.Null(await GradeTally.OfAsync(db, otherScope, township.Id, 2025, ExampleProfile.Create(), Ct));

        var sheet = await GradeSheet.OfAsync(db, scope, township.Id, 2025, Ct);
        Assert.Equal(7, sheet.Count);
        Assert.Equal(codes.Order(), sheet.Select(r => r.GradeCode!).Order());
        Assert.All(await GradeSheet.OfAsync(db, scope, township.Id, 2024, Ct), r => Assert.Null(r.GradeCode));
        Assert.Empty(await GradeSheet.OfAsync(db, otherScope, township.Id, 2025, Ct));
    }
}

public sealed class SqliteAwardAndFundCommandsTests(SqliteFactsWorld w) : AwardAndFundCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresAwardAndFundCommandsTests(PostgresFactsWorld w) : AwardAndFundCommandsTests(w), IClassFixture<PostgresFactsWorld>;
