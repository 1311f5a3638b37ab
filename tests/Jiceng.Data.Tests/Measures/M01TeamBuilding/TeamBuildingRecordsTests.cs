using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Posts;
using Jiceng.Data.Measures.M01TeamBuilding;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M01TeamBuilding;

/// <summary>Clause 一's records through their commands (scope, refusals, versions) and the R1.2 / R1.3 facts they feed.</summary>
public abstract class TeamBuildingRecordsTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public async Task PoolEntries_AreRefusedWhenTheyOverlap_OrForAVillage_AndEndWithAReason()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);

        var added = await CandidatePoolCommands.AddAsync(db, scope, township.Id, new(cadre.Id, CandidateSource.TownshipInstitutionStaff, D("2025-01-01"), null, null, null), Today, Ct);
        Assert.True(added.Succeeded);
        var overlap = await CandidatePoolCommands.AddAsync(db, scope, township.Id, new(cadre.Id, CandidateSource.TownshipInstitutionStaff, D("2025-06-01"), null, null, null), Today, Ct);
        Assert.Equal("from", Assert.Single(overlap.Errors).Field);
        var forVillage = await CandidatePoolCommands.AddAsync(db, scope, village.Id, new(cadre.Id, CandidateSource.TownshipInstitutionStaff, D("2025-06-01"), null, null, null), Today, Ct);
        Assert.Equal("orgUnitId", Assert.Single(forVillage.Errors).Field);

        var noReason = await CandidatePoolCommands.EndAsync(db, scope, added.Value!.Id, D("2026-03-01"), null, null, added.Value.Version, Today, Ct);
        Assert.Equal("leaveReason", Assert.Single(noReason.Errors).Field);
        var ended = await CandidatePoolCommands.EndAsync(db, scope, added.Value.Id, D("2026-03-01"), CandidateLeaveReason.Appointed, "任党委委员", added.Value.Version, Today, Ct);
        Assert.True(ended.Succeeded);
        var stale = await CandidatePoolCommands.EndAsync(db, scope, added.Value.Id, D("2026-03-02"), CandidateLeaveReason.Appointed, null, 0, Today, Ct);
        Assert.NotNull(stale.Conflict);

        var list = await CandidatePoolCommands.ListAsync(db, scope, new PoolFilter { Status = PoolStatus.All }, Today, Ct);
        Assert.Equal((1, CandidateLeaveReason.Appointed), (list.Total, list.Items[0].LeaveReason));
        var elsewhere = new DataScope(village.Id, village.Path);
        Assert.Equal(0, (await CandidatePoolCommands.ListAsync(db, elsewhere, new PoolFilter { Status = PoolStatus.All }, Today, Ct)).Total);
    }

    [Fact]
    public async Task Commendations_AreAdded_Updated_AndDeleted_WithTheirVersion()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);

        var input = new CommendationInput("全区脱贫攻坚先进个人", CommendationKind.PovertyAlleviation, "中共平鲁区委", AwardLevel.District, D("2025-05-01"));
        var added = await CommendationCommands.AddAsync(db, scope, cadre.Id, input, Today, Ct);
        Assert.True(added.Succeeded);
        var future = await CommendationCommands.UpdateAsync(db, scope, added.Value!.Id, input with { AwardedOn = Today.AddDays(1) }, added.Value.Version, Today, Ct);
        Assert.Equal("awardedOn", Assert.Single(future.Errors).Field);
        var version = (await CommendationCommands.GetAsync(db, scope, added.Value.Id, Ct))!.Version;
        Assert.NotNull((await CommendationCommands.DeleteAsync(db, scope, added.Value.Id, version + 1, Ct)).Conflict);
        Assert.True((await CommendationCommands.DeleteAsync(db, scope, added.Value.Id, version, Ct)).Succeeded);
        Assert.False(await db.Commendations.AnyAsync(c => c.Id == added.Value.Id, Ct));
    }

    [Theory]
    [InlineData("2026-02-28", null)]                                  // a team post ending the day before: a move within the team
    [InlineData("2026-02-27", LeaderSource.TownshipLeader)]            // one day uncovered: a new member
    public async Task NewMembers_AreThoseWithNoTeamPostTheDayBefore(string earlierEnd, LeaderSource? expected)
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        db.PostAssignments.AddRange(
            new PostAssignment { CadreId = cadre.Id, OrgUnitId = township.Id, Kind = PostKind.TownshipDeputyHead, IsLeadershipTeamMember = true, Start = D("2021-09-01"), End = D(earlierEnd) },
            new PostAssignment { CadreId = cadre.Id, OrgUnitId = township.Id, Kind = PostKind.TownshipHead, IsLeadershipTeamMember = true, Start = D("2026-03-01") });
        await db.SaveChangesAsync(Ct);

        var facts = await new LeaderSourceFactsQuery().LoadAsync(db, scope, new EvaluationContext(2026, Today), Ct);

        Assert.Equal(expected, facts.SelectMany(f => f.Appointments).Select(a => (LeaderSource?)LeaderSources.Of(a)).SingleOrDefault());
    }

    [Fact]
    public async Task CommendedFacts_CarryEveryPoolEntry_AndOnlyPovertyCommendationsInTheWindow()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        var other = world.NewCadre(township);
        db.Cadres.AddRange(cadre, other);
        await db.SaveChangesAsync(Ct);
        db.Commendations.AddRange(
            new Commendation { CadreId = cadre.Id, Title = "a", Kind = CommendationKind.PovertyAlleviation, AwardingBody = "b", Level = AwardLevel.District, AwardedOn = D("2024-01-01") },
            new Commendation { CadreId = cadre.Id, Title = "a", Kind = CommendationKind.PovertyAlleviation, AwardingBody = "b", Level = AwardLevel.District, AwardedOn = D("2023-12-31") },
            new Commendation { CadreId = other.Id, Title = "a", Kind = CommendationKind.RuralRevitalization, AwardingBody = "b", Level = AwardLevel.District, AwardedOn = D("2025-01-01") });
        db.CandidatePoolEntries.Add(new CandidatePoolEntry { CadreId = cadre.Id, OrgUnitId = township.Id, Source = CandidateSource.TownshipInstitutionStaff, From = D("2020-01-01"), To = D("2021-01-01"), LeaveReason = CandidateLeaveReason.Withdrawn });
        await db.SaveChangesAsync(Ct);

        var facts = await new CommendedCandidateFactsQuery().LoadAsync(db, scope, new EvaluationContext(2026, Today), Ct);

        var f = Assert.Single(facts);
        Assert.Equal((cadre.Id, SubjectKind.Cadre), (f.Cadre.Id, f.Cadre.Kind));
        Assert.Equal([D("2024-01-01")], f.PovertyCommendations);
        Assert.Single(f.PoolEntries);
    }
}

public sealed class SqliteTeamBuildingRecordsTests(SqliteFactsWorld w) : TeamBuildingRecordsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresTeamBuildingRecordsTests(PostgresFactsWorld w) : TeamBuildingRecordsTests(w), IClassFixture<PostgresFactsWorld>;
