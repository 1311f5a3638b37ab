using System.Globalization;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Measures.M08Guarantees;

public sealed class VillagePayPostsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static DateOnly? N(string? s) => s is null ? null : D(s);

    private static VillageCadrePayStandard S(VillagePayPost post, decimal yuan, string from, string? to = null) =>
        new() { Post = post, MonthlyYuan = yuan, From = D(from), To = N(to) };

    [Theory]
    [InlineData(PostKind.VillagePartySecretary, VillagePayPost.PartySecretary)]
    [InlineData(PostKind.VillageCommitteeDirector, VillagePayPost.CommitteeDirector)]
    [InlineData(PostKind.VillagePartyDeputySecretary, VillagePayPost.OtherMember)]
    [InlineData(PostKind.VillagePartyCommitteeMember, VillagePayPost.OtherMember)]
    [InlineData(PostKind.VillageCommitteeDeputyDirector, VillagePayPost.OtherMember)]
    [InlineData(PostKind.VillageCommitteeMember, VillagePayPost.OtherMember)]
    public void TwoCommitteesSeats_MapToTheirStandardsPost(PostKind kind, VillagePayPost expected) => Assert.Equal(expected, VillagePayPosts.Of(kind));

    [Fact]
    public void PostsOutsideTheTwoCommittees_HaveNoStandard()
    {
        foreach (var kind in Enum.GetValues<PostKind>().Where(k => !k.IsTwoCommitteesSeat()))
        {
            Assert.Null(VillagePayPosts.Of(kind));
        }
    }

    [Theory]
    // Both ends of a standard are in force; the day after its end the successor applies; before the first, none.
    [InlineData("2025-12-31", 3000)]
    [InlineData("2026-01-01", 3200)]
    [InlineData("2024-01-01", 3000)]
    [InlineData("2023-12-31", null)]
    [InlineData("2030-06-30", 3200)]
    public void TheStandardInForce_IsTheOneWhosePeriodHoldsTheDay(string day, int? expected)
    {
        VillageCadrePayStandard[] standards =
        [
            S(VillagePayPost.PartySecretary, 3000m, "2024-01-01", "2025-12-31"),
            S(VillagePayPost.PartySecretary, 3200m, "2026-01-01"),
            S(VillagePayPost.OtherMember, 5000m, "2020-01-01"),
        ];
        Assert.Equal(expected, (int?)VillagePayPosts.Applying(standards, [VillagePayPost.PartySecretary], D(day))?.MonthlyYuan);
    }

    [Fact]
    public void ASecretaryWhoIsAlsoDirector_IsPaidByTheHigherStandard()
    {
        VillageCadrePayStandard[] standards =
        [
            S(VillagePayPost.PartySecretary, 3000m, "2026-01-01"),
            S(VillagePayPost.CommitteeDirector, 3100m, "2026-01-01"),
        ];
        Assert.Equal(3100m, VillagePayPosts.Applying(standards, [VillagePayPost.PartySecretary, VillagePayPost.CommitteeDirector], D("2026-03-01"))!.MonthlyYuan);
        Assert.Equal(3000m, VillagePayPosts.Applying(standards, [VillagePayPost.PartySecretary], D("2026-03-01"))!.MonthlyYuan);
    }

    [Theory]
    [InlineData("2024-01-01", "2025-12-31", "2026-01-01", null, false)] // the successor starts the day after
    [InlineData("2024-01-01", "2026-01-01", "2026-01-01", null, true)]  // sharing the last day
    [InlineData("2024-01-01", null, "2030-01-01", null, true)]          // an open standard runs on
    [InlineData("2026-01-01", null, "2024-01-01", "2025-12-31", false)]
    [InlineData("2026-01-01", null, "2024-01-01", "2026-01-01", true)]
    [InlineData("2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01", true)] // one day each, the same day
    public void Periods_OverlapWhenTheyShareADay(string from1, string? to1, string from2, string? to2, bool expected)
    {
        Assert.Equal(expected, VillagePayPosts.Overlap(D(from1), N(to1), D(from2), N(to2)));
        Assert.Equal(expected, VillagePayPosts.Overlap(D(from2), N(to2), D(from1), N(to1)));
    }
}
