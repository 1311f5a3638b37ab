using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Tests.Measures.M10VillageCadres;

public sealed class PartyDevelopmentAndRecruitmentRulesTests
{
    private static readonly EvaluationContext YearOver = new(2022, new DateOnly(2022, 12, 31));
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 5, "140603100000", "北城街道", 5, "/1/2/3/5/");
    private static readonly Subject Village = new(SubjectKind.OrgUnit, 9, "140603100001", "古城社区", 9, "/1/2/3/5/9/");
    private static readonly Subject Other = new(SubjectKind.OrgUnit, 10, "140603100002", "新城社区", 10, "/1/2/3/5/10/");
    private static readonly Subject District = new(SubjectKind.District, 3, "140603000000", "示例区", 3, "/1/2/3/");

    private static PolicyProfile Profile(int windowMin = 2, int windowMax = 3, int membersMin = 1, int membersMax = 2) => TestProfile.With(
        (P.PartyDevWindowYears, new IntRange(windowMin, windowMax)), (P.PartyDevMembers, new IntRange(membersMin, membersMax)));

    private static PartyDevelopmentFacts Developed(Subject village, params (int Year, int Count, int Young)[] years) =>
        new(village, Township, [.. years.Select(y => new PartyDevelopmentYear(y.Year, y.Count, y.Young))]);

    private static List<Finding> Shortfalls(PolicyProfile profile, EvaluationContext context, params PartyDevelopmentFacts[] facts) =>
        [.. new PartyDevelopmentRule().Evaluate(facts, profile, context).Where(f => f.Severity != Severity.Info)];

    [Theory]
    [InlineData(2020, 0)] // the window's first year (2020–2022) counts
    [InlineData(2022, 0)] // the evaluated year counts
    [InlineData(2019, 1)] // the year before the window does not
    [InlineData(2023, 1)] // a later year does not (judging 2022 as if over)
    public void TheWindow_IsTheUpperBoundOfYears_EndingWithTheEvaluatedYear(int year, int findings) =>
        Assert.Equal(findings, Shortfalls(Profile(), YearOver, Developed(Village, (year, 1, 0))).Count);

    [Fact]
    public void TheWindow_FollowsTheUpperBound_NotTheLowerOne()
    {
        // {2, 3}: 2020 is inside; {2, 2}: the window is 2021–2022 and 2020 is outside.
        Assert.Empty(Shortfalls(Profile(2, 3), YearOver, Developed(Village, (2020, 1, 0))));
        Assert.Single(Shortfalls(Profile(2, 2), YearOver, Developed(Village, (2020, 1, 0))));
    }

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(2, 1, 1)] // the lower bound is read: 2 members required
    [InlineData(2, 2, 0)]
    [InlineData(0, 0, 0)] // a lower bound of 0 never finds
    public void TheMinimum_IsTheLowerBoundOfMembers(int membersMin, int developed, int findings) =>
        Assert.Equal(findings, Shortfalls(Profile(membersMin: membersMin, membersMax: 3), YearOver, Developed(Village, (2021, developed, 0))).Count);

    [Fact]
    public void MembersAcrossTheWindow_AreSummed() =>
        Assert.Empty(Shortfalls(Profile(membersMin: 2, membersMax: 2), YearOver, Developed(Village, (2020, 1, 0), (2022, 1, 0))));

    [Fact]
    public void AVillageWithoutMembers_IsShort_AndTheYearOverMakesItAViolation()
    {
        var f = Assert.Single(Shortfalls(Profile(), YearOver, Developed(Village)));
        Assert.Equal(("R10.4", 10, Severity.Violation, Village, (DateOnly?)null), (f.Rule, f.Clause, f.Severity, f.Subject, f.Due));
        Assert.Equal("0名（2020—2022年）", f.Measured);
    }

    [Theory]
    [InlineData(12, 30, Severity.Warning)]  // the day before the year's last day: still a warning
    [InlineData(12, 31, Severity.Violation)] // the last day: the year is over
    [InlineData(1, 1, Severity.Warning)]
    public void WhileTheYearRuns_AShortfallIsAWarning(int month, int day, Severity expected)
    {
        var f = Assert.Single(Shortfalls(Profile(), new EvaluationContext(2022, new DateOnly(2022, month, day)), Developed(Village, (2019, 3, 0))));
        Assert.Equal(expected, f.Severity);
        Assert.Equal(expected == Severity.Warning ? new DateOnly(2022, 12, 31) : null, f.Due);
    }

    [Fact]
    public void TheYoungShare_IsInformationPerTownship_OverItsVillagesInTheWindow()
    {
        var findings = new PartyDevelopmentRule().Evaluate(
            [Developed(Village, (2019, 5, 5), (2020, 2, 1)), Developed(Other, (2022, 2, 0))], Profile(), YearOver).ToList();
        var info = Assert.Single(findings, f => f.Severity == Severity.Info);
        Assert.Equal((Township, PartyDevelopmentRule.YoungTopic, "青年党员1/4（25%）"), (info.Subject, info.Topic, info.Measured));
        Assert.DoesNotContain(findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void ATownshipWithNoMemberInTheWindow_HasNoYoungShare()
    {
        var findings = new PartyDevelopmentRule().Evaluate([Developed(Village, (2019, 2, 2))], Profile(), YearOver).ToList();
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Info);
        Assert.Single(findings);
    }

    [Theory]
    [InlineData("1990-06-30", "2025-06-30", true)]  // exactly 35 on the admission day
    [InlineData("1990-06-30", "2026-06-29", true)]  // 35, the day before turning 36
    [InlineData("1990-06-30", "2026-06-30", false)] // 36 on the day
    [InlineData("2000-02-29", "2036-02-28", true)]  // a leap-day birth: 36 on 29 February of the leap year 2036
    public void Young_IsAtMost35FullYearsOnTheAdmissionDay(string birth, string admitted, bool young) =>
        Assert.Equal(young, PartyMemberDevelopment.IsYoungOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(admitted, System.Globalization.CultureInfo.InvariantCulture)));

    private static List<Finding> Recruitment(decimal share, int plan, int targeted, int year = 2022) =>
        [.. new TargetedRecruitmentRule().Evaluate([new TargetedRecruitmentFacts(District, year, plan, targeted)],
            TestProfile.With((P.TargetedRecruitmentShare, share)), YearOver)];

    [Theory]
    [InlineData("0.10", 20, 2, 0)] // exactly 10 %
    [InlineData("0.10", 20, 1, 1)]
    [InlineData("0.10", 21, 2, 1)] // 2.1 needs 3
    [InlineData("0.10", 21, 3, 0)]
    [InlineData("0.10", 9, 0, 1)]  // 0.9 needs 1
    [InlineData("0.10", 0, 0, 0)]  // an empty plan needs none
    [InlineData("0", 30, 0, 0)]
    [InlineData("1", 4, 3, 1)]
    [InlineData("1", 4, 4, 0)]
    public void Targeted_AtLeastShareTimesPlan_Exactly(string share, int plan, int targeted, int findings)
    {
        var result = Recruitment(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), plan, targeted);
        Assert.Equal(findings, result.Count);
        Assert.All(result, f => Assert.Equal(("R10.5", 10, Severity.Violation, District), (f.Rule, f.Clause, f.Severity, f.Subject)));
    }

    [Fact]
    public void APlanOfAnotherYear_IsNotJudged() => Assert.Empty(Recruitment(0.10m, 20, 0, year: 2021));

    [Fact]
    public void RequiredTargeted_IsTheCeiling() =>
        Assert.Equal((2, 3, 1, 0), (TargetedRecruitmentRule.RequiredTargeted(0.10m, 20), TargetedRecruitmentRule.RequiredTargeted(0.10m, 21),
            TargetedRecruitmentRule.RequiredTargeted(0.10m, 1), TargetedRecruitmentRule.RequiredTargeted(0.10m, 0)));
}

