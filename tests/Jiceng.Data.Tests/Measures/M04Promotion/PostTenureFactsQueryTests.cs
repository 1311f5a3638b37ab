using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Posts;
using Jiceng.Data.Measures.M04Promotion;

namespace Jiceng.Data.Tests.Measures.M04Promotion;

/// <summary>Where a serving post's tenure began: reappointments to the same post in the same unit are joined when the next start is at most one day after the previous end.</summary>
public abstract class PostTenureFactsQueryTests(FactsWorld world)
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Posts of one cadre as (kind, start, end, in another unit), the serving one last; returns the facts of the township.</summary>
    private async Task<IReadOnlyList<PostTenureFacts>> TenureAsync(params (PostKind Kind, string Start, string? End, bool Elsewhere)[] posts)
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var (other, _, _) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        cadre.Posts = [.. posts.Select(p => FactsWorld.Post(p.Elsewhere ? other : township, p.Kind, D(p.Start), p.End is null ? null : D(p.End)))];
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        return await new PostTenureFactsQuery().LoadAsync(db, scope, new EvaluationContext(2026, AsOf), Ct);
    }

    private const PostKind Deputy = PostKind.TownshipDeputyHead;

    [Theory]
    [InlineData("2021-02-28", "2018-03-01")] // next start the day after the end: contiguous, one tenure
    [InlineData("2021-03-01", "2018-03-01")] // the end written as the new start day (one day shared): one tenure
    [InlineData("2021-02-27", "2021-03-01")] // one day uncovered: a new tenure
    [InlineData("2021-02-26", "2021-03-01")] // two days uncovered: a new tenure
    public async Task AReappointment_ContinuesTheTenure_OnlyWithoutAnUncoveredDay(string previousEnd, string tenureStart)
    {
        var facts = await TenureAsync((Deputy, "2018-03-01", previousEnd, false), (Deputy, "2021-03-01", null, false));
        Assert.Equal(D(tenureStart), Assert.Single(facts).TenureStart);
    }

    [Theory]
    [InlineData("2019-12-31", "2016-01-01")] // both links contiguous: the chain goes back to the first post
    [InlineData("2019-12-30", "2020-01-01")] // the first link has a one-day gap: the chain stops there
    public async Task AChainOfThree_IsFollowedBackToItsFirstBreak(string firstEnd, string tenureStart)
    {
        var facts = await TenureAsync(
            (Deputy, "2016-01-01", firstEnd, false), (Deputy, "2020-01-01", "2022-12-31", false), (Deputy, "2023-01-01", null, false));
        Assert.Equal(D(tenureStart), Assert.Single(facts).TenureStart);
    }

    [Fact]
    public async Task TheSamePostElsewhere_OrAnotherPostHere_DoesNotContinueTheTenure()
    {
        var elsewhere = await TenureAsync((Deputy, "2018-03-01", "2021-02-28", true), (Deputy, "2021-03-01", null, false));
        Assert.Equal(D("2021-03-01"), Assert.Single(elsewhere).TenureStart);

        var otherKind = await TenureAsync((PostKind.TownshipPartyCommitteeMember, "2018-03-01", "2021-02-28", false), (Deputy, "2021-03-01", null, false));
        Assert.Equal(D("2021-03-01"), Assert.Single(otherKind).TenureStart);
    }

    [Theory]
    [InlineData(PostKind.TownshipOfficeStaff, null, 0)]        // general staff are not a single post
    [InlineData(PostKind.TownshipInstitutionStaff, null, 0)]
    [InlineData(PostKind.TownshipDeputyHead, "2026-06-29", 0)] // ended before the day
    [InlineData(PostKind.TownshipDeputyHead, "2026-06-30", 1)] // ends on the day: still serving
    [InlineData(PostKind.DispatchedAgencyHead, null, 1)]
    public async Task OnlyServingNamedPosts_AreFacts(PostKind kind, string? end, int count) =>
        Assert.Equal(count, (await TenureAsync((kind, "2020-01-01", end, false))).Count);
}

public sealed class SqlitePostTenureFactsQueryTests(SqliteFactsWorld w) : PostTenureFactsQueryTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresPostTenureFactsQueryTests(PostgresFactsWorld w) : PostTenureFactsQueryTests(w), IClassFixture<PostgresFactsWorld>;
