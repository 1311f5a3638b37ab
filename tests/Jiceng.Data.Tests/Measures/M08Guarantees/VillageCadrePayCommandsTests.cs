using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Posts;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Jiceng.Data.Tests.Measures;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M08Guarantees;

/// <summary>
/// Village cadre remuneration standards and payment lines through their commands: district-only writes, amounts ≥ 0,
/// dates, no overlapping standards of one post, duplicates and stale versions refused with the field named; another
/// township's scope sees none of a village's lines; the yearly sheet with the standard in force, sums, the pension
/// subsidy's working and R8.3's state.
/// </summary>
public abstract class VillageCadrePayCommandsTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public async Task Standards_AreTheDistricts_ValidatedAndNeverOverlapping()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, townScope) = await world.NewTownshipAsync(db);
        var district = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == township.ParentId, Ct);
        var districtScope = new DataScope(district.Id, district.Path);

        // A township cannot set one; bad amounts and an end before the start are refused naming the fields.
        var fromTownship = await VillageCadrePayCommands.AddStandardAsync(db, townScope, new(district.Id, VillagePayPost.PartySecretary, 3000m, D(2025, 1, 1), null, null), Ct);
        Assert.Equal("districtId", Assert.Single(fromTownship.Errors).Field);
        var bad = await VillageCadrePayCommands.AddStandardAsync(db, districtScope, new(district.Id, VillagePayPost.PartySecretary, -0.01m, D(2025, 1, 1), D(2024, 12, 31), null), Ct);
        Assert.Equal(["monthlyYuan", "to"], bad.Errors.Select(e => e.Field));
        Assert.Equal("月基本报酬（元）：应为不小于0的金额，最多两位小数", bad.Errors[0].Message);
        Assert.Equal("post", Assert.Single((await VillageCadrePayCommands.AddStandardAsync(db, districtScope, new(district.Id, null, 1m, D(2025, 1, 1), null, null), Ct)).Errors).Field);

        // 0 is an amount; an open secretary standard from 2025.
        Assert.True((await VillageCadrePayCommands.AddStandardAsync(db, districtScope, new(district.Id, VillagePayPost.OtherMember, 0m, D(2025, 1, 1), null, null), Ct)).Succeeded);
        var first = await VillageCadrePayCommands.AddStandardAsync(db, districtScope, new(district.Id, VillagePayPost.PartySecretary, 3000m, D(2025, 1, 1), null, "平组发〔2025〕8号"), Ct);
        Assert.True(first.Succeeded, string.Join("；", first.Errors.Select(e => e.Message)));

        // The raise from 2026 overlaps the open standard; ending it on the day before lets it in.
        var raise = new PayStandardInput(district.Id, VillagePayPost.PartySecretary, 3200m, D(2026, 1, 1), null, null);
        var overlap = await VillageCadrePayCommands.AddStandardAsync(db, districtScope, raise, Ct);
        Assert.Equal("from", Assert.Single(overlap.Errors).Field);
        Assert.Contains("重叠", overlap.Errors[0].Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.NotNull((await VillageCadrePayCommands.EndStandardAsync(db, districtScope, first.Value!.Id, D(2025, 12, 31), first.Value.Version - 1, Ct)).Conflict);
        db.ChangeTracker.Clear();
        Assert.True((await VillageCadrePayCommands.EndStandardAsync(db, townScope, first.Value.Id, D(2025, 12, 31), first.Value.Version, Ct)).NotFound);
        db.ChangeTracker.Clear();
        var sharing = await VillageCadrePayCommands.EndStandardAsync(db, districtScope, first.Value.Id, D(2026, 1, 1), first.Value.Version, Ct);
        Assert.True(sharing.Succeeded);
        db.ChangeTracker.Clear();
        Assert.Equal("from", Assert.Single((await VillageCadrePayCommands.AddStandardAsync(db, districtScope, raise, Ct)).Errors).Field); // sharing 1 January
        db.ChangeTracker.Clear();
        var ended = await VillageCadrePayCommands.EndStandardAsync(db, districtScope, first.Value.Id, D(2025, 12, 31), sharing.Value!.Version, Ct);
        Assert.True(ended.Succeeded);
        db.ChangeTracker.Clear();
        var raised = await VillageCadrePayCommands.AddStandardAsync(db, districtScope, raise, Ct);
        Assert.True(raised.Succeeded, string.Join("；", raised.Errors.Select(e => e.Message)));
        db.ChangeTracker.Clear();

        // The township sees the district's standards but cannot change or delete them.
        Assert.Equal(3, (await VillageCadrePayCommands.ListStandardsAsync(db, townScope, Ct)).Count);
        Assert.True((await VillageCadrePayCommands.UpdateStandardAsync(db, townScope, raised.Value!.Id, raise, raised.Value.Version, Ct)).NotFound);
        Assert.False(await VillageCadrePayCommands.DeleteStandardAsync(db, townScope, raised.Value.Id, Ct));
        Assert.True(await VillageCadrePayCommands.DeleteStandardAsync(db, districtScope, raised.Value.Id, Ct));
    }

    [Fact]
    public async Task PaymentLines_AreAVillagesTwoCommitteesCadres_AndMakeTheSheet()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope) = await world.NewTownshipAsync(db);
        var (_, _, otherScope) = await world.NewTownshipAsync(db);
        var member = world.NewCadre(village, Core.Cadres.CadreCategory.VillageCadre);
        member.Posts.Add(FactsWorld.Post(village, PostKind.VillageCommitteeMember, D(2024, 1, 1)));
        var chief = world.NewCadre(village, Core.Cadres.CadreCategory.VillageCadre);
        chief.Posts.Add(FactsWorld.Post(village, PostKind.EcologicalVillageChief, D(2024, 1, 1)));
        db.Cadres.AddRange(member, chief);
        await db.SaveChangesAsync(Ct);

        VillagePaymentInput Line(int cadreId, VillagePayKind kind, string month, decimal amount, DateOnly paidOn) =>
            new(cadreId, village.Id, kind, month, amount, paidOn, null);

        // Not a two-committees cadre; a bad month, a negative amount, paid before the month.
        Assert.Equal("cadreId", Assert.Single((await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(chief.Id, VillagePayKind.Remuneration, "2026-03", 1800m, D(2026, 3, 25)), Today, Ct)).Errors).Field);
        var bad = await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(member.Id, VillagePayKind.Transport, "2026-13", -1m, D(2026, 3, 25)), Today, Ct);
        Assert.Equal(["month", "amountYuan"], bad.Errors.Select(e => e.Field));
        var early = await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(member.Id, VillagePayKind.Transport, "2026-03", 150m, D(2026, 2, 28)), Today, Ct);
        Assert.Equal("paidOn", Assert.Single(early.Errors).Field);
        // Next month is refused, and a payment dated today cannot be for it.
        Assert.Equal(["month", "paidOn"], (await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(member.Id, VillagePayKind.Phone, "2026-07", 50m, D(2026, 6, 30)), Today, Ct)).Errors.Select(e => e.Field));
        Assert.Equal("villageId", (await VillageCadrePayCommands.AddPaymentAsync(db, otherScope, Line(member.Id, VillagePayKind.Phone, "2026-03", 50m, D(2026, 3, 25)), Today, Ct)).Errors[0].Field);

        foreach (var m in new[] { 1, 2, 3 })
        {
            var month = $"2026-0{m}";
            Assert.True((await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(member.Id, VillagePayKind.Remuneration, month, 1800m, D(2026, m, 25)), Today, Ct)).Succeeded);
            Assert.True((await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(member.Id, VillagePayKind.Transport, month, 150m, D(2026, m, 25)), Today, Ct)).Succeeded);
        }

        var dup = await VillageCadrePayCommands.AddPaymentAsync(db, scope, Line(member.Id, VillagePayKind.Remuneration, "2026-03", 0m, D(2026, 3, 26)), Today, Ct);
        Assert.Equal("发放月份：该干部2026-03的基本报酬已登记，请修改原记录", Assert.Single(dup.Errors).Message);
        db.ChangeTracker.Clear();

        // Another township sees none of it; a correction needs the version read.
        var lines = await VillageCadrePayCommands.ListPaymentsAsync(db, scope, village.Id, null, 2026, 100, Ct);
        Assert.Equal(6, lines.Count);
        Assert.Empty(await VillageCadrePayCommands.ListPaymentsAsync(db, otherScope, null, member.Id, null, 100, Ct));
        var march = lines.First(l => l.Kind == VillagePayKind.Remuneration && l.Month == D(2026, 3, 1));
        var corrected = Line(member.Id, VillagePayKind.Remuneration, "2026-03", 1600m, D(2026, 3, 25));
        Assert.True((await VillageCadrePayCommands.UpdatePaymentAsync(db, otherScope, march.Id, corrected, march.Version, Today, Ct)).NotFound);
        db.ChangeTracker.Clear();
        Assert.True((await VillageCadrePayCommands.UpdatePaymentAsync(db, scope, march.Id, corrected, march.Version, Today, Ct)).Succeeded);
        db.ChangeTracker.Clear();
        Assert.NotNull((await VillageCadrePayCommands.UpdatePaymentAsync(db, scope, march.Id, corrected, march.Version, Today, Ct)).Conflict);
        db.ChangeTracker.Clear();
        Assert.False(await VillageCadrePayCommands.DeletePaymentAsync(db, otherScope, march.Id, Ct));

        // Insurance: pension 1 500 a year → subsidy 1 000; accident cover ending the day before the sheet's day.
        db.VillageCadreInsurances.AddRange(
            new VillageCadreInsurance { CadreId = member.Id, VillageId = village.Id, Kind = InsuranceKind.Pension, Insurer = "城乡居民养老保险", From = D(2026, 1, 1), ContributionYuan = 1500m, SubsidyYuan = 1000m },
            new VillageCadreInsurance { CadreId = member.Id, VillageId = village.Id, Kind = InsuranceKind.Accident, Insurer = "人寿", From = D(2025, 7, 1), To = D(2026, 6, 29) });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();

        var profile = ExampleProfile.Create();
        var row = Assert.Single(await VillagePaySheet.LoadAsync(db, scope, 2026, Today, profile, township.Id, null, Ct));
        Assert.Equal((member.Id, VillagePayPost.OtherMember, 1800m + 1800m + 1600m, 3, 450m, 3, 0m, 0), (row.CadreId, row.Post, row.RemunerationPaid, row.RemunerationMonths, row.TransportPaid, row.TransportMonths, row.PhonePaid, row.PhoneMonths));
        Assert.Equal((150m, 50m), (row.TransportStandard, row.PhoneStandard)); // the example profile's values in 2026
        Assert.Equal(1000m, row.PensionWorking!.Amount);
        Assert.Contains(row.PensionWorking.Parameters, p => p.Key == "P8.pension_subsidy_per_year");
        Assert.True(row.R83Violation);
        Assert.Empty(await VillagePaySheet.LoadAsync(db, otherScope, 2026, Today, profile, null, null, Ct));

        // The year before: the cover was in force on 31 December 2025, nothing paid, no pension that year.
        var before = Assert.Single(await VillagePaySheet.LoadAsync(db, scope, 2025, Today, profile, null, village.Id, Ct));
        Assert.Equal((false, 0m, (Calculation?)null), (before.R83Violation, before.RemunerationPaid, before.PensionWorking));
    }
}

public sealed class SqliteVillageCadrePayCommandsTests(SqliteFactsWorld w) : VillageCadrePayCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresVillageCadrePayCommandsTests(PostgresFactsWorld w) : VillageCadrePayCommandsTests(w), IClassFixture<PostgresFactsWorld>;