/// <summary>
/// R10.4 and a village established inside the window: it has not had the W years the plan gives, so a shortfall is a
/// warning due the last day of its first full window (W whole calendar years after establishment), never a violation
/// before then; a village that had the whole window (established on its first day or before) is judged as always.
/// </summary>
public sealed class PartyDevelopmentEstablishedTests
{
    private static readonly Subject Village = new(SubjectKind.OrgUnit, 9, "140603100001", "新建村", 9, "/1/2/3/5/9/");

    private static List<Finding> Evaluate(string? established, string asOf, int developed = 0, int evaluatedYear = 0)
    {
        var day = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var facts = new PartyDevelopmentFacts(Village, null, developed == 0 ? [] : [new PartyDevelopmentYear(day.Year, developed, 0)],
            established is null ? null : DateOnly.Parse(established, System.Globalization.CultureInfo.InvariantCulture));
        var profile = TestProfile.With((P.PartyDevWindowYears, new IntRange(2, 3)), (P.PartyDevMembers, new IntRange(1, 2)));
        return [.. new PartyDevelopmentRule().Evaluate([facts], profile, new EvaluationContext(evaluatedYear == 0 ? day.Year : evaluatedYear, day))];
    }

    // Evaluating 2022 (window 2020–2022) once the year is over, with no member developed.
    [Theory]
    [InlineData(null, "violation", null)]
    [InlineData("2019-12-31", "violation", null)]         // the day before the window: had all of it
    [InlineData("2020-01-01", "violation", null)]         // the window's first day: had all of it
    [InlineData("2020-01-02", "warning", "2023-12-31")]   // first whole year 2021: first full window 2021–2023
    [InlineData("2021-01-01", "warning", "2023-12-31")]   // a 1 January establishment has its year whole
    [InlineData("2021-06-15", "warning", "2024-12-31")]   // mid-window: 2022–2024
    [InlineData("2022-12-31", "warning", "2025-12-31")]   // on the as-of day
    public void AVillageEstablishedInsideTheWindow_IsWarnedUntilItsFirstFullWindowIsOver(string? established, string expected, string? due)
    {
        var f = Assert.Single(Evaluate(established, "2022-12-31"));
        Assert.Equal(expected, f.Severity == Severity.Warning ? "warning" : "violation");
        Assert.Equal(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), f.Due);
        Assert.Equal("0名（2020—2022年）", f.Measured);
    }

    [Fact]
    public void TheWarning_SaysWhenTheVillageWasEstablishedAndItsFirstFullWindow() =>
        Assert.Equal("新建村于2021-06-15设立，2020—2022年发展党员0名，首个完整3年周期（2022—2024年）结束前须达到1名",
            Assert.Single(Evaluate("2021-06-15", "2022-12-31")).Message);

    [Theory]
    [InlineData("2024-12-30", "warning")]   // established 2021-06-15: 2024's window 2022–2024 is whole, the year still runs
    [InlineData("2024-12-31", "violation")] // the day the first full window completes
    public void FromItsFirstFullWindowOn_TheVillageIsJudgedLikeAnyOther(string asOf, string expected)
    {
        var f = Assert.Single(Evaluate("2021-06-15", asOf));
        Assert.Equal(expected, f.Severity == Severity.Warning ? "warning" : "violation");
        Assert.Equal(expected == "warning" ? new DateOnly(2024, 12, 31) : null, f.Due);
        Assert.Equal("0名（2022—2024年）", f.Measured);
    }

    [Fact]
    public void AVillageEstablishedAfterTheAsOfDay_IsNotJudged() => Assert.Empty(Evaluate("2023-01-01", "2022-12-31"));

    [Fact]
    public void ANewVillageThatDevelopedItsMinimum_HasNoFinding() => Assert.Empty(Evaluate("2021-06-15", "2022-12-31", developed: 1));
}
