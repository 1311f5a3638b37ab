using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using P8 = Jiceng.Core.Policy.ParameterIds.P8;

namespace Jiceng.Core.Tests.Measures.M08Guarantees;

public sealed class GuaranteeRuleTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static decimal M(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>乡镇工作补贴 rising 200 → 300 on 2021-03-11; statutory leave tiers; 1 trip a month, 12 a year.</summary>
    private static PolicyProfile Profile(int perYear = 12) => new("test", new DateOnly(2020, 1, 1), isExample: true, new Dictionary<string, object>(StringComparer.Ordinal)
    {
        [P8.Subsidies] = new SubsidyStandards([new SubsidyStandard("乡镇工作补贴", [CadreCategory.TownshipCivilServant], 200m, 300m, D("2021-03-11"))]),
        [P8.TripsPerMonthAvg] = 1, [P8.TripsPerYearMax] = perYear,
        [P8.LeaveTiers] = new LeaveTiers([new LeaveTier(1, 5), new LeaveTier(10, 10), new LeaveTier(20, 15)]),
        [P8.UntakenMultiplier] = 3m, [P8.DaysPerMonth] = 21.75m,
    });

    // --- R8.7 subsidy below the standard in force ---

    private static List<Finding> Subsidy(string month, string paid, string? from = null, string? to = null, string asOf = "2021-12-31", string name = "乡镇工作补贴") =>
        [.. new SubsidyPaymentRule().Evaluate(
            [new SubsidyPaymentFacts(Cadre, 1, name, D(month + "-01"), from is null ? null : D(from), to is null ? null : D(to), M(paid))],
            Profile(), new EvaluationContext(D(asOf).Year, D(asOf)))];

    [Theory]
    [InlineData("2021-03", "267.74", null, null, false)]               // (10 × 200 + 21 × 300) / 31 = 267.741… → 267.74: paid exactly
    [InlineData("2021-03", "267.73", null, null, true)]                // one cent below
    [InlineData("2021-03", "300.00", null, null, false)]               // above the standard is not R8.7's concern
    [InlineData("2021-02", "200.00", null, null, false)]               // before the change: the old standard
    [InlineData("2021-02", "199.99", null, null, true)]
    [InlineData("2021-04", "200.00", null, null, true)]                // after the change: 300 is due
    [InlineData("2021-04", "150.00", "2021-04-16", null, false)]       // eligible from the 16th: 15 × 300 / 30 = 150.00
    [InlineData("2021-04", "149.99", "2021-04-16", null, true)]
    [InlineData("2021-03", "0.00", "2021-04-01", null, false)]         // eligible only from next month: 0.00 due
    public void R8_7_PaidBelowTheProratedStandard_IsAViolation_ToTheCent(string month, string paid, string? from, string? to, bool violation)
    {
        var found = Subsidy(month, paid, from, to);
        Assert.Equal(violation, found.Count == 1);
        if (violation)
        {
            var f = found[0];
            Assert.Equal(("R8.7", 8, Severity.Violation, month), (f.Rule, f.Clause, f.Severity, f.Period));
            Assert.Equal($"实发 {paid} 元", f.Measured);
            Assert.Equal($"乡镇工作补贴:{month}", f.Topic);
        }
    }

    [Fact]
    public void R8_7_NamesTheAmountDue_AndTheShortfall()
    {
        var f = Assert.Single(Subsidy("2021-03", "200.00"));
        Assert.Equal("不低于 267.74 元（在用标准按日折算）", f.Required);
        Assert.Contains("少发 67.74 元", f.Message, StringComparison.Ordinal);
        Assert.Equal(D("2021-03-31"), f.Due);
    }

    [Theory]
    [InlineData("2021-04", "2021-03-31", false)]   // a month after the evaluation day is not judged yet
    [InlineData("2021-04", "2021-04-01", true)]    // its first day is
    [InlineData("2020-12", "2021-12-31", false)]   // another year's month is that year's finding
    public void R8_7_JudgesTheMonthsOfTheYearBegunByTheDay(string month, string asOf, bool judged) =>
        Assert.Equal(judged, Subsidy(month, "0.01", asOf: asOf).Count == 1);

    [Fact]
    public void R8_7_ANameTheProfileDoesNotHave_IsNotJudged() =>
        Assert.Empty(Subsidy("2021-03", "0.00", name: "不存在的补贴"));

    // --- R8.2 untaken leave without compensation ---

    private static List<Finding> Leave(string serviceStart, int taken, int compensated, string asOf = "2021-12-31") =>
        [.. new UntakenLeaveRule().Evaluate([new LeaveYearFacts(Cadre, 1, 2021, D(serviceStart), taken, compensated)],
            Profile(), new EvaluationContext(2021, D(asOf)))];

    [Theory]
    [InlineData("2020-01-01", 0, 0, true)]       // full 1 year on 2021-01-01: 5 days, none taken, none paid
    [InlineData("2020-01-02", 0, 0, false)]      // one day short of 1 year: entitled to 0
    [InlineData("2011-01-01", 5, 0, true)]       // full 10 years: 10 days, 5 taken, 5 untaken
    [InlineData("2011-01-02", 5, 0, false)]      // 9 years: 5 days, all taken
    [InlineData("2001-01-01", 10, 4, true)]      // full 20 years: 15 days, 5 untaken, 4 paid
    [InlineData("2001-01-01", 10, 5, false)]     // 5 paid: compensated
    [InlineData("2001-01-02", 10, 0, false)]     // 19 years: 10 days, all taken
    [InlineData("2011-01-01", 12, 0, false)]     // more taken than entitled: nothing untaken
    public void R8_2_UntakenDaysAtYearEnd_WithoutCompensation_IsAViolation_AtEveryTier(string serviceStart, int taken, int compensated, bool violation)
    {
        var found = Leave(serviceStart, taken, compensated);
        Assert.Equal(violation, found.Count == 1);
        if (violation)
        {
            Assert.Equal(("R8.2", 8, Severity.Violation, "2021", (DateOnly?)D("2021-12-31")), (found[0].Rule, found[0].Clause, found[0].Severity, found[0].Period, found[0].Due));
        }
    }

    [Fact]
    public void R8_2_IsJudgedOnlyOnceTheYearIsOver()
    {
        Assert.Empty(Leave("2011-01-01", 0, 0, "2021-12-30"));
        var f = Assert.Single(Leave("2011-01-01", 3, 2, "2021-12-31"));
        Assert.Equal("应休 10 天，已休 3 天，未休 7 天，已补偿 2 天", f.Measured);
    }

    [Fact]
    public void R8_2_AMidYearEvaluation_JudgesLastYear_CountingCompensationPaidByTheDay()
    {
        static List<Finding> On(string asOf, int compensated) =>
            [.. new UntakenLeaveRule().Evaluate([new LeaveYearFacts(Cadre, 1, 2021, D("2011-01-01"), 5, compensated)], Profile(), new EvaluationContext(2022, D(asOf)))];
        var f = Assert.Single(On("2022-06-30", 0));
        Assert.Equal(("2021", (DateOnly?)D("2021-12-31")), (f.Period, f.Due));
        Assert.Empty(On("2022-06-30", 5));
        Assert.Empty(On("2022-12-31", 0));   // from 31 December 2022 the year judged is 2022
    }

    [Fact]
    public void R8_2_ACadreWithoutAStartOfService_IsNotJudged() =>
        Assert.Empty(new UntakenLeaveRule().Evaluate([new LeaveYearFacts(Cadre, 1, 2021, null, 0, 0)], Profile(), new EvaluationContext(2021, D("2021-12-31"))));

    // --- R8.1 at entry ---

    [Fact]
    public void R8_1_AtEntry_ReimbursesWithinTheAverage_AndNamesTheFailedTest()
    {
        // Posted from 2021-04-10: by June 3 months served, so the third June trip is allowed and a fourth is not.
        var start = D("2021-04-10");
        var ok = HomeTripEntry.Decide(start, null, [(D("2021-04-20"), 100m), (D("2021-05-20"), 100m)], D("2021-06-20"), 100m, Profile());
        Assert.True(ok.Reimbursed);
        Assert.Equal(TripTest.Passed, ok.FailedTest);

        var over = HomeTripEntry.Decide(start, null, [(D("2021-04-20"), 100m), (D("2021-05-20"), 100m), (D("2021-06-20"), 100m)], D("2021-06-28"), 100m, Profile());
        Assert.False(over.Reimbursed);
        Assert.Equal(TripTest.MonthlyAverage, over.FailedTest);
        Assert.Contains("加本次 4 次，超过平均每月 1 次 × 本年已任职 3 个月 = 3 次", over.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R8_1_AtEntry_TheYearlyMax_AndThePostingPeriod()
    {
        var start = D("2020-01-01");
        var eleven = Enumerable.Range(1, 11).Select(m => (new DateOnly(2021, m, 5), 50m)).ToList();
        Assert.True(HomeTripEntry.Decide(start, null, eleven, D("2021-12-05"), 50m, Profile()).Reimbursed);       // the 12th
        var twelve = eleven.Append((D("2021-12-05"), 50m)).ToList();
        var thirteenth = HomeTripEntry.Decide(start, null, twelve, D("2021-12-20"), 50m, Profile());
        Assert.Equal((false, TripTest.YearlyMax), (thirteenth.Reimbursed, thirteenth.FailedTest));

        Assert.True(HomeTripEntry.Decide(start, D("2021-03-31"), [], D("2021-03-31"), 50m, Profile()).Reimbursed);  // the posting's last day
        var after = HomeTripEntry.Decide(start, D("2021-03-31"), [], D("2021-04-01"), 50m, Profile());
        Assert.Equal((false, TripTest.NotInPosting), (after.Reimbursed, after.FailedTest));
        Assert.Contains("不在异地交流任职期间", after.Reason, StringComparison.Ordinal);
    }
}
