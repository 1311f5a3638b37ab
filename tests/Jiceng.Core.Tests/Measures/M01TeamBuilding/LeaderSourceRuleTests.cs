using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Measures.M01TeamBuilding;

public sealed class LeaderSourceRuleTests
{
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 5, "140603100000", "井坪镇", 5, "/1/2/3/5/");
    private static readonly EvaluationContext MidYear = new(2026, new DateOnly(2026, 6, 30));

    private static IReadOnlyList<Finding> Judge(EvaluationContext context, params NewLeaderFact[] appointments) =>
        new LeaderSourceRule().Evaluate([new LeaderSourceFacts(Township, appointments)], TestProfile.With(), context).ToList();

    [Fact]
    public void NewMembers_AreOneInfo_CountedBySource()
    {
        var f = Assert.Single(Judge(MidYear,
            new NewLeaderFact(1, new DateOnly(2026, 3, 1), CandidateSource.OutstandingVillageCadre, PostKind.VillagePartySecretary),
            new NewLeaderFact(2, new DateOnly(2026, 4, 1), null, PostKind.VillagePartySecretary),
            new NewLeaderFact(3, new DateOnly(2026, 5, 1), CandidateSource.EnterpriseInstitutionLeader, null)));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("新任3名：优秀村干部2名、企事业单位负责人1名", f.Measured);
        Assert.Contains("其中2名来自推荐人选库", f.Message, StringComparison.Ordinal);
        Assert.Equal("2026", f.Period);
    }

    [Fact]
    public void APoolEntry_WinsOverThePreviousPost() =>
        Assert.Equal(LeaderSource.CollegeGraduateVillageOfficial,
            LeaderSources.Of(new NewLeaderFact(1, new DateOnly(2026, 1, 1), CandidateSource.CollegeGraduateVillageOfficial, PostKind.TownshipOfficeStaff)));

    [Theory]
    [InlineData(PostKind.VillageCommitteeDirector, LeaderSource.OutstandingVillageCadre)]
    [InlineData(PostKind.CollegeGraduateVillageOfficial, LeaderSource.CollegeGraduateVillageOfficial)]
    [InlineData(PostKind.TownshipInstitutionStaff, LeaderSource.TownshipInstitutionStaff)]
    [InlineData(PostKind.TownshipOfficeStaff, LeaderSource.TownshipOfficeStaff)]
    [InlineData(PostKind.TownshipDeputyHead, LeaderSource.TownshipLeader)]
    [InlineData(PostKind.DistrictDepartmentStaff, LeaderSource.DistrictDepartment)]
    public void WithoutAPoolEntry_ThePreviousPostDecides(PostKind previous, LeaderSource expected) =>
        Assert.Equal(expected, LeaderSources.Of(new NewLeaderFact(1, new DateOnly(2026, 1, 1), null, previous)));

    [Fact]
    public void NoPoolEntryAndNoEarlierPost_IsOther() =>
        Assert.Equal(LeaderSource.Other, LeaderSources.Of(new NewLeaderFact(1, new DateOnly(2026, 1, 1), null, null)));

    [Fact]
    public void EveryPostKind_HasASource() =>
        Assert.All(Enum.GetValues<PostKind>(), k => Assert.True(Enum.IsDefined(LeaderSources.FromPost(k))));

    [Theory]
    [InlineData(2026, 1, 1, 1)]    // the year's first day counts
    [InlineData(2025, 12, 31, 0)]  // the day before belongs to last year
    [InlineData(2026, 6, 30, 1)]   // the evaluation day counts
    [InlineData(2026, 7, 1, 0)]    // after the evaluation day: not yet
    public void TheYear_RunsFromFirstJanuaryToTheEvaluationDay(int y, int m, int d, int findings) =>
        Assert.Equal(findings, Judge(MidYear, new NewLeaderFact(1, new DateOnly(y, m, d), null, null)).Count);

    [Fact]
    public void NoNewMember_NoFinding() => Assert.Empty(Judge(MidYear));

    [Fact]
    public void ACadreAppointedTwice_CountsOnce() =>
        Assert.Equal("新任1名：其他1名", Assert.Single(Judge(MidYear,
            new NewLeaderFact(1, new DateOnly(2026, 2, 1), null, null), new NewLeaderFact(1, new DateOnly(2026, 5, 1), null, null))).Measured);
}
