using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;

namespace Jiceng.Core.Tests.Measures.M01TeamBuilding;

public sealed class TeamStructureRuleTests
{
    private static readonly DateOnly AsOf = new(2020, 12, 31);
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 5, "140603100000", "井坪镇", 5, "/1/2/3/5/");
    private static int _id;

    private static TeamMemberFact Member(Sex sex = Sex.Male, int age = 45, string ethnicity = "01", string politics = "01", string? education = "21") =>
        new(++_id, sex, AsOf.AddYears(-age).AddDays(-1), ethnicity, politics, education);

    private static IReadOnlyList<Finding> Judge(IEnumerable<TeamMemberFact> members, params (string, object?)[] profile) =>
        new TeamStructureRule().Evaluate([new TeamStructureFacts(Township, 7, new DateOnly(2021, 8, 31), [.. members])],
            TestProfile.With(profile), new EvaluationContext(2020, AsOf)).ToList();

    [Fact]
    public void ABalancedTeam_HasNoFindings() =>
        Assert.Empty(Judge([Member(Sex.Female), Member(age: 33), Member()]));

    [Fact]
    public void NoWoman_IsOneViolation_NamingWomen()
    {
        var f = Assert.Single(Judge([Member(age: 33), Member()]));
        Assert.Equal(Severity.Violation, f.Severity);
        Assert.Contains("女干部", f.Message, StringComparison.Ordinal);
        Assert.Equal(("0名", "至少1名"), (f.Measured, f.Required));
        Assert.Equal(new DateOnly(2021, 8, 31), f.Due);
    }

    [Theory]
    [InlineData(35, 0)]   // 35 in full years is young
    [InlineData(36, 1)]   // 36 is not
    public void YoungAge_IsInclusiveInFullYears(int age, int findings) =>
        Assert.Equal(findings, Judge([Member(Sex.Female, age: age), Member()]).Count);

    [Fact]
    public void ExactlyOnTheBirthday_TheAgeHasTurned()
    {
        // Born 2020-12-31 minus 36 years: turns 36 on the evaluation day, so is no longer ≤ 35.
        var member = new TeamMemberFact(++_id, Sex.Female, AsOf.AddYears(-36), "01", "01", "21");
        Assert.Single(Judge([member]));
    }

    [Theory]
    [InlineData("13", 0)]  // 群众 is outside the CPC
    [InlineData("12", 0)]  // 无党派人士
    [InlineData("02", 1)]  // a probationary member is a party member
    public void NonPartyMin_CountsEveryoneOutsideTheCpc(string politics, int findings) =>
        Assert.Equal(findings, Judge([Member(Sex.Female, age: 30, politics: politics)], ("P1.non_party_min", 1)).Count);

    [Theory]
    [InlineData("03", 0)]
    [InlineData("01", 1)]
    [InlineData("98", 1)]  // foreign origin is not an ethnic minority
    public void MinorityMin_CountsMinorities(string ethnicity, int findings) =>
        Assert.Equal(findings, Judge([Member(Sex.Female, age: 30, ethnicity: ethnicity)], ("P1.minority_min", 1)).Count);

    [Theory]
    [InlineData(3, 0)]    // 3 of 4 = 0.75 meets 0.75
    [InlineData(2, 1)]
    public void BachelorShare_IsComparedWithoutRounding(int bachelors, int findings)
    {
        var members = Enumerable.Range(0, 4).Select(i => Member(i == 0 ? Sex.Female : Sex.Male, i == 0 ? 30 : 45, education: i < bachelors ? "21" : "61"));
        Assert.Equal(findings, Judge(members, ("P1.bachelor_share_min", 0.75m)).Count);
    }

    [Theory]
    [InlineData(0.7, "不低于70%")]
    [InlineData(0.6649, "不低于66.49%")]  // 33 of 50 = 66% is below it; a rounded "66 %" would read as meeting it
    public void BachelorShare_IsShownAsConfigured_NotRounded(double share, string required)
    {
        var members = Enumerable.Range(0, 50).Select(i => Member(i == 0 ? Sex.Female : Sex.Male, i == 0 ? 30 : 45, education: i < 33 ? "21" : "61"));
        var f = Assert.Single(Judge(members, ("P1.bachelor_share_min", (decimal)share)));
        Assert.Equal(("33/50", required), (f.Measured, f.Required));
        Assert.EndsWith($"低于要求的{required[3..]}", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BachelorShare_NotSet_IsNotJudged() =>
        Assert.Empty(Judge([Member(Sex.Female, age: 30, education: "61")], ("P1.bachelor_share_min", null)));

    [Fact]
    public void EveryMissedTarget_IsItsOwnFinding() =>
        Assert.Equal(4, Judge([Member()], ("P1.non_party_min", 1), ("P1.minority_min", 1)).Count);
}
