using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M01TeamBuilding;

namespace Jiceng.Core.Tests.Measures.M01TeamBuilding;

public sealed class TeamStructureTests
{
    private static int _id;

    private static StructureMember Member(int age, Sex sex = Sex.Male, string? education = "21", string? major = null, string politics = "01", string ethnicity = "01") =>
        new(++_id, sex, age, education, major, politics, ethnicity);

    [Theory]
    [InlineData(35, Generation.Young)]   // P1.young_age itself is 青
    [InlineData(36, Generation.Middle)]
    [InlineData(50, Generation.Middle)]
    [InlineData(51, Generation.Senior)]  // SeniorFrom is 老
    public void Generations_TurnAtTheTwoLines(int age, Generation expected) =>
        Assert.Equal(expected, TeamStructure.GenerationOf(age, youngAge: 35));

    [Fact]
    public void TheYoungLine_FollowsTheProfile() =>
        Assert.Equal(Generation.Young, TeamStructure.GenerationOf(40, youngAge: 40));

    [Theory]
    [InlineData("14", StructureEducation.Postgraduate)]
    [InlineData("1B", StructureEducation.Postgraduate)]
    [InlineData("2A", StructureEducation.Bachelor)]
    [InlineData("31", StructureEducation.College)]
    [InlineData("61", StructureEducation.SecondaryOrBelow)]
    [InlineData(null, StructureEducation.Unknown)]
    public void Education_GroupsByTheFirstDigit(string? code, StructureEducation expected) =>
        Assert.Equal(expected, TeamStructure.EducationOf(code));

    [Fact]
    public void Pyramid_PutsEachAgeInOneBracket_BySex()
    {
        var s = TeamStructure.Analyze([Member(30), Member(31, Sex.Female), Member(35), Member(56, Sex.Female), Member(70)], 35);
        Assert.Equal((1, 0), (s.Pyramid[0].Men, s.Pyramid[0].Women));           // ≤30
        Assert.Equal((1, 1), (s.Pyramid[1].Men, s.Pyramid[1].Women));           // 31–35
        Assert.Equal((56, (int?)null), (s.Pyramid[^1].Min, s.Pyramid[^1].Max)); // 56 and over, open-ended
        Assert.Equal((1, 1), (s.Pyramid[^1].Men, s.Pyramid[^1].Women));
        Assert.Equal(5, s.Pyramid.Sum(b => b.Men + b.Women));
    }

    [Fact]
    public void Analyze_CountsEachCadreOnce_AndEveryFigure()
    {
        var twice = Member(34, Sex.Female, "14", "法学", "13", "03");
        var s = TeamStructure.Analyze([twice, twice, Member(52, major: "法学"), Member(45, education: "31", major: "农学")], 35);
        Assert.Equal(3, s.Members);
        Assert.Equal((34 + 52 + 45) / 3.0, s.AverageAge);
        Assert.Equal((1, 1, 1), (s.Women, s.NonParty, s.Minorities));
        Assert.Equal((1, 1, 1), (s.Generations[Generation.Young], s.Generations[Generation.Middle], s.Generations[Generation.Senior]));
        Assert.Equal((1, 1, 1), (s.Education[StructureEducation.Postgraduate], s.Education[StructureEducation.Bachelor], s.Education[StructureEducation.College]));
        Assert.Equal(new KeyValuePair<string, int>("法学", 2), s.Majors[0]);
    }

    [Fact]
    public void AnEmptyTeam_HasNoAverageAge() => Assert.Null(TeamStructure.Analyze([], 35).AverageAge);
}
