using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy.Values;

/// <summary>Statutory paid leave (clause 八): 0 days under 1 year, 5 from 1, 10 from 10, 15 from 20 full years.</summary>
public sealed class LeaveTiersTests
{
    private static readonly LeaveTiers Statutory = new([new LeaveTier(1, 5), new LeaveTier(10, 10), new LeaveTier(20, 15)]);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 5)]
    [InlineData(9, 5)]
    [InlineData(10, 10)]
    [InlineData(19, 10)]
    [InlineData(20, 15)]
    [InlineData(45, 15)]
    public void Days_follow_the_highest_tier_reached(int years, int days) => Assert.Equal(days, Statutory.DaysFor(years));
}
