using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy.Values;

/// <summary>docs/policy-reference.md: an influence period of M months from day d covers d … d + M months − 1 day.</summary>
public sealed class InfluencePeriodsTests
{
    private static readonly InfluencePeriods Statutory = (InfluencePeriods)ParameterCatalog.Get(ParameterIds.P7.InfluenceMonths).Example!;

    [Theory]
    [InlineData(SanctionKind.Warning, "2020-03-15", "2020-09-14", true)]
    [InlineData(SanctionKind.Warning, "2020-03-15", "2020-09-15", false)]
    [InlineData(SanctionKind.Warning, "2020-03-15", "2020-03-14", false)]
    [InlineData(SanctionKind.Warning, "2020-03-15", "2020-03-15", true)]
    [InlineData(SanctionKind.MajorDemerit, "2020-01-01", "2021-06-30", true)]
    [InlineData(SanctionKind.MajorDemerit, "2020-01-01", "2021-07-01", false)]
    [InlineData(SanctionKind.Dismissal, "2020-02-29", "2022-02-27", true)]
    [InlineData(SanctionKind.Dismissal, "2020-02-29", "2022-02-28", false)]
    public void A_day_is_inside_the_period_up_to_the_day_before_eligibility(SanctionKind kind, string effective, string day, bool within)
    {
        var d = DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(within, Statutory.IsWithin(kind, d, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_table_must_cover_every_sanction_kind() =>
        Assert.Throws<ArgumentException>(() => new InfluencePeriods(new Dictionary<SanctionKind, int> { [SanctionKind.Warning] = 6 }));
}
