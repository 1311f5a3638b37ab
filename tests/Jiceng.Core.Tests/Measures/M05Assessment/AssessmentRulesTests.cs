using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Measures.M05Assessment;

public sealed class AssessmentRulesTests
{
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 3, "140603100000", "阻虎乡", 3, "/1/2/3/");
    private static readonly Subject District = new(SubjectKind.District, 2, "140603000000", "平鲁区", 2, "/1/2/");
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static EvaluationContext On(string day) => new(D(day).Year, D(day));

    private static PolicyProfile Profile(string rounding = "floor", decimal ratio = 0.20m, decimal? shareMin = null) => TestProfile.With(
        ("P5.township_excellent_ratio", ratio),
        ("P5.excellent_rounding", rounding switch { "round" => RoundingMode.Round, "ceil" => RoundingMode.Ceil, _ => RoundingMode.Floor }),
        ("P5.village_fund_per_village_wan", 2m), ("P5.timely_award_days", 30), ("P5.grassroots_award_share_min", shareMin));

    [Theory]
    [InlineData(12, "floor", 2)]  // 2.4 → 2
    [InlineData(12, "round", 2)]  // 2.4 → 2
    [InlineData(12, "ceil", 3)]   // 2.4 → 3
    [InlineData(13, "round", 3)]  // 2.6 → 3
    [InlineData(13, "floor", 2)]
    [InlineData(15, "floor", 3)]  // exactly 3.0 under every rounding
    [InlineData(15, "ceil", 3)]
    [InlineData(15, "round", 3)]
    [InlineData(0, "ceil", 0)]
    [InlineData(4, "floor", 0)]   // 0.8 → 0
    [InlineData(4, "ceil", 1)]
    public void TheCap_RoundsAsTheProfileSays(int assessed, string rounding, int cap) =>
        Assert.Equal(cap, ExcellentCap.Of(assessed, Profile(rounding)));

    [Fact]
    public void TheCap_RoundsHalvesUp() => Assert.Equal(3, ExcellentCap.Of(5, 0.5m, RoundingMode.Round)); // 2.5 → 3

    [Fact]
    public void TheCap_IsNeverBelowZero() => Assert.Equal(0, ExcellentCap.Of(10, -0.1m, RoundingMode.Floor));

    private static IReadOnlyList<Finding> Excellent(int assessed, int excellent, string rounding = "floor", int year = 2026) =>
        [.. new ExcellentCapRule().Evaluate([new ExcellentGradeFacts(Township, year, assessed, excellent)], Profile(rounding), On("2026-12-31"))];

    [Theory]
    [InlineData(12, 2, "floor", false)]
    [InlineData(12, 3, "floor", true)]
    [InlineData(12, 3, "ceil", false)]
    [InlineData(12, 4, "ceil", true)]
    [InlineData(13, 3, "round", false)]
    [InlineData(13, 3, "floor", true)]
    [InlineData(4, 1, "floor", true)]
    public void ExcellentGrades_AboveTheCap_AreAViolation(int assessed, int excellent, string rounding, bool found)
    {
        var findings = Excellent(assessed, excellent, rounding);
        Assert.Equal(found, findings.Count == 1);
        if (found)
        {
            Assert.Equal(Severity.Violation, findings[0].Severity);
            Assert.Equal($"不超过{ExcellentCap.Of(assessed, Profile(rounding))}人", findings[0].Required);
        }
    }

    [Fact]
    public void ExcellentGrades_OfAnotherYear_AreNotJudged() => Assert.Empty(Excellent(4, 4, year: 2025));

    [Fact]
    public void TheRefusal_NamesClauseRuleAndCap()
    {
        var refusal = ExcellentCap.Refusal(AssessmentGrades.Excellent, "阻虎乡", 2026, 10, 3, Profile());
        Assert.NotNull(refusal);
        Assert.Contains("第五条", refusal, StringComparison.Ordinal);
        Assert.Contains("R5.1", refusal, StringComparison.Ordinal);
        Assert.Contains("上限为2人", refusal, StringComparison.Ordinal);
        Assert.Null(ExcellentCap.Refusal(AssessmentGrades.Excellent, "阻虎乡", 2026, 10, 2, Profile()));
        Assert.Null(ExcellentCap.Refusal(AssessmentGrades.Competent, "阻虎乡", 2026, 10, 9, Profile())); // only 优秀 is refused
    }

    private static IReadOnlyList<Finding> Fund(int villages, decimal disbursed, string asOf) =>
        [.. new VillageFundRule().Evaluate([new VillageFundFacts(Township, 2026, villages, disbursed)], Profile(), On(asOf))];

    [Fact]
    public void TheFund_DisbursedUpToTheAllocation_IsFine() => Assert.Empty(Fund(5, 100_000m, "2026-12-31"));

    [Fact]
    public void TheFund_DisbursedOverTheAllocation_IsAViolation()
    {
        var f = Assert.Single(Fund(5, 100_000.01m, "2026-06-30"));
        Assert.Equal((Severity.Violation, "over"), (f.Severity, f.Topic));
    }

    [Fact]
    public void TheFund_Undisbursed_IsAWarningOnlyFromTheYearsLastDay()
    {
        Assert.Empty(Fund(5, 99_999.99m, "2026-12-30"));
        var f = Assert.Single(Fund(5, 99_999.99m, "2026-12-31"));
        Assert.Equal((Severity.Warning, "undisbursed", D("2026-12-31")), (f.Severity, f.Topic, f.Due));
        Assert.Contains("0.01元未兑现", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFund_OfATownshipWithoutVillages_IsNotJudged() => Assert.Empty(Fund(0, 5m, "2026-12-31"));

    private static IReadOnlyList<Finding> Share(int awards, int grassroots, decimal? min) =>
        [.. new GrassrootsAwardShareRule().Evaluate([new AwardShareFacts(District, 2026, awards, grassroots)], Profile(shareMin: min), On("2026-12-31"))];

    [Fact]
    public void TheShare_AtTheMinimum_IsFine() => Assert.Empty(Share(5, 1, 0.2m));

    [Fact]
    public void TheShare_BelowTheMinimum_IsAViolation() => Assert.Equal(Severity.Violation, Assert.Single(Share(6, 1, 0.2m)).Severity);

    [Fact]
    public void TheShare_WithoutAMinimum_IsInformation()
    {
        var f = Assert.Single(Share(6, 1, null));
        Assert.Equal((Severity.Info, "基层1/6（16.7%）"), (f.Severity, f.Measured));
    }

    [Fact]
    public void TheShare_WithoutAwards_IsNotJudged() => Assert.Empty(Share(0, 0, 0.2m));

    private static IReadOnlyList<Finding> Timely(string eventOn, string grantedOn, string asOf = "2026-12-31") =>
        [.. new TimelyAwardRule().Evaluate([new AwardTimingFacts(Cadre, 9, "抗洪抢险先进个人", D(eventOn), D(grantedOn))], Profile(), On(asOf))];

    [Fact]
    public void AnAward_GrantedOnDayThirty_IsTimely() => Assert.Empty(Timely("2026-03-01", "2026-03-31"));

    [Fact]
    public void AnAward_GrantedOnDayThirtyOne_IsLate()
    {
        var f = Assert.Single(Timely("2026-03-01", "2026-04-01"));
        Assert.Equal((Severity.Warning, "award-9", D("2026-03-31"), "事迹后31天授予"), (f.Severity, f.Topic, f.Due, f.Measured));
    }

    [Fact]
    public void AnAward_OverTheYearEnd_CountsInTheYearGranted()
    {
        Assert.Single(Timely("2025-12-01", "2026-01-01")); // 31 days
        Assert.Empty(Timely("2025-12-02", "2026-01-01"));  // 30 days
    }

    [Fact]
    public void AnAward_GrantedAfterTheAsOfDay_IsNotJudgedYet() => Assert.Empty(Timely("2026-03-01", "2026-06-01", "2026-05-31"));

    [Fact]
    public void AnAssessment_WithoutFeedback_IsAWarning()
    {
        var rule = new MultiSourceFeedbackRule();
        var facts = new[] { new TownshipAssessmentFacts(Township, 1, 2026, 0), new TownshipAssessmentFacts(Township with { Id = 4 }, 2, 2026, 1) };
        var f = Assert.Single(rule.Evaluate(facts, Profile(), On("2026-12-31")));
        Assert.Equal((Severity.Warning, 3), (f.Severity, f.Subject.Id));
    }

    [Fact]
    public void TheFeedbackScore_IsWeightedByRespondents()
    {
        Assert.Null(TownshipAssessment.FeedbackScore([]));
        Assert.Equal(85m, TownshipAssessment.FeedbackScore([
            new AssessmentFeedback { Source = FeedbackSource.ServiceRecipients, Respondents = 30, Score = 90m },
            new AssessmentFeedback { Source = FeedbackSource.VillageCadres, Respondents = 10, Score = 70m },
        ]));
        Assert.Equal(83.33m, TownshipAssessment.FeedbackScore([
            new AssessmentFeedback { Respondents = 2, Score = 90m }, new AssessmentFeedback { Respondents = 1, Score = 70m },
        ]));
    }

    [Fact]
    public void GoodResults_LookAtTheThreeYearsBefore()
    {
        Assert.Null(GoodResults.Of([], 2026));
        Assert.Null(GoodResults.Of([(2022, AssessmentGrades.Incompetent), (2026, AssessmentGrades.Incompetent)], 2026)); // outside the window
        Assert.False(GoodResults.Of([(2023, AssessmentGrades.BasicallyCompetent)], 2026));
        Assert.False(GoodResults.Of([(2025, AssessmentGrades.Incompetent), (2024, AssessmentGrades.Excellent)], 2026));
        Assert.True(GoodResults.Of([(2025, AssessmentGrades.Competent), (2023, AssessmentGrades.Undetermined)], 2026));
    }

    [Fact]
    public void ConsecutiveExcellentYears_EndWithTheLatestGrade()
    {
        Assert.Equal(0, GoodResults.ConsecutiveExcellentYears([]));
        Assert.Equal(2, GoodResults.ConsecutiveExcellentYears([(2025, "1"), (2024, "1"), (2023, "2"), (2022, "1")]));
        Assert.Equal(1, GoodResults.ConsecutiveExcellentYears([(2025, "1"), (2023, "1")])); // a year without a grade ends the run
        Assert.Equal(0, GoodResults.ConsecutiveExcellentYears([(2025, "2"), (2024, "1")]));
    }

    [Fact]
    public void AnIncompetentLastYear_BlocksAPromotion()
    {
        Assert.Contains("不称职", PromotionGradeCheck.Refusal(AssessmentGrades.Incompetent, D("2026-03-01")), StringComparison.Ordinal);
        Assert.Null(PromotionGradeCheck.Refusal(AssessmentGrades.BasicallyCompetent, D("2026-03-01")));
        Assert.Null(PromotionGradeCheck.Refusal(null, D("2026-03-01")));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("5", true)]
    [InlineData("6", false)]
    [InlineData("7", false)]
    public void Assessed_CountsEveryGradeButNotAssessed(string code, bool counts) => Assert.Equal(counts, AssessmentGrades.CountsAsAssessed(code));
}
