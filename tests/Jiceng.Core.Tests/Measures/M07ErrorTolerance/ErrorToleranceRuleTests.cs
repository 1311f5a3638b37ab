using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Measures.M07ErrorTolerance;

public sealed class ErrorToleranceRuleTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static List<Finding> Sanctions(SanctionSpan[] sanctions, RankRaise[] raises, YearGrade[] grades, string asOf) =>
        [.. new SanctionRule().Evaluate([new SanctionFacts(Cadre, sanctions, raises, grades)], TestProfile.With(), new EvaluationContext(D(asOf).Year, D(asOf)))];

    // Statutory periods: 警告 6, 记过 12, 记大过 18, 降级 24, 撤职 24 months; effective 2024-01-31 (a month end).
    [Theory]
    [InlineData(SanctionKind.Warning, "2024-07-30", true)]        // 2024-01-31 + 6 months = 2024-07-31: the day before is inside
    [InlineData(SanctionKind.Warning, "2024-07-31", false)]       // eligible again on d + 6 months
    [InlineData(SanctionKind.Demerit, "2025-01-30", true)]
    [InlineData(SanctionKind.Demerit, "2025-01-31", false)]
    [InlineData(SanctionKind.MajorDemerit, "2025-07-30", true)]
    [InlineData(SanctionKind.MajorDemerit, "2025-07-31", false)]
    [InlineData(SanctionKind.Demotion, "2026-01-30", true)]
    [InlineData(SanctionKind.Demotion, "2026-01-31", false)]
    [InlineData(SanctionKind.Dismissal, "2026-01-30", true)]
    [InlineData(SanctionKind.Dismissal, "2026-01-31", false)]
    [InlineData(SanctionKind.Warning, "2024-01-31", true)]        // the effective day itself is inside
    [InlineData(SanctionKind.Warning, "2024-01-30", false)]       // the day before is not
    public void ARaise_InsideThePeriod_IsAViolation_OnItsLastDay_AndNotOnTheNext(SanctionKind kind, string raise, bool violation)
    {
        var found = Sanctions([new SanctionSpan(1, kind, D("2024-01-31"))], [new RankRaise(9, "二级主任科员", D(raise))], [], "2026-06-30");
        Assert.Equal(violation, found.Any(f => f.Severity == Severity.Violation));
        Assert.Equal(violation, SanctionGuard.Check([new SanctionSpan(1, kind, D("2024-01-31"))], Periods, D(raise), D("2026-06-30")) is not null);
    }

    private static InfluencePeriods Periods => TestProfile.With().Get<InfluencePeriods>(ParameterIds.P7.InfluenceMonths);

    [Theory]
    [InlineData("2023-08-31", "2024-02-28", true)]    // 2023-08-31 + 6 months = 2024-02-29 (leap year): 28 Feb is inside
    [InlineData("2023-08-31", "2024-02-29", false)]
    [InlineData("2024-02-29", "2024-08-28", true)]    // from a leap day: eligible again 2024-08-29
    [InlineData("2024-02-29", "2024-08-29", false)]
    public void MonthEndsAndLeapDays(string effective, string raise, bool blocked) =>
        Assert.Equal(blocked, SanctionGuard.Check([new SanctionSpan(1, SanctionKind.Warning, D(effective))], Periods, D(raise), D("2026-06-30")) is not null);

    [Fact]
    public void TheRefusal_NamesClauseSeven_AndR72()
    {
        var error = SanctionGuard.Check([new SanctionSpan(1, SanctionKind.Demerit, D("2024-03-01"))], Periods, D("2024-09-01"), D("2026-06-30"));
        Assert.NotNull(error);
        Assert.Contains("第七条", error.Message, StringComparison.Ordinal);
        Assert.Contains("R7.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("记过", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-03-01起方可晋升", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARevokedOrExemptedSanction_DoesNotBlock()
    {
        Assert.Null(SanctionGuard.Check([new SanctionSpan(1, SanctionKind.Demerit, D("2024-03-01"), RevokedOn: D("2024-06-01"))], Periods, D("2024-06-01"), D("2026-06-30")));
        Assert.NotNull(SanctionGuard.Check([new SanctionSpan(1, SanctionKind.Demerit, D("2024-03-01"), RevokedOn: D("2024-06-01"))], Periods, D("2024-05-31"), D("2026-06-30")));
        Assert.Null(SanctionGuard.Check([new SanctionSpan(1, SanctionKind.Demerit, D("2024-03-01"), ExemptedOn: D("2024-05-01"))], Periods, D("2024-04-01"), D("2026-06-30")));
        Assert.NotNull(SanctionGuard.Check([new SanctionSpan(1, SanctionKind.Demerit, D("2024-03-01"), ExemptedOn: D("2024-05-01"))], Periods, D("2024-04-01"), D("2024-04-30")));
    }

    [Theory]
    [InlineData("2024-07-30", false)]   // the last day of a warning's period from 2024-01-31
    [InlineData("2024-07-31", true)]    // eligible for use from d + 6 months
    public void EligibleForUse_FromTheDayThePeriodEnds(string asOf, bool eligible)
    {
        var found = Sanctions([new SanctionSpan(1, SanctionKind.Warning, D("2024-01-31"))], [], [], asOf);
        Assert.Equal(eligible, found.Any(f => f.Severity == Severity.Info));
        Assert.DoesNotContain(found, f => f.Severity != Severity.Info);
    }

    [Theory]
    [InlineData("2", true)]
    [InlineData("1", true)]
    [InlineData("3", false)]    // 基本称职 since the sanction
    [InlineData("4", false)]    // 不称职
    public void EligibleForUse_OnlyWhenResultsAreGood(string grade, bool eligible)
    {
        var found = Sanctions([new SanctionSpan(1, SanctionKind.Warning, D("2024-01-31"))], [], [new YearGrade(2024, grade), new YearGrade(2025, "2")], "2026-06-30");
        Assert.Equal(eligible, found.Any(f => f.Severity == Severity.Info));
    }

    [Fact]
    public void APoorGradeBeforeTheSanction_DoesNotCount_AndALaterSanctionStillInForce_Blocks()
    {
        Assert.Single(Sanctions([new SanctionSpan(1, SanctionKind.Warning, D("2024-01-31"))], [], [new YearGrade(2023, "4")], "2026-06-30"));
        Assert.Empty(Sanctions([new SanctionSpan(1, SanctionKind.Warning, D("2024-01-31")), new SanctionSpan(2, SanctionKind.Dismissal, D("2025-01-01"))], [], [], "2026-06-30"));
    }

    [Fact]
    public void AViolation_CitesClauseSeven_AndTheRaise()
    {
        var f = Assert.Single(Sanctions([new SanctionSpan(1, SanctionKind.Demerit, D("2024-03-01"))], [new RankRaise(9, "一级主任科员", D("2024-09-01"))], [], "2024-12-31"));
        Assert.Equal(("R7.2", 7, Severity.Violation, "raise:9"), (f.Rule, f.Clause, f.Severity, f.Topic));
        Assert.Contains("一级主任科员", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RankRaises_AreRanksAboveThePreviousOne()
    {
        var raises = RankRaises.From([(1, "四级主任科员", 5, D("2018-01-01")), (2, "三级主任科员", 6, D("2020-01-01")), (3, "三级主任科员", 6, D("2021-01-01")), (4, "四级主任科员", 5, D("2022-01-01")), (5, "二级主任科员", 7, D("2023-01-01"))]);
        Assert.Equal([2, 5], raises.Select(r => r.RankId));
    }

    private static Severity? Case(string received, string? decided, string asOf, int days = 60) =>
        new CaseTimelinessRule().Evaluate([new ToleranceCaseFacts(Cadre, 1, D(received), decided is null ? null : D(decided))],
            TestProfile.With(("P7.case_days", days)), new EvaluationContext(D(asOf).Year, D(asOf))).SingleOrDefault()?.Severity;

    [Theory]
    [InlineData("2026-01-01", null, "2026-03-02", null)]                    // day 60 after receipt: in time
    [InlineData("2026-01-01", null, "2026-03-03", Severity.Warning)]        // day 61: overdue
    [InlineData("2026-01-01", "2026-03-10", "2026-03-03", Severity.Warning)] // decided later than the day judged
    [InlineData("2026-01-01", "2026-03-03", "2026-03-03", null)]            // decided on the day
    [InlineData("2026-01-01", "2026-02-01", "2026-12-31", null)]
    [InlineData("2026-07-01", null, "2026-06-30", null)]                    // received after the day
    public void R71_CaseUndetermined_AfterCaseDays(string received, string? decided, string asOf, Severity? expected) =>
        Assert.Equal(expected, Case(received, decided, asOf));

    [Theory]
    [InlineData(10, "2026-01-11", null)]
    [InlineData(10, "2026-01-12", Severity.Warning)]
    public void R71_TheProfileSetsTheDays(int days, string asOf, Severity? expected) =>
        Assert.Equal(expected, Case("2026-01-01", null, asOf, days));

    private static Severity? Clarify(AccusationConclusion conclusion, string concluded, string? clarified, string asOf, int days = 30) =>
        new ClarificationRule().Evaluate([new ClarificationFacts(Cadre, 1, conclusion, D(concluded), clarified is null ? null : D(clarified))],
            TestProfile.With(("P7.clarify_days", days)), new EvaluationContext(D(asOf).Year, D(asOf))).SingleOrDefault()?.Severity;

    [Theory]
    [InlineData(AccusationConclusion.Untrue, null, "2026-01-31", null)]                    // day 30: still in time
    [InlineData(AccusationConclusion.Untrue, null, "2026-02-01", Severity.Violation)]      // day 31
    [InlineData(AccusationConclusion.FalseAccusation, null, "2026-02-01", Severity.Violation)]
    [InlineData(AccusationConclusion.Untrue, "2026-01-31", "2026-06-30", null)]            // clarified on day 30
    [InlineData(AccusationConclusion.Untrue, "2026-02-01", "2026-06-30", Severity.Violation)] // clarified on day 31: late
    [InlineData(AccusationConclusion.Untrue, "2026-03-01", "2026-02-15", Severity.Violation)] // clarified after the day judged
    [InlineData(AccusationConclusion.True, null, "2026-06-30", null)]
    [InlineData(AccusationConclusion.PartlyTrue, null, "2026-06-30", null)]
    public void R73_FalseAccusation_ClarifiedWithinClarifyDays(AccusationConclusion conclusion, string? clarified, string asOf, Severity? expected) =>
        Assert.Equal(expected, Clarify(conclusion, "2026-01-01", clarified, asOf));
}
