using Jiceng.Core.Common;

namespace Jiceng.Core.Tests.Common;

/// <summary>满 N 年: full N years are reached on the N-th anniversary.</summary>
public sealed class AgesTests
{
    [Theory]
    [InlineData("2015-07-01", "2020-07-01", 5)]
    [InlineData("2015-07-01", "2020-06-30", 4)]
    [InlineData("2015-07-01", "2020-07-02", 5)]
    [InlineData("2015-07-01", "2015-07-01", 0)]
    [InlineData("2015-07-01", "2016-06-30", 0)]
    [InlineData("2015-07-01", "2016-07-01", 1)]
    [InlineData("1985-03-15", "2003-03-14", 17)]
    [InlineData("1985-03-15", "2003-03-15", 18)]
    [InlineData("1985-12-31", "2025-12-30", 39)]
    [InlineData("1985-12-31", "2025-12-31", 40)]
    [InlineData("1985-01-01", "2025-12-31", 40)]
    // A 29 February start is reached on 28 February in common years, on 29 February in leap years.
    [InlineData("2000-02-29", "2001-02-27", 0)]
    [InlineData("2000-02-29", "2001-02-28", 1)]
    [InlineData("2000-02-29", "2001-03-01", 1)]
    [InlineData("2000-02-29", "2003-02-28", 3)]
    [InlineData("2000-02-29", "2004-02-28", 3)]
    [InlineData("2000-02-29", "2004-02-29", 4)]
    [InlineData("1996-02-29", "2014-02-28", 18)]
    [InlineData("1996-02-29", "2014-02-27", 17)]
    // A 28 February start is not moved by leap years.
    [InlineData("2003-02-28", "2004-02-28", 1)]
    [InlineData("2003-02-28", "2004-02-27", 0)]
    public void FullYears_are_reached_on_the_anniversary(string from, string on, int years) =>
        Assert.Equal(years, Ages.FullYears(Day(from), Day(on)));

    [Theory]
    [InlineData("2000-02-29", 1, "2001-02-28")]
    [InlineData("2000-02-29", 4, "2004-02-29")]
    [InlineData("2000-02-29", 100, "2100-02-28")]
    [InlineData("2015-07-01", 5, "2020-07-01")]
    [InlineData("2015-07-01", 0, "2015-07-01")]
    public void The_anniversary_of_29_February_is_28_February_in_common_years(string from, int years, string anniversary) =>
        Assert.Equal(Day(anniversary), Ages.AddYearsClamped(Day(from), years));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
