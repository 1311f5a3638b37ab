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

    [Fact]
    public async Task OneReadOfTheServingPosts_GivesTheMainPostsAndTheEcoChiefs_AndEachVillageItsOwnCounts()
    {
        await using var db = await world.NewContextAsync();
        var (township, village, scope) = await world.NewTownshipAsync(db);
        var second = new Jiceng.Core.Org.OrgUnit
        {
            Code = village.Code[..9] + "202", Name = village.Name + "二", Kind = Jiceng.Core.Org.OrgUnitKind.Community, ParentId = township.Id, SortOrder = 2,
        };
        db.OrgUnits.Add(second);
        await db.SaveChangesAsync(Ct);
        second.Path = $"{township.Path}{second.Id}/";
        var cadres = Enumerable.Range(0, 6).Select(_ => world.NewCadre(village, CadreCategory.VillageCadre)).ToList();
        db.Cadres.AddRange(cadres);
        await db.SaveChangesAsync(Ct);
        PostAssignment Post(Jiceng.Core.Org.OrgUnit unit, Cadre cadre, PostKind kind, string start, string? end = null)
        {
            var post = FactsWorld.Post(unit, kind, D(start), end is null ? null : D(end));
            post.CadreId = cadre.Id;
            return post;
        }

        db.PostAssignments.AddRange(
            Post(village, cadres[0], PostKind.VillagePartySecretary, "2021-01-01"),
            Post(village, cadres[0], PostKind.VillageCommitteeDirector, "2021-01-01"),
            Post(village, cadres[1], PostKind.EcologicalVillageChief, "2021-01-01"),
            Post(village, cadres[2], PostKind.EcologicalVillageChief, "2021-01-01"),
            Post(village, cadres[3], PostKind.EcologicalVillageChief, "2020-01-01", "2023-12-31"), // no longer serving
            Post(second, cadres[4], PostKind.VillageCommitteeDirector, "2021-01-01"),
            Post(second, cadres[5], PostKind.EcologicalVillageChief, "2021-01-01"));
        db.OneShoulderExemptions.AddRange(
            new OneShoulderExemption { OrgUnitId = second.Id, Reason = "书记暂缺", From = D("2021-01-01") },
            new OneShoulderExemption { OrgUnitId = village.Id, Reason = "已过期", From = D("2020-01-01"), To = D("2022-12-31") });
        // A term in force without seat records counts 0 seats; a village without a term in force has none (null).
        db.Terms.Add(new Term { OrgUnitId = second.Id, Body = TermBody.VillageTwoCommittees, Number = 11, Start = D("2021-01-01"), End = D("2025-12-31") });
        await db.SaveChangesAsync(Ct);

        var facts = await new VillageCadreFactsQuery().LoadAsync(db, scope, new EvaluationContext(2024, D("2024-06-30")), Ct);

        Assert.Equal(2, facts.Count);
        var v = Assert.Single(facts, f => f.Village.Id == village.Id);
        Assert.Equal((cadres[0].Id, cadres[0].Name, 2, (string?)null, (int?)null), (v.SecretaryId!.Value, v.SecretaryName!, v.EcoChiefs, v.OneShoulderExemption, v.TwoCommitteesSeats));
        Assert.Equal([cadres[0].Id], v.DirectorIds);
        var s = Assert.Single(facts, f => f.Village.Id == second.Id);
        Assert.Equal(((int?)null, 1, "书记暂缺", (int?)0), (s.SecretaryId, s.EcoChiefs, s.OneShoulderExemption, s.TwoCommitteesSeats));
        Assert.Equal([cadres[4].Id], s.DirectorIds);
    }
}

public sealed class SqliteVillageCadreFactsQueryTests(SqliteFactsWorld w) : VillageCadreFactsQueryTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresVillageCadreFactsQueryTests(PostgresFactsWorld w) : VillageCadreFactsQueryTests(w), IClassFixture<PostgresFactsWorld>;
