namespace Jiceng.Core.Common;

/// <summary>Counting of full years (满 N 年): reached on the N-th anniversary (docs/policy-reference.md, counting conventions).</summary>
public static class Ages
{
    /// <summary>Full years from <paramref name="from"/> to <paramref name="on"/>; a 29 February start is reached on 28 February in common years.</summary>
    public static int FullYears(DateOnly from, DateOnly on)
    {
        var years = on.Year - from.Year;
        return on < AddYearsClamped(from, years) ? years - 1 : years;
    }

    /// <summary>The N-th anniversary: <paramref name="from"/> plus N years, 29 February clamped to 28 February.</summary>
    public static DateOnly AddYearsClamped(DateOnly from, int years) => from.AddYears(years);
}
