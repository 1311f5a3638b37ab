using System.Globalization;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using P8 = Jiceng.Core.Policy.ParameterIds.P8;

namespace Jiceng.Core.Tests.Measures.M08Guarantees;

public sealed class CalculatorTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static decimal M(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The example values of clause 八, with one subsidy line rising 200 → 300 on <paramref name="effective"/>.</summary>
    private static PolicyProfile Profile(string effective = "2021-03-11", params (string Id, object Value)[] overrides)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [P8.Subsidies] = new SubsidyStandards([new SubsidyStandard("乡镇工作补贴", [CadreCategory.TownshipCivilServant], 200m, 300m, D(effective))]),
            [P8.TripsPerMonthAvg] = 1, [P8.TripsPerYearMax] = 12,
            [P8.LeaveTiers] = new LeaveTiers([new LeaveTier(1, 5), new LeaveTier(10, 10), new LeaveTier(20, 15)]),
            [P8.UntakenMultiplier] = 3m, [P8.DaysPerMonth] = 21.75m, [P8.PensionSubsidyPerYear] = 1000m,
            [P8.CollectiveIncomeThresholdWan] = 10m, [P8.RewardRatio] = 0.10m, [P8.RewardCapWan] = 5m,
        };
        foreach (var (id, value) in overrides)
        {
            values[id] = value;
        }

        return new PolicyProfile("test", new DateOnly(2020, 1, 1), isExample: true, values);
    }

    private static Calculation Ok(CalcOutcome outcome)
    {
        Assert.Empty(outcome.Errors);
        return outcome.Calculation!;
    }

    // --- subsidy proration ---

    [Theory]
    [InlineData("2021-03", null, null, "2021-03-11", "267.74")]          // (10 × 200 + 21 × 300) / 31 = 267.741… (the reference example)
    [InlineData("2021-03", null, null, "2021-03-01", "300.00")]          // change on the 1st: the whole month new
    [InlineData("2021-03", null, null, "2021-04-01", "200.00")]          // change the day after the month: the whole month old
    [InlineData("2021-03", null, null, "2021-03-31", "203.23")]          // one day new: (30 × 200 + 300) / 31 = 203.225… → half-up 203.23
    [InlineData("2021-03", "2021-03-16", null, "2020-01-01", "154.84")]  // posting from the 16th: 16 days × 300 / 31 = 154.838…
    [InlineData("2021-03", "2021-03-16", null, "2021-03-20", "141.94")]  // from the 16th across a change on the 20th: (4 × 200 + 12 × 300) / 31 = 141.935…
    [InlineData("2021-03", "2021-02-10", "2021-03-05", "2020-01-01", "48.39")] // posting started before the month, ended on the 5th: 5 × 300 / 31 = 48.387…
    [InlineData("2021-03", "2021-04-01", null, "2020-01-01", "0.00")]    // posting starts after the month
    [InlineData("2020-02", null, null, "2020-02-15", "251.72")]          // leap February, 29 days: (14 × 200 + 15 × 300) / 29 = 251.724…
    [InlineData("2021-02", null, null, "2021-02-15", "250.00")]          // common February, 28 days: (14 × 200 + 14 × 300) / 28 = 250
    [InlineData("2020-02", "2020-02-29", null, "2020-01-01", "10.34")]   // only 29 February: 300 / 29 = 10.344…
    public void Subsidy_ProratesByDay_AndRoundsOnceAtTheEnd(string month, string? from, string? to, string effective, string expected)
    {
        var input = new SubsidyInput("乡镇工作补贴", D(month + "-01"), from is null ? null : D(from), to is null ? null : D(to));
        var c = Ok(input.Compute(Profile(effective)));
        Assert.Equal(ExpectedSubsidy(input, D(effective)), c.Amount);
        Assert.Equal(M(expected), c.Amount);
    }

    /// <summary>The same sum done by hand, day by day, to keep the table honest.</summary>
    private static decimal ExpectedSubsidy(SubsidyInput input, DateOnly effective)
    {
        var first = input.From is { } f && f > input.MonthStart ? f : input.MonthStart;
        var last = input.To is { } t && t < input.MonthEnd ? t : input.MonthEnd;
        var sum = 0m;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            sum += d >= effective ? 300m : 200m;
        }

        return decimal.Round(sum / input.MonthEnd.Day, 2, MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void Subsidy_Working_ShowsTheSegments_TheParameter_AndTheClause()
    {
        var c = Ok(new SubsidyInput("乡镇工作补贴", D("2021-03-01")).Compute(Profile()));
        Assert.Equal("第八条", c.Clause);
        Assert.Equal(P8.Subsidies, Assert.Single(c.Parameters).Key);
        Assert.Contains("(10 × 200 + 21 × 300) ÷ 31 = 8300 ÷ 31 = 267.741935… → 四舍五入到分 267.74 元", c.Steps[^1], StringComparison.Ordinal);
        Assert.Equal(["2021-03-01 至 2021-03-10", "2021-03-11 至 2021-03-31"], c.Lines.Select(l => l.Label));
        var text = c.ToText();
        Assert.Contains("月度补贴按日折算（第八条）", text, StringComparison.Ordinal);
        Assert.Contains("结果：267.74 元", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Subsidy_ReadsADatedProfile_DayByDay()
    {
        // P8.subsidies itself changes value on 2021-03-21 (a new profile value with a higher new standard).
        var before = new SubsidyStandards([new SubsidyStandard("乡镇工作补贴", [CadreCategory.TownshipCivilServant], 200m, 300m, D("2020-01-01"))]);
        var after = new SubsidyStandards([new SubsidyStandard("乡镇工作补贴", [CadreCategory.TownshipCivilServant], 300m, 400m, D("2021-03-21"))]);
        var profile = new PolicyProfile("dated", D("2020-01-01"), true, Profile().Values, dated: new Dictionary<string, IReadOnlyList<DatedValue>>
        {
            [P8.Subsidies] = [new DatedValue(D("2020-01-01"), before), new DatedValue(D("2021-03-21"), after)],
        });
        var c = Ok(new SubsidyInput("乡镇工作补贴", D("2021-03-01")).Compute(profile));
        Assert.Equal(Money.Round((20 * 300m + 11 * 400m) / 31), c.Amount);   // 335.48
        Assert.Equal(2, c.Parameters.Count);
    }

    [Fact]
    public void Subsidy_UnknownLine_IsAFieldError_ListingTheLines()
    {
        var outcome = new SubsidyInput("乡镇补贴", D("2021-03-01")).Compute(Profile());
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("subsidy", error.Field);
        Assert.Contains("乡镇工作补贴", error.Message, StringComparison.Ordinal);
    }

    // --- home trips ---

    private static IReadOnlyList<CalculationLine> Trips(string postingStart, string? postingEnd, params string[] trips)
    {
        var input = new TripInput(D(postingStart), postingEnd is null ? null : D(postingEnd),
            [.. trips.Select((t, i) => new TripClaim(i + 1, D(t), 100m))]);
        return Ok(input.Compute(Profile())).Lines;
    }

    [Theory]
    [InlineData("2021-04-10", "2021-06-20", 3)]   // April–June: 3 months
    [InlineData("2020-11-01", "2021-03-05", 3)]   // posted the year before: from 1 January
    [InlineData("2021-01-31", "2021-01-31", 1)]
    [InlineData("2021-12-31", "2021-12-31", 1)]
    public void MonthsServedSoFar_CountsCalendarMonths_BothIncluded(string start, string trip, int months) =>
        Assert.Equal(months, HomeTripDecision.MonthsServedSoFar(D(start), D(trip)));

    [Fact]
    public void Trips_AtTheMonthlyLimit_Accepted_OneOver_Rejected_AndNotCounted()
    {
        // The reference example: posted 2021-04-10, three trips by June accepted, the fourth rejected; July's is then the fourth.
        var lines = Trips("2021-04-10", null, "2021-04-12", "2021-05-12", "2021-06-20", "2021-06-28", "2021-07-05");
        Assert.Equal(["准予报销", "准予报销", "准予报销", "不予报销", "准予报销"], lines.Select(l => l.Status));
        Assert.Contains("加本次 4 次，超过平均每月 1 次 × 本年已任职 3 个月 = 3 次（P8.trips_per_month_avg）", lines[3].Note, StringComparison.Ordinal);
        Assert.Contains("第 4 次", lines[4].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Trips_TheTwelfthAccepted_TheThirteenthRejectedOnTheYearlyMax()
    {
        var dates = Enumerable.Range(1, 12).Select(m => $"2021-{m:00}-10").Append("2021-12-20").ToArray();
        var lines = Trips("2020-06-01", null, dates);
        Assert.All(lines.Take(12), l => Assert.Equal("准予报销", l.Status));
        Assert.Equal("不予报销", lines[12].Status);
        Assert.Contains("超过每年上限 12 次（P8.trips_per_year_max）", lines[12].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Trips_YearlyMaxBelowTheMonthlyAverage_IsTestedFirst()
    {
        var input = new TripInput(D("2021-01-01"), null, [new TripClaim(1, D("2021-03-01"), 100m), new TripClaim(2, D("2021-03-02"), 100m)]);
        var lines = Ok(input.Compute(Profile(overrides: (P8.TripsPerYearMax, 1)))).Lines;
        Assert.Equal("准予报销", lines[0].Status);
        Assert.Contains("P8.trips_per_year_max", lines[1].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-04-09", "不予报销")]   // the day before the posting
    [InlineData("2021-04-10", "准予报销")]   // its first day
    [InlineData("2021-08-31", "准予报销")]   // its last day
    [InlineData("2021-09-01", "不予报销")]   // the day after it ended
    public void Trips_OnlyDuringThePosting(string trip, string status)
    {
        var line = Assert.Single(Trips("2021-04-10", "2021-08-31", trip));
        Assert.Equal(status, line.Status);
        if (status == "不予报销")
        {
            Assert.Contains("不在异地交流任职期间", line.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Trips_AmountIsTheSumOfAcceptedClaims_CountsRestartEachYear_AndDateOrderDecides()
    {
        // Given out of order: the 2022-01-05 claim is the first of 2022; the two December 2021 claims compete for one slot.
        var input = new TripInput(D("2021-12-01"), null,
        [
            new TripClaim(1, D("2022-01-05"), 50.25m), new TripClaim(2, D("2021-12-20"), 80m), new TripClaim(3, D("2021-12-03"), 120.5m),
        ]);
        var c = Ok(input.Compute(Profile()));
        Assert.Equal(["第 3 项 2021-12-03", "第 2 项 2021-12-20", "第 1 项 2022-01-05"], c.Lines.Select(l => l.Label));
        Assert.Equal(["准予报销", "不予报销", "准予报销"], c.Lines.Select(l => l.Status));
        Assert.Equal(170.75m, c.Amount);
    }

    // --- paid annual leave ---

    [Theory]
    [InlineData("2020-01-01", 2021, 1, 5)]     // exactly 1 full year on 1 January
    [InlineData("2020-01-02", 2021, 0, 0)]     // one day short
    [InlineData("2011-01-01", 2021, 10, 10)]   // exactly 10
    [InlineData("2011-01-02", 2021, 9, 5)]     // one day short of 10
    [InlineData("2001-01-01", 2021, 20, 15)]   // exactly 20
    [InlineData("2001-01-02", 2021, 19, 10)]   // one day short of 20
    [InlineData("2021-06-01", 2021, 0, 0)]     // began during the leave year
    public void Leave_Entitlement_ByFullYearsOnJanuaryFirst(string start, int year, int years, int days)
    {
        var input = new LeaveInput(D(start), year, 5000m, 0);
        Assert.Equal(years, input.FullYearsOnJanuaryFirst);
        var c = Ok(input.Compute(Profile()));
        Assert.Contains($"应休年休假 {days} 天", c.Steps[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "1379.31")]    // the reference example: (3 − 1) × 5000 / 21.75 × 3 = 1379.310… (rounding the daily wage first would give 1379.34)
    [InlineData(0, "0.00")]       // nothing untaken
    [InlineData(1, "459.77")]     // 2 × 5000 / 21.75 = 459.770…
    [InlineData(5, "2298.85")]    // all 5 days: 2298.850… → 2298.85
    public void Leave_ExtraPay_RoundedOnceAtTheEnd(int untaken, string expected)
    {
        var c = Ok(new LeaveInput(D("2015-03-01"), 2021, 5000m, untaken).Compute(Profile()));
        Assert.Equal(M(expected), c.Amount);
        Assert.Equal(3, c.Parameters.Count);
    }

    [Fact]
    public void Leave_MoreUntakenThanEntitled_IsRefused()
    {
        var outcome = new LeaveInput(D("2015-03-01"), 2021, 5000m, 6).Compute(Profile());
        Assert.Equal("untaken", Assert.Single(outcome.Errors).Field);
        Assert.Contains("应休的 5 天", outcome.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leave_HalfUpAtTheCent()
    {
        // (2 − 1) × 21.75 × 0.01 … pick a wage whose exact result ends in a half cent: 1 × 43.5 / 21.75 × 1 = 2; use days_per_month 8:
        // (3 − 1) × 10.01 / 8 × 1 = 2.5025 → 2.50; × 5 days = 12.5125 → 12.51; wage 10.02: 2 × 10.02 / 8 = 2.505 → 2.51 (half-up, not to even).
        var c = Ok(new LeaveInput(D("2015-03-01"), 2021, 10.02m, 1).Compute(Profile(overrides: (P8.DaysPerMonth, 8m))));
        Assert.Equal(2.51m, c.Amount);
    }

    // --- pension subsidy ---

    [Theory]
    [InlineData("999.99", "999.99")]
    [InlineData("1000", "1000.00")]
    [InlineData("1000.01", "1000.00")]
    [InlineData("0", "0.00")]
    public void Pension_IsTheContribution_CappedAtTheYearlySubsidy(string contribution, string expected)
    {
        var c = Ok(new PensionInput(M(contribution)).Compute(Profile()));
        Assert.Equal(M(expected), c.Amount);
        Assert.Equal(P8.PensionSubsidyPerYear, Assert.Single(c.Parameters).Key);
    }

    // --- collective reward ---

    [Theory]
    [InlineData("99999.99", "200000", "0.00")]     // one cent below the 10 万元 threshold: nothing
    [InlineData("100000", "200000", "20000.00")]   // at the threshold: 0.10 × 200,000
    [InlineData("100000.01", "200000", "20000.00")]
    [InlineData("100000", "500000", "50000.00")]   // exactly at the 5 万元 cap
    [InlineData("100000", "500000.10", "50000.00")] // above the cap
    [InlineData("100000", "-3000", "0.00")]        // no growth: max(0, …)
    [InlineData("100000", "12345.67", "1234.57")]  // 1234.567 → half-up 1234.57
    [InlineData("100000", "12345.65", "1234.57")]  // 1234.565 → half-up (not to even) 1234.57
    public void Reward_Pool_ThresholdRatioAndCap(string income, string newIncome, string expected)
    {
        var c = Ok(new RewardInput(M(income), M(newIncome), []).Compute(Profile()));
        Assert.Equal(M(expected), c.Amount);
    }

    [Theory]
    [InlineData("100.00", new[] { "1", "1", "1" }, new[] { "33.34", "33.33", "33.33" })]   // one cent left: the first of equal fractions
    [InlineData("100.00", new[] { "1", "2" }, new[] { "33.33", "66.67" })]                 // 33.333… and 66.666…: the larger fraction gets it
    [InlineData("0.02", new[] { "1", "1", "1" }, new[] { "0.01", "0.01", "0.00" })]
    [InlineData("50000.00", new[] { "3", "2", "2", "1" }, new[] { "18750.00", "12500.00", "12500.00", "6250.00" })]
    [InlineData("1000.00", new[] { "0.5", "0.3", "0.2" }, new[] { "500.00", "300.00", "200.00" })]
    [InlineData("10.00", new[] { "1", "1", "1", "1", "1", "1" }, new[] { "1.67", "1.67", "1.67", "1.67", "1.66", "1.66" })]
    public void Reward_Split_AddsUpExactlyToThePool(string pool, string[] weights, string[] expected)
    {
        var shares = CollectiveReward.Split(M(pool), [.. weights.Select(M)]);
        Assert.Equal(expected.Select(M), shares.Select(s => s.Share));
        Assert.Equal(M(pool), shares.Sum(s => s.Share));
    }

    [Fact]
    public void Reward_Working_ListsEachShare_AndTheRemainderCent()
    {
        var c = Ok(new RewardInput(100000m, 1000.01m, [new("张三", 1m), new("李四", 1m), new("王五", 1m)]).Compute(Profile()));
        Assert.Equal(100.00m, c.Amount);                       // 0.10 × 1000.01 = 100.001 → 100.00
        Assert.Equal([33.34m, 33.33m, 33.33m], c.Lines.Select(l => l.Amount!.Value));
        Assert.Contains("尾差", c.Lines[0].Note, StringComparison.Ordinal);
        Assert.DoesNotContain("尾差", c.Lines[1].Note, StringComparison.Ordinal);
    }

    // --- raw inputs (command line, JSON, policy cases) ---

    [Fact]
    public void Parse_ReportsEveryFieldError_InChinese_NamingFieldAndItem()
    {
        var args = new CalcArgs().Add("posting_start", "2021-13-01").Add("trip", "2021-06-20:800").Add("trip", "2021-06-31:80")
            .Add("trip", "2021-06-22").Add("tirp", "x");
        var parse = new HomeTripDecision().Parse(args);
        Assert.Null(parse.Request);
        Assert.Contains(parse.Errors, e => e.Field == "posting_start" && e.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(parse.Errors, e => e.Field == "trip" && e.Message.Contains("第 2 项的日期", StringComparison.Ordinal));
        Assert.Contains(parse.Errors, e => e.Field == "trip" && e.Message.Contains("第 3 项", StringComparison.Ordinal));
        Assert.Contains(parse.Errors, e => e.Field == "tirp" && e.Message.Contains("trip", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ItemsAsTextOrParts_GiveTheSameResult()
    {
        var asText = new CalcArgs().Add("income", "100000").Add("new_income", "1000").Add("cadre", "张三:2").Add("cadre", "李四：1");
        var asParts = new CalcArgs().Add("income", "100000").Add("new_income", "1000")
            .Add("cadre", new CalcArg(null, new Dictionary<string, string> { ["name"] = "张三", ["weight"] = "2" }))
            .Add("cadre", new CalcArg(null, new Dictionary<string, string> { ["name"] = "李四", ["weight"] = "1" }));
        var a = Ok(Calculators.Run(new CollectiveReward(), asText, Profile()));
        var b = Ok(Calculators.Run(new CollectiveReward(), asParts, Profile()));
        Assert.Equal(a.ToText(), b.ToText());
        Assert.Equal([66.67m, 33.33m], a.Lines.Select(l => l.Amount!.Value));
    }

    [Fact]
    public void Calculation_SerialisesToJson_WithTheAmountAndWorking()
    {
        var c = Ok(Calculators.Run(Calculators.Find("leave")!, new CalcArgs().Add("service_start", "2015-03-01").Add("year", "2021")
            .Add("monthly_wage", "5000").Add("untaken", "3"), Profile()));
        var json = JsonSerializer.Serialize(c, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(1379.31m, doc.RootElement.GetProperty("amount").GetDecimal());
        Assert.Equal("第八条", doc.RootElement.GetProperty("clause").GetString());
        Assert.Equal(P8.LeaveTiers, doc.RootElement.GetProperty("parameters")[0].GetProperty("key").GetString());
    }

    [Fact]
    public void EveryCalculator_IsRegistered_WithItsParameters()
    {
        Assert.Equal(["subsidy", "trips", "leave", "pension", "reward", "bonus"], Calculators.All.Select(c => c.Name));
        Assert.All(Calculators.All.SelectMany(c => c.ParameterIds), id => Assert.True(ParameterCatalog.TryGet(id, out _)));
    }
}
