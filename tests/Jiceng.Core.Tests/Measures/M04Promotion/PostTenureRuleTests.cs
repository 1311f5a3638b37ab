using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Measures.M04Promotion;

public sealed class PostTenureRuleTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");

    private static Severity? Judge(string start, string asOf, int years = 5, int warn = 6)
    {
        var facts = new[] { new PostTenureFacts(Cadre, 1, "井坪镇", PostKind.TownshipDeputyHead, "副镇长", DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)) };
        var day = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var profile = TestProfile.With(("P4.max_years_same_post", years), ("P4.tenure_warn_months", warn));
        return new PostTenureRule().Evaluate(facts, profile, new EvaluationContext(day.Year, day)).SingleOrDefault()?.Severity;
    }

    [Theory]
    [InlineData("2015-07-01", "2019-12-31", null)]                 // the day before the warning window
    [InlineData("2015-07-01", "2020-01-01", Severity.Warning)]     // six months before full five years
    [InlineData("2015-07-01", "2020-06-30", Severity.Warning)]     // the last day before the anniversary
    [InlineData("2015-07-01", "2020-07-01", Severity.Violation)]   // full five years on the fifth anniversary
    [InlineData("2015-07-01", "2026-01-01", Severity.Violation)]
    [InlineData("2016-02-29", "2021-02-27", Severity.Warning)]
    [InlineData("2016-02-29", "2021-02-28", Severity.Violation)]   // a 29 February start is full on 28 February
    public void FullYears_AreReachedOnTheAnniversary(string start, string asOf, Severity? expected) =>
        Assert.Equal(expected, Judge(start, asOf));

    [Theory]
    [InlineData(3, 0, "2017-07-01", "2020-06-30", null)]
    [InlineData(3, 0, "2017-07-01", "2020-07-01", Severity.Violation)]
    [InlineData(5, 12, "2015-07-01", "2019-07-01", Severity.Warning)]
    [InlineData(5, 12, "2015-07-01", "2019-06-30", null)]
    public void TheProfileSetsYearsAndWarningWindow(int years, int warn, string start, string asOf, Severity? expected) =>
        Assert.Equal(expected, Judge(start, asOf, years, warn));

    [Fact]
    public void AFinding_CitesClauseFour_AndTheAnniversaryAsDue()
    {
        var facts = new[] { new PostTenureFacts(Cadre, 1, "井坪镇", PostKind.TownshipDeputyHead, "副镇长", new DateOnly(2015, 7, 1)) };
        var f = Assert.Single(new PostTenureRule().Evaluate(facts, TestProfile.With(), new EvaluationContext(2020, new DateOnly(2020, 12, 31))));
        Assert.Equal(("R4.2", 4), (f.Rule, f.Clause));
        Assert.Equal(new DateOnly(2020, 7, 1), f.Due);
        Assert.Contains("副镇长", f.Message, StringComparison.Ordinal);
        Assert.Equal("2020", f.Period);
    }

    [Fact]
    public void NoPosts_NoFindings() =>
        Assert.Empty(new PostTenureRule().Evaluate([], TestProfile.With(), new EvaluationContext(2020, new DateOnly(2020, 12, 31))));
}
