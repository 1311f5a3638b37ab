using System.Globalization;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Tests.Measures.M10VillageCadres;

public sealed class RecruitmentBonusPointsTests
{
    private static PolicyProfile Profile(decimal points = 3m, int cohort = 2018) =>
        TestProfile.With((P.BonusPoints, points), (P.AssistantCohortYear, cohort));

    private static CalcOutcome Run(PolicyProfile profile, params (string Name, string Value)[] inputs)
    {
        var args = new CalcArgs();
        foreach (var (name, value) in inputs)
        {
            args.Add(name, value);
        }

        return Calculators.Run(Calculators.Find("bonus")!, args, profile);
    }

    private static Calculation Ok(CalcOutcome outcome)
    {
        Assert.Empty(outcome.Errors);
        return outcome.Calculation!;
    }

    private static (string, string)[] Inputs(string kind = "village-official", string selected = "2018", string start = "2018-07-01",
        string? end = null, string applied = "2021-05-10", string passed = "是")
    {
        var list = new List<(string, string)> { ("kind", kind), ("selected", selected), ("start", start), ("applied", applied), ("passed", passed) };
        if (end is not null)
        {
            list.Add(("end", end));
        }

        return [.. list];
    }

    // Cohort edges: only village assistants selected in exactly P10.assistant_cohort_year get points; the others of any year.
    [Theory]
    [InlineData("assistant", "2017", "0")]
    [InlineData("assistant", "2018", "3")]
    [InlineData("assistant", "2019", "0")]
    [InlineData("village-official", "2017", "3")]
    [InlineData("village-official", "2019", "3")]
    [InlineData("service-project", "2015", "3")]
    [InlineData("村级助理", "2018", "3")]
    [InlineData("大学生村官", "2016", "3")]
    public void Kind_AndCohortYear(string kind, string selected, string points)
    {
        var c = Ok(Run(Profile(), Inputs(kind: kind, selected: selected, start: "2019-12-01", applied: "2022-03-01")));
        Assert.Equal(decimal.Parse(points, CultureInfo.InvariantCulture), c.Amount);
        Assert.Equal(Calculation.Points, c.Unit);
    }

    // Years-served edges (满 N 年 on the anniversary): started 2018-07-01, full 2 years on 2020-07-01.
    [Theory]
    [InlineData("2018-07-01", null, "2020-06-30", "0")]
    [InlineData("2018-07-01", null, "2020-07-01", "3")]
    [InlineData("2018-07-01", null, "2020-07-02", "3")]
    [InlineData("2018-07-01", "2020-06-30", "2022-01-10", "3")]  // served through 2020-06-30: measured on 2020-07-01
    [InlineData("2018-07-01", "2020-06-29", "2022-01-10", "0")]  // left a day early
    [InlineData("2018-07-01", "2021-12-31", "2020-06-30", "0")]  // still serving on the application day: measured then
    [InlineData("2016-02-29", null, "2018-02-27", "0")]          // a leap-day start is full on 28 February (counting conventions)
    [InlineData("2016-02-29", null, "2018-02-28", "3")]
    public void YearsServed_Edges(string start, string? end, string applied, string points)
    {
        var c = Ok(Run(Profile(), Inputs(selected: "2016", start: start, end: end, applied: applied)));
        Assert.Equal(decimal.Parse(points, CultureInfo.InvariantCulture), c.Amount);
    }

    [Theory]
    [InlineData("是", "3")]
    [InlineData("合格", "3")]
    [InlineData("否", "0")]
    [InlineData("不合格", "0")]
    public void Assessment(string passed, string points) =>
        Assert.Equal(decimal.Parse(points, CultureInfo.InvariantCulture), Ok(Run(Profile(), Inputs(passed: passed))).Amount);

    [Fact]
    public void Points_ComeFromTheProfile_AndTheWorkingShowsEveryTest()
    {
        var c = Ok(Run(Profile(points: 2.5m, cohort: 2019), Inputs(kind: "assistant", selected: "2019", start: "2019-09-01", applied: "2021-09-01")));
        Assert.Equal(2.5m, c.Amount);
        var text = c.ToText();
        Assert.Contains("结果：2.5 分", text, StringComparison.Ordinal);
        Assert.Contains("P10.assistant_cohort_year", text, StringComparison.Ordinal);
        Assert.Contains("满2年之日为2021-09-01", text, StringComparison.Ordinal);
        Assert.All(c.Lines, l => Assert.Equal("符合", l.Status));
        Assert.Equal("第十条", c.Clause);
    }

    [Fact]
    public void Refusal_NamesEveryFailedTest()
    {
        var c = Ok(Run(Profile(), Inputs(kind: "assistant", selected: "2017", start: "2017-09-01", applied: "2018-09-01", passed: "否")));
        Assert.Equal(0m, c.Amount);
        Assert.Contains("不符合：人员类别及选聘年份、服务满2年、服务期考核，不加分（0 分）", c.Steps[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputs_AreFieldErrorsInChinese()
    {
        var outcome = Run(Profile(), ("kind", "teacher"), ("selected", "2020"), ("start", "2019-02-30"), ("applied", "2021-01-01"), ("passed", "也许"));
        Assert.Null(outcome.Calculation);
        Assert.Contains(outcome.Errors, e => e.Field == "kind" && e.Message.Contains("人员类别", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == "start" && e.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == "passed" && e.Message.Contains("服务期考核合格", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2021-06-01", null, "2021-05-31", "start")]      // started after applying
    [InlineData("2018-07-01", "2018-06-30", "2021-05-31", "end")] // ended before starting
    public void InconsistentDates_AreRefused(string start, string? end, string applied, string field)
    {
        var outcome = Run(Profile(), Inputs(selected: "2018", start: start, end: end, applied: applied));
        Assert.Contains(outcome.Errors, e => e.Field == field);
    }

    [Fact]
    public void SelectedAfterStart_IsRefused() =>
        Assert.Contains(Run(Profile(), Inputs(selected: "2019", start: "2018-07-01")).Errors, e => e.Field == "selected");

    [Fact]
    public void MoneyCalculators_StillSayYuan()
    {
        var c = Ok(Calculators.Run(Calculators.Find("pension")!, new CalcArgs().Add("contribution", "800"),
            TestProfile.With((ParameterIds.P8.PensionSubsidyPerYear, 1000m))));
        Assert.Equal(Calculation.Yuan, c.Unit);
        Assert.Contains("结果：800.00 元", c.ToText(), StringComparison.Ordinal);
    }
}
