using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Posts;
using Jiceng.Data.Measures.M10VillageCadres;

namespace Jiceng.Data.Tests.Measures.M10VillageCadres;

/// <summary>Village facts: reserves are the pool memberships in force on the day (a past year counts who were reserves then), seats those of the term in force.</summary>
public abstract class VillageCadreFactsQueryTests(FactsWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2021-12-31", 1)] // only the first, since 2020
    [InlineData("2022-01-01", 2)] // the second joins
    [InlineData("2023-12-31", 2)] // the first's last day in the pool
    [InlineData("2024-01-01", 1)] // the first has left (elected); the third not yet in
    [InlineData("2024-06-01", 2)]
    public async Task Reserves_AreTheMembershipsInForceOnTheDay(string day, int reserves)
    {
        await using var db = await world.NewContextAsync();
        var (_, village, scope) = await world.NewTownshipAsync(db);
        // The first is a village cadre now: what counts is the membership, not today's category.
        var elected = world.NewCadre(village, CadreCategory.VillageCadre);
        var second = world.NewCadre(village, CadreCategory.ReserveVillageCadre);
        var third = world.NewCadre(village, CadreCategory.ReserveVillageCadre);
        db.Cadres.AddRange(elected, second, third);
        await db.SaveChangesAsync(Ct);
        db.ReservePoolMemberships.AddRange(
            new ReservePoolMembership { CadreId = elected.Id, OrgUnitId = village.Id, From = D("2020-01-01"), To = D("2023-12-31"), LeaveReason = "当选村“两委”成员" },
            new ReservePoolMembership { CadreId = second.Id, OrgUnitId = village.Id, From = D("2022-01-01") },
            new ReservePoolMembership { CadreId = third.Id, OrgUnitId = village.Id, From = D("2024-06-01") });
        db.Terms.Add(new Term
        {
            OrgUnitId = village.Id, Body = TermBody.VillageTwoCommittees, Number = 11, Start = D("2021-01-01"), End = D("2025-12-31"),
            Seats = [new TermSeat { Kind = PostKind.VillagePartySecretary, Count = 1 }, new TermSeat { Kind = PostKind.VillageCommitteeMember, Count = 4 }],
        });
        await db.SaveChangesAsync(Ct);

        var facts = await new VillageCadreFactsQuery().LoadAsync(db, scope, new EvaluationContext(D(day).Year, D(day)), Ct);

        var v = Assert.Single(facts);
        Assert.Equal(reserves, v.Reserves);
        Assert.Equal(D(day) >= D("2021-01-01") ? 5 : null, v.TwoCommitteesSeats);
    }
}

public sealed class SqliteVillageCadreFactsQueryTests(SqliteFactsWorld w) : VillageCadreFactsQueryTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresVillageCadreFactsQueryTests(PostgresFactsWorld w) : VillageCadreFactsQueryTests(w), IClassFixture<PostgresFactsWorld>;
