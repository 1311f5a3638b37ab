using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M10VillageCadres;

/// <summary>Reserve trainings and participation, special reserve posts filled from the pool, renamed and abolished, and a village's establishment day (R10.2, R10.4), on both providers.</summary>
public abstract class ReserveDevelopmentCommandsTests(FactsWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private async Task<(OrgUnit Township, OrgUnit Village, DataScope Scope, ReservePoolMembership Membership)> ReserveAsync(JicengDbContext db, string from = "2024-03-01", string? to = null)
    {
        var (township, village, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(village, CadreCategory.ReserveVillageCadre);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        var membership = new ReservePoolMembership { CadreId = cadre.Id, OrgUnitId = village.Id, From = D(from), To = to is null ? null : D(to), LeaveReason = to is null ? null : "当选" };
        db.ReservePoolMemberships.Add(membership);
        await db.SaveChangesAsync(Ct);
        return (township, village, scope, membership);
    }

    [Theory]
    [InlineData("2024-03-01", null)]         // the stretch's first day
    [InlineData("2024-12-31", null)]         // its last day
    [InlineData("2024-02-29", "on")]         // the day before it
    [InlineData("2025-01-01", "on")]         // the day after it
    public async Task ATraining_IsDatedInsideTheReservesStretch(string on, string? field)
    {
        await using var db = await world.NewContextAsync();
        var (_, village, scope, membership) = await ReserveAsync(db, "2024-03-01", "2024-12-31");

        var result = await ReserveDevelopmentCommands.AddAsync(db, scope, membership.Id,
            new ReserveDevelopmentInput(ReserveDevelopmentKind.Training, D(on), "村级后备干部示范培训班", 16m), Ct);

        if (field is null)
        {
            Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Message)));
            Assert.Equal(membership.CadreId, result.Value!.Membership!.CadreId);
            var listed = Assert.Single((await ReserveDevelopmentCommands.ListAsync(db, scope, village.Id, Ct))!);
            Assert.Equal((16m, "村级后备干部示范培训班"), (listed.Hours!.Value, listed.Content));
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(field, error.Field);
            Assert.Contains("不在该干部作为后备干部的时间", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Participation_HasNoHours_AndBadInputNamesEveryField()
    {
        await using var db = await world.NewContextAsync();
        var (_, _, scope, membership) = await ReserveAsync(db);

        var result = await ReserveDevelopmentCommands.AddAsync(db, scope, membership.Id,
            new ReserveDevelopmentInput(ReserveDevelopmentKind.Participation, null, " ", 8m), Ct);

        Assert.Equal(["on", "content", "hours"], result.Errors.Select(e => e.Field).ToArray());
        Assert.Contains("学时", result.Errors[2].Message, StringComparison.Ordinal);

        var ok = await ReserveDevelopmentCommands.AddAsync(db, scope, membership.Id,
            new ReserveDevelopmentInput(ReserveDevelopmentKind.Participation, D("2024-05-01"), "协助开展换届选举", null), Ct);
        Assert.True(ok.Succeeded);
        var changed = await ReserveDevelopmentCommands.UpdateAsync(db, scope, ok.Value!.Id,
            new ReserveDevelopmentInput(ReserveDevelopmentKind.Participation, D("2024-05-02"), "协助开展换届选举", null), ok.Value.Version - 1, Ct);
        Assert.NotNull(changed.Conflict);
    }

    [Fact]
    public async Task AnotherTownship_SeesNoRecords_AndCannotWriteThem()
    {
        await using var db = await world.NewContextAsync();
        var (_, village, _, membership) = await ReserveAsync(db);
        var (_, _, otherScope) = await world.NewTownshipAsync(db);

        Assert.Null(await ReserveDevelopmentCommands.ListAsync(db, otherScope, village.Id, Ct));
        var result = await ReserveDevelopmentCommands.AddAsync(db, otherScope, membership.Id,
            new ReserveDevelopmentInput(ReserveDevelopmentKind.Training, D("2024-05-01"), "培训", 8m), Ct);
        Assert.True(result.NotFound);
        Assert.False(await db.ReserveDevelopmentRecords.AnyAsync(r => r.MembershipId == membership.Id, Ct));
    }

    [Fact]
    public async Task ASpecialPost_HasOneHolderAtATime_TakenFromThePool()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope, membership) = await ReserveAsync(db, "2024-03-01");
        var second = world.NewCadre(village, CadreCategory.ReserveVillageCadre);
        db.Cadres.Add(second);
        await db.SaveChangesAsync(Ct);
        var secondMembership = new ReservePoolMembership { CadreId = second.Id, OrgUnitId = village.Id, From = D("2024-06-01") };
        db.ReservePoolMemberships.Add(secondMembership);
        await db.SaveChangesAsync(Ct);

        var post = (await SpecialReservePostCommands.AddAsync(db, scope, township.Id, new SpecialReservePostInput("特设岗位（乡村振兴）", D("2024-04-01"), null), Ct)).Value!;

        // Before the post exists, and a reserve not yet in the pool on the day, are refused.
        var early = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(membership.Id, D("2024-03-31")), Ct);
        Assert.Contains("岗位未设立或已撤销", Assert.Single(early.Errors).Message, StringComparison.Ordinal);
        var notYet = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(secondMembership.Id, D("2024-05-31")), Ct);
        Assert.Contains("不在后备干部库中", Assert.Single(notYet.Errors).Message, StringComparison.Ordinal);

        var fill = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(membership.Id, D("2024-04-01")), Ct);
        Assert.True(fill.Succeeded, string.Join("；", fill.Errors.Select(e => e.Message)));
        Assert.Equal(village.Name, fill.Value!.Membership!.OrgUnit!.Name);

        // 定岗不定人: a second holder only after the first has left.
        var both = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(secondMembership.Id, D("2024-07-01")), Ct);
        Assert.Contains("已有人在岗", Assert.Single(both.Errors).Message, StringComparison.Ordinal);
        var abolish = await SpecialReservePostCommands.UpdateAsync(db, scope, post.Id, new SpecialReservePostInput(post.Name, post.From, D("2024-12-31")), post.Version, Ct);
        Assert.Equal("to", Assert.Single(abolish.Errors).Field);

        var noReason = await SpecialReservePostCommands.EndFillAsync(db, scope, fill.Value.Id, D("2024-06-30"), "", fill.Value.Version, Ct);
        Assert.Equal("endReason", Assert.Single(noReason.Errors).Field);
        var ended = await SpecialReservePostCommands.EndFillAsync(db, scope, fill.Value.Id, D("2024-06-30"), "当选村“两委”成员", fill.Value.Version, Ct);
        Assert.True(ended.Succeeded);
        var sameDay = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(secondMembership.Id, D("2024-06-30")), Ct);
        Assert.Contains("已有人在岗", Assert.Single(sameDay.Errors).Message, StringComparison.Ordinal);
        var next = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(secondMembership.Id, D("2024-07-01")), Ct);
        Assert.True(next.Succeeded);

        var listed = Assert.Single((await SpecialReservePostCommands.ListForVillageAsync(db, scope, village.Id, Ct))!);
        Assert.Equal(2, listed.Fills.Count);
        Assert.Equal(second.Name, listed.Fills.Single(f => f.To is null).Membership!.Cadre!.Name);
    }

    [Fact]
    public async Task AVillageUser_SeesOnlyItsOwnPosts_AndCannotFillTheTownships()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope, membership) = await ReserveAsync(db);
        var townshipPost = (await SpecialReservePostCommands.AddAsync(db, scope, township.Id, new SpecialReservePostInput("乡镇特设岗位", D("2024-04-01"), null), Ct)).Value!;
        var villageScope = new DataScope(village.Id, village.Path);
        var villagePost = await SpecialReservePostCommands.AddAsync(db, villageScope, village.Id, new SpecialReservePostInput("村务助理特设岗位", D("2024-04-01"), null), Ct);
        Assert.True(villagePost.Succeeded);

        var seen = await SpecialReservePostCommands.ListForVillageAsync(db, villageScope, village.Id, Ct);
        Assert.Equal(["村务助理特设岗位"], seen!.Select(p => p.Name).ToArray());
        Assert.Equal(2, (await SpecialReservePostCommands.ListForVillageAsync(db, scope, village.Id, Ct))!.Count);
        Assert.True((await SpecialReservePostCommands.FillAsync(db, villageScope, townshipPost.Id, new SpecialReservePostFillInput(membership.Id, D("2024-05-01")), Ct)).NotFound);

        // An empty post names every missing field.
        var other = await SpecialReservePostCommands.AddAsync(db, scope, village.Id, new SpecialReservePostInput("", null, null), Ct);
        Assert.Equal(["name", "from"], other.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public async Task AReserveOfAnotherTownship_CannotFillThePost()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope, _) = await ReserveAsync(db);
        var (_, _, _, foreign) = await ReserveAsync(db);
        var post = (await SpecialReservePostCommands.AddAsync(db, scope, township.Id, new SpecialReservePostInput("乡镇特设岗位", D("2024-04-01"), null), Ct)).Value!;

        // Outside the township's scope: the same answer as a reserve that does not exist.
        var result = await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(foreign.Id, D("2024-05-01")), Ct);
        Assert.Equal("membershipId", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task RenameAndAbolish_KeepThePostsOtherFields_WithTheUpdatesMessages_AndAreAudited()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope, membership) = await ReserveAsync(db);
        var post = (await SpecialReservePostCommands.AddAsync(db, scope, township.Id, new SpecialReservePostInput("乡镇特设岗位", D("2024-04-01"), null), Ct)).Value!;
        var fill = (await SpecialReservePostCommands.FillAsync(db, scope, post.Id, new SpecialReservePostFillInput(membership.Id, D("2024-05-01")), Ct)).Value!;
        var readVersion = post.Version; // the tracked post is updated in place by the commands below

        // The page's abolish needs a day (an update without one keeps the post); with a holder after it, the update's own message.
        var noDay = await SpecialReservePostCommands.AbolishAsync(db, scope, post.Id, null, post.Version, Ct);
        Assert.Equal(("to", "撤岗日期：必填"), (Assert.Single(noDay.Errors).Field, noDay.Errors[0].Message));
        var held = await SpecialReservePostCommands.AbolishAsync(db, scope, post.Id, D("2024-12-31"), post.Version, Ct);
        var viaUpdate = await SpecialReservePostCommands.UpdateAsync(db, scope, post.Id, new SpecialReservePostInput(post.Name, post.From, D("2024-12-31")), post.Version, Ct);
        Assert.Equal(viaUpdate.Errors.Select(e => (e.Field, e.Message)), held.Errors.Select(e => (e.Field, e.Message)));
        Assert.Contains("须先解聘", held.Errors[0].Message, StringComparison.Ordinal);
        var beforeSetUp = await SpecialReservePostCommands.AbolishAsync(db, scope, post.Id, D("2024-03-31"), post.Version, Ct);
        Assert.Equal("撤岗日期：2024-03-31早于设岗日期2024-04-01", Assert.Single(beforeSetUp.Errors).Message);

        var emptyName = await SpecialReservePostCommands.RenameAsync(db, scope, post.Id, " ", post.Version, Ct);
        Assert.Equal("name", Assert.Single(emptyName.Errors).Field);
        var renamed = await SpecialReservePostCommands.RenameAsync(db, scope, post.Id, "乡村振兴特设岗位", post.Version, Ct);
        Assert.True(renamed.Succeeded);
        Assert.Equal(("乡村振兴特设岗位", D("2024-04-01"), (DateOnly?)null), (renamed.Value!.Name, renamed.Value.From, renamed.Value.To));

        // The version read before the rename is stale; another township sees no post.
        Assert.NotNull((await SpecialReservePostCommands.AbolishAsync(db, scope, post.Id, D("2024-12-31"), readVersion, Ct)).Conflict);
        var (_, _, otherScope, _) = await ReserveAsync(db);
        Assert.True((await SpecialReservePostCommands.RenameAsync(db, otherScope, post.Id, "改名", renamed.Value.Version, Ct)).NotFound);

        await SpecialReservePostCommands.EndFillAsync(db, scope, fill.Id, D("2024-06-30"), "当选村“两委”成员", fill.Version, Ct);
        var abolished = await SpecialReservePostCommands.AbolishAsync(db, scope, post.Id, D("2024-06-30"), renamed.Value.Version, Ct);
        Assert.True(abolished.Succeeded, string.Join("；", abolished.Errors.Select(e => e.Message)));
        Assert.Equal(("乡村振兴特设岗位", D("2024-04-01"), (DateOnly?)D("2024-06-30")), (abolished.Value!.Name, abolished.Value.From, abolished.Value.To));

        var id = post.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AsNoTracking().CountAsync(e => e.RecordType == nameof(SpecialReservePost) && e.RecordId == id, Ct) >= 3);
    }

    [Fact]
    public async Task TheEstablishmentDay_ReachesThePartyDevelopmentFacts()
    {
        await using var db = await world.NewContextAsync();
        var (_, village, scope) = await world.NewTownshipAsync(db);
        village.EstablishedOn = D("2023-06-15");
        await db.SaveChangesAsync(Ct);
        var context = new EvaluationContext(2024, D("2024-12-31"));

        var facts = await new PartyDevelopmentFactsQuery().LoadAsync(db, scope, context, Ct);

        Assert.Equal(D("2023-06-15"), Assert.Single(facts).EstablishedOn);
        var profile = new Core.Policy.PolicyProfile("test", new DateOnly(2020, 1, 1), isExample: true, new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Core.Policy.ParameterIds.P10.PartyDevWindowYears] = new Core.Policy.IntRange(2, 3),
            [Core.Policy.ParameterIds.P10.PartyDevMembers] = new Core.Policy.IntRange(1, 2),
        });
        var found = new PartyDevelopmentRule().Evaluate(facts, profile, context).Single();
        Assert.Equal((Severity.Warning, D("2026-12-31")), (found.Severity, found.Due));
    }

    [Fact]
    public async Task TheEstablishmentDay_ReachesTheVillageFacts()
    {
        await using var db = await world.NewContextAsync();
        var (_, village, scope) = await world.NewTownshipAsync(db);
        village.EstablishedOn = D("2024-03-15");
        await db.SaveChangesAsync(Ct);

        var facts = await new VillageCadreFactsQuery().LoadAsync(db, scope, new EvaluationContext(2024, D("2024-06-30")), Ct);

        Assert.Equal(D("2024-03-15"), Assert.Single(facts).EstablishedOn);
        var found = new EcoChiefRule().Evaluate(facts, Jiceng.Data.Tests.Measures.M10VillageCadres.EcoProfile.One, new EvaluationContext(2024, D("2024-06-30"))).Single();
        Assert.Equal((Severity.Warning, D("2024-12-31")), (found.Severity, found.Due));
    }
}

internal static class EcoProfile
{
    public static Core.Policy.PolicyProfile One { get; } = new("test", new DateOnly(2020, 1, 1), isExample: true,
        new Dictionary<string, object>(StringComparer.Ordinal) { [Core.Policy.ParameterIds.P10.EcoChiefsPerVillage] = 1 });
}

public sealed class SqliteReserveDevelopmentCommandsTests(SqliteFactsWorld w) : ReserveDevelopmentCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresReserveDevelopmentCommandsTests(PostgresFactsWorld w) : ReserveDevelopmentCommandsTests(w), IClassFixture<PostgresFactsWorld>;
