using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Posts;
using Jiceng.Data.Tests.Measures;

namespace Jiceng.Data.Tests.Posts;

/// <summary>The latest term of each township and village begun by the day, of the unit's own body (R1.4, R10.6).</summary>
public abstract class LatestTermFactsQueryTests(FactsWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static Term Term(OrgUnit unit, TermBody body, int number, string start, string end) => new()
    {
        OrgUnitId = unit.Id, Body = body, Number = number, Start = D(start), End = D(end),
        Seats = [new TermSeat { Kind = body == TermBody.VillageTwoCommittees ? PostKind.VillagePartySecretary : PostKind.TownshipHead, Count = 1 }],
    };

    [Theory]
    [InlineData("2026-08-31", 7, false)] // the end date of the 7th term
    [InlineData("2026-09-01", 7, true)]  // the day after: the 8th is recorded but begins later
    [InlineData("2026-09-30", 8, false)] // the 8th has begun
    public async Task TheLatestBegunTerm_IsTheFact_AndOverdueOnlyAfterItsEnd(string day, int number, bool overdue)
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        db.Terms.AddRange(
            Term(township, TermBody.TownshipLeadershipTeam, 6, "2016-09-01", "2021-08-31"),
            Term(township, TermBody.TownshipLeadershipTeam, 7, "2021-09-01", "2026-08-31"),
            Term(township, TermBody.TownshipLeadershipTeam, 8, "2026-09-30", "2031-09-29"));
        await db.SaveChangesAsync(Ct);

        var facts = await new LatestTermFactsQuery().LoadAsync(db, scope, new EvaluationContext(2026, D(day)), Ct);

        var fact = Assert.Single(facts);
        Assert.Equal((township.Id, TermBody.TownshipLeadershipTeam, number, overdue), (fact.Unit.Id, fact.Body, fact.Number, fact.IsOverdueOn(D(day))));
    }

    [Fact]
    public async Task AVillage_ReadsItsTwoCommittees_NotATermOfTheWrongBody_AndAUnitWithoutTerms_HasNoFact()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope) = await world.NewTownshipAsync(db);
        db.Terms.AddRange(
            Term(village, TermBody.VillageTwoCommittees, 11, "2021-01-01", "2025-12-31"),
            Term(village, TermBody.TownshipLeadershipTeam, 99, "2025-01-01", "2029-12-31"));
        await db.SaveChangesAsync(Ct);

        var facts = await new LatestTermFactsQuery().LoadAsync(db, scope, new EvaluationContext(2026, D("2026-06-30")), Ct);

        var fact = Assert.Single(facts);
        Assert.Equal((village.Id, TermBody.VillageTwoCommittees, 11, true), (fact.Unit.Id, fact.Body, fact.Number, fact.IsOverdueOn(D("2026-06-30"))));
        Assert.DoesNotContain(facts, f => f.Unit.Id == township.Id);
    }

    [Fact]
    public async Task UnitsOutsideTheScope_AreNotRead()
    {
        await using var db = await world.NewContextAsync();
        var (_, _, scope) = await world.NewTownshipAsync(db);
        var (other, _, _) = await world.NewTownshipAsync(db);
        db.Terms.Add(Term(other, TermBody.TownshipLeadershipTeam, 7, "2021-09-01", "2026-08-31"));
        await db.SaveChangesAsync(Ct);

        Assert.Empty(await new LatestTermFactsQuery().LoadAsync(db, scope, new EvaluationContext(2026, D("2026-06-30")), Ct));
    }
}

public sealed class SqliteLatestTermFactsQueryTests(SqliteFactsWorld w) : LatestTermFactsQueryTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresLatestTermFactsQueryTests(PostgresFactsWorld w) : LatestTermFactsQueryTests(w), IClassFixture<PostgresFactsWorld>;
