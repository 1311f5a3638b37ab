using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Posts;

/// <summary>Facts about post kinds: where a post is held and which ones are main posts or two-committee seats.</summary>
public sealed class PostKindsTests
{
    [Theory]
    [InlineData(PostKind.TownshipPartySecretary, true, false)]
    [InlineData(PostKind.TownshipHead, true, false)]
    [InlineData(PostKind.TownshipPartyDeputySecretary, true, false)]
    [InlineData(PostKind.TownshipInstitutionStaff, true, false)]
    [InlineData(PostKind.DispatchedAgencyHead, true, false)]
    [InlineData(PostKind.DistrictDepartmentLeader, false, false)]
    [InlineData(PostKind.DistrictDepartmentStaff, false, false)]
    [InlineData(PostKind.VillagePartySecretary, false, true)]
    [InlineData(PostKind.VillageCommitteeMember, false, true)]
    [InlineData(PostKind.EcologicalVillageChief, false, true)]
    [InlineData(PostKind.ReserveSpecialPost, false, true)]
    [InlineData(PostKind.CollegeGraduateVillageOfficial, false, true)]
    [InlineData(PostKind.VillageAssistant, false, true)]
    public void Where_a_post_is_held(PostKind kind, bool township, bool village)
    {
        Assert.Equal(township, kind.IsTownshipPost());
        Assert.Equal(village, kind.IsVillagePost());
    }

    [Theory]
    [InlineData(PostKind.TownshipPartySecretary, true)]
    [InlineData(PostKind.TownshipHead, true)]
    [InlineData(PostKind.TownshipPartyDeputySecretary, false)]
    [InlineData(PostKind.TownshipDeputyHead, false)]
    [InlineData(PostKind.TownshipCongressChair, false)]
    [InlineData(PostKind.DistrictDepartmentLeader, false)]
    [InlineData(PostKind.VillagePartySecretary, false)]
    public void Township_heads_are_the_party_secretary_and_the_township_head(PostKind kind, bool head) =>
        Assert.Equal(head, kind.IsTownshipHead());

    [Theory]
    [InlineData(PostKind.VillagePartySecretary, true)]
    [InlineData(PostKind.VillageCommitteeDirector, true)]
    [InlineData(PostKind.VillagePartyDeputySecretary, false)]
    [InlineData(PostKind.VillageCommitteeDeputyDirector, false)]
    [InlineData(PostKind.ReserveSpecialPost, false)]
    [InlineData(PostKind.TownshipPartySecretary, false)]
    [InlineData(PostKind.TownshipHead, false)]
    public void Village_main_cadres_are_the_party_secretary_and_the_committee_director(PostKind kind, bool main) =>
        Assert.Equal(main, kind.IsVillageMain());

    [Theory]
    [InlineData(PostKind.VillagePartySecretary, true)]
    [InlineData(PostKind.VillageCommitteeDirector, true)]
    [InlineData(PostKind.VillagePartyDeputySecretary, true)]
    [InlineData(PostKind.VillagePartyCommitteeMember, true)]
    [InlineData(PostKind.VillageCommitteeDeputyDirector, true)]
    [InlineData(PostKind.VillageCommitteeMember, true)]
    [InlineData(PostKind.EcologicalVillageChief, false)]
    [InlineData(PostKind.ReserveSpecialPost, false)]
    [InlineData(PostKind.CollegeGraduateVillageOfficial, false)]
    [InlineData(PostKind.VillageAssistant, false)]
    [InlineData(PostKind.TownshipPartyCommitteeMember, false)]
    public void Two_committee_seats_are_the_six_elected_village_posts(PostKind kind, bool seat) =>
        Assert.Equal(seat, kind.IsTwoCommitteesSeat());

    [Fact]
    public void Every_post_is_exactly_one_of_township_village_or_district_department()
    {
        foreach (var kind in Enum.GetValues<PostKind>())
        {
            var districtDepartment = kind is PostKind.DistrictDepartmentLeader or PostKind.DistrictDepartmentStaff;
            var places = (kind.IsTownshipPost() ? 1 : 0) + (kind.IsVillagePost() ? 1 : 0) + (districtDepartment ? 1 : 0);
            Assert.True(places == 1, $"{kind} is held in {places} kinds of place");
        }
    }

    [Fact]
    public void Heads_main_cadres_and_seats_are_held_where_they_belong()
    {
        foreach (var kind in Enum.GetValues<PostKind>())
        {
            Assert.True(!kind.IsTownshipHead() || kind.IsTownshipPost(), $"{kind}: head outside a township");
            Assert.True(!kind.IsVillageMain() || kind.IsTwoCommitteesSeat(), $"{kind}: main cadre without a seat");
            Assert.True(!kind.IsTwoCommitteesSeat() || kind.IsVillagePost(), $"{kind}: seat outside a village");
        }
    }
}
