using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using P8 = Jiceng.Core.Policy.ParameterIds.P8;

namespace Jiceng.Core.Tests.Measures.M08Guarantees;

/// <summary>R8.1 as a finding rule: the paid claims decided again, at every boundary of the three tests.</summary>
public sealed class HomeTripRuleTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static PolicyProfile Profile(int perMonth = 1, int perYear = 12) => new("test", new DateOnly(2020, 1, 1), isExample: true,
        new Dictionary<string, object>(StringComparer.Ordinal) { [P8.TripsPerMonthAvg] = perMonth, [P8.TripsPerYearMax] = perYear });

    /// <summary>Paid claims of one posting, ids in the order given.</summary>
    private static List<PaidTripFacts> Paid(string start, string? end, params string[] trips) =>
        [.. trips.Select((t, i) => new PaidTripFacts(Cadre, i + 1, 1, D(start), end is null ? null : D(end), D(t), 100m))];

    private static List<Finding> Judge(IReadOnlyList<PaidTripFacts> facts, PolicyProfile? profile = null, string asOf = "2021-12-31") =>
        [.. new HomeTripRule().Evaluate(facts, profile ?? Profile(), new EvaluationContext(D(asOf).Year, D(asOf)))];

    [Fact]
    public void ThePostingsFirstAndLastDayPass_TheDayBeforeAndTheDayAfterAreViolations()
    {
        var found = Judge(Paid("2021-03-10", "2021-06-30", "2021-03-09", "2021-03-10", "2021-06-30", "2021-07-01"));
        Assert.Equal(["2021-03-09", "2021-07-01"], found.Select(f => f.Topic));
        Assert.All(found, f => Assert.Equal(("R8.1", 8, Severity.Violation, "2021", "在异地交流任职期间（2021-03-10 至 2021-06-30）"),
            (f.Rule, f.Clause, f.Severity, f.Period, f.Required)));
        Assert.Equal(("往返日期 2021-07-01", D("2021-07-01")), (found[1].Measured, found[1].Due));
        Assert.Equal("张三2021-07-01往返交通费 100.00 元已报销，按现有记录应不予报销（不在异地任职期间）：2021-07-01 不在异地交流任职期间（2021-03-10 至 2021-06-30）",
            found[1].Message);
    }

    [Theory]
    [InlineData(12, 12, 0)]   // exactly the yearly max
    [InlineData(12, 11, 1)]   // one more than the max: the 12th
    [InlineData(13, 12, 1)]   // a 13th in December fails the yearly max first (checked before the monthly average)
    public void TheYearsPaidTrips_AtTheYearlyMax_Pass_OneMoreIsAViolation(int trips, int max, int violations)
    {
        // A posting since 2020: 12 months served by December, one trip on the 15th of each month (the 13th on 20 December).
        var dates = Enumerable.Range(1, trips).Select(i => i <= 12 ? $"2021-{i:00}-15" : "2021-12-20").ToArray();
        var found = Judge(Paid("2020-06-01", null, dates), Profile(perMonth: 2, perYear: max));
        Assert.Equal(violations, found.Count);
        if (violations == 1)
        {
            var f = found[0];
            Assert.Equal((string.Create(CultureInfo.InvariantCulture, $"2021年第 {max + 1} 次报销"), $"每年不超过 {max} 次"), (f.Measured, f.Required));
            Assert.Contains("（超过每年报销上限）", f.Message, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"已报销 {max} 次，加本次 {max + 1} 次，超过每年上限 {max} 次（P8.trips_per_year_max）"), f.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheMonthlyAverage_AtTheBoundaryPasses_OneMoreIsAViolation_ThatDoesNotCountLater()
    {
        // From 10 March: 1 trip by March, 2 by April, 3 by May. 2 April is the 3rd by April; it does not count, so 1 May is
        // the 3rd by May and passes; 2 May is then the 4th.
        var found = Judge(Paid("2021-03-10", null, "2021-03-20", "2021-04-01", "2021-04-02", "2021-05-01", "2021-05-02"));
        Assert.Equal(["2021-04-02", "2021-05-02"], found.Select(f => f.Topic));
        Assert.Equal(("2021年第 3 次报销", "不超过平均每月 1 次 × 本年已任职 2 个月 = 2 次"), (found[0].Measured, found[0].Required));
        Assert.Equal(("2021年第 4 次报销", "不超过平均每月 1 次 × 本年已任职 3 个月 = 3 次"), (found[1].Measured, found[1].Required));
        Assert.Contains("（超过平均每月可报销次数）", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsRestartEachYear_AndTripsAfterTheDayOrInAnotherYearAreNotJudged()
    {
        // 2 a year: last year's 12 paid trips do not count in 2021; the trips of July are after the day judged on 30 June
        // (and the third of the year at its end).
        var facts = Paid("2020-01-01", null, [.. Enumerable.Range(1, 12).Select(m => $"2020-{m:00}-15"), "2021-01-15", "2021-07-01", "2021-07-02"]);
        Assert.Empty(Judge(facts, Profile(perYear: 2), asOf: "2021-06-30"));
        Assert.Equal(["2021-07-02"], Judge(facts, Profile(perYear: 2)).Select(f => f.Topic));
    }

    [Fact]
    public void TheLimitsAreTheProfilesInForce_AndEachPostingCountsItsOwnClaims()
    {
        var facts = Paid("2020-06-01", null, "2021-01-15", "2021-02-15", "2021-03-15");
        Assert.Empty(Judge(facts));
        Assert.Equal(["2021-03-15"], Judge(facts, Profile(perYear: 2)).Select(f => f.Topic));

        // A second posting (of the same cadre, as the entry does) counts from its own first claim.
        var other = facts.Select(f => f with { ClaimId = f.ClaimId + 10, PostingId = 2 }).ToList();
        Assert.Equal(["2021-03-15", "2021-03-15#2"], Judge([.. facts, .. other], Profile(perYear: 2)).Select(f => f.Topic));
    }
}
