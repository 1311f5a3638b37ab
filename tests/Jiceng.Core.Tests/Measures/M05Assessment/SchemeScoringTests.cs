using Jiceng.Core.Measures.M05Assessment;

namespace Jiceng.Core.Tests.Measures.M05Assessment;

/// <summary>The scheme's arithmetic at its edges: weights summing to exactly 100, the score half-up to 0.01 once at the
/// end, fed indicators scaled from the feedback means, a missing score leaving the total open.</summary>
public sealed class SchemeScoringTests
{
    private static AssessmentIndicator I(int id, decimal weight, decimal max, IndicatorFeed feed = IndicatorFeed.Entered) =>
        new() { Id = id, Name = $"指标{id}", Weight = weight, MaxScore = max, SortOrder = id, Feed = feed };

    private static AssessmentFeedback F(FeedbackSource source, int respondents, decimal score) =>
        new() { Source = source, Respondents = respondents, Score = score, CollectedOn = new DateOnly(2025, 1, 10) };

    [Theory]
    [InlineData(60, 40, 0)]          // exactly 100
    [InlineData(60, 39.99, 1)]       // 99.99: refused
    [InlineData(60, 40.01, 1)]       // 100.01: refused
    [InlineData(100, 0, 1)]          // a zero weight is refused on its own (the sum is still 100)
    public void Weights_MustSumToExactly100(decimal first, decimal second, int errors)
    {
        var found = SchemeScoring.Validate([new IndicatorInput("党建", first, 100, 1), new IndicatorInput("发展", second, 100, 2)]);
        Assert.Equal(errors, found.Count);
        if (second is 39.99m)
        {
            var e = Assert.Single(found);
            Assert.Equal("indicators", e.Field);
            Assert.Equal("考核指标权重合计：应为100%，现为99.99%", e.Message);
        }
    }

    [Fact]
    public void Validate_NamesFieldAndPosition()
    {
        var found = SchemeScoring.Validate([new IndicatorInput("党建", 50, 0, 1), new IndicatorInput("党建", 50.005m, 100, 2), new IndicatorInput(" ", 0.001m, 1000.01m, 3)]);
        Assert.Contains(found, e => e.Field == "indicators[0].maxScore" && e.Message.StartsWith("第1项指标满分", StringComparison.Ordinal));
        Assert.Contains(found, e => e.Field == "indicators[1].name" && e.Message.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(found, e => e.Field == "indicators[1].weight");
        Assert.Contains(found, e => e.Field == "indicators[2].name");
        Assert.Contains(found, e => e.Field == "indicators[2].maxScore");
        Assert.Single(SchemeScoring.Validate([]), e => e.Field == "indicators");
    }

    [Fact]
    public void Score_IsWeightTimesScoreOverMax_RoundedHalfUpOnceAtTheEnd()
    {
        // 1/3 × 0.5 + … : parts 33.333…, 33.333…, 16.665 → 83.331666… → 83.33; rounding each part first would give 83.34.
        var indicators = new[] { I(1, 33.33m, 3), I(2, 33.33m, 3), I(3, 33.34m, 2) };
        var result = SchemeScoring.Compute(indicators, new Dictionary<int, decimal> { [1] = 3.0001m, [2] = 3, [3] = 0.9997m }, []);
        Assert.Equal(SchemeScoring.Round(33.33m * 3.0001m / 3 + 33.33m + 33.34m * 0.9997m / 2), result.Total);

        // Half-up at 0.005: 50 × 0.1001 / 1 = 5.005 → 5.01 (banker's rounding would give 5.00).
        var half = SchemeScoring.Compute([I(1, 50, 1), I(2, 50, 100)], new Dictionary<int, decimal> { [1] = 0.1001m, [2] = 0 }, []);
        Assert.Equal(5.01m, half.Total);

        // Full marks give exactly 100, zeros exactly 0.
        Assert.Equal(100m, SchemeScoring.Compute(indicators, new Dictionary<int, decimal> { [1] = 3, [2] = 3, [3] = 2 }, []).Total);
        Assert.Equal(0m, SchemeScoring.Compute(indicators, new Dictionary<int, decimal> { [1] = 0, [2] = 0, [3] = 0 }, []).Total);
    }

    [Fact]
    public void MissingScore_LeavesTheTotalOpen_AndNamesTheIndicator()
    {
        var result = SchemeScoring.Compute([I(1, 70, 100), I(2, 30, 10)], new Dictionary<int, decimal> { [1] = 90 }, []);
        Assert.Null(result.Total);
        Assert.Equal(2, Assert.Single(result.Missing).Id);
        Assert.Equal(63m, result.Lines[0].Part);
    }

    [Fact]
    public void FedIndicators_TakeTheFeedbackMeans_ScaledToTheirFullScore()
    {
        var feedback = new[] { F(FeedbackSource.ServiceRecipients, 30, 90), F(FeedbackSource.VillageCadres, 10, 70) };
        // All feedback: (30 × 90 + 10 × 70) / 40 = 85; village cadres only: 70.
        var result = SchemeScoring.Compute(
            [I(1, 60, 100), I(2, 30, 20, IndicatorFeed.AllFeedback), I(3, 10, 10, IndicatorFeed.VillageCadres)],
            new Dictionary<int, decimal> { [1] = 80 }, feedback);
        Assert.Equal(17m, result.Lines[1].Score);            // 85 % of 20
        Assert.Equal(7m, result.Lines[2].Score);             // 70 % of 10
        Assert.Equal(48m + 25.5m + 7m, result.Total);

        // No entry of the source: that indicator has no score, the total stays open.
        var open = SchemeScoring.Compute([I(1, 50, 100), I(2, 50, 100, IndicatorFeed.PartyMembersAndMasses)], new Dictionary<int, decimal> { [1] = 80 }, feedback);
        Assert.Null(open.Total);
        Assert.Equal(2, Assert.Single(open.Missing).Id);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(20.01, false)]
    [InlineData(-0.01, false)]
    [InlineData(10.005, false)]
    public void EnteredScore_IsZeroToFullScore_TwoDecimals(decimal score, bool ok) =>
        Assert.Equal(ok, SchemeScoring.ScoreError(I(1, 100, 20), score) is null);
}
