using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// The counting convention for yearly minimums and maximums (docs/policy-reference.md, "Yearly counts and yearly
/// minimums"): below a minimum is a violation only once the year is over (as-of on or after 31 December); before
/// that, a count below floor(required × elapsed days / days in the year) is a warning, where elapsed days run from
/// 1 January up to and including the as-of day. Above a maximum is a violation at once.
/// </summary>
public static class YearlyQuota
{
    /// <summary>Days of the evaluated year elapsed on the as-of day, 1 January counting as 1 (0 before the year, the whole year after it).</summary>
    public static int DaysIntoYear(EvaluationContext context) =>
        Math.Clamp(context.AsOf.DayNumber - context.YearStart.DayNumber + 1, 0, DaysIn(context.Year));

    public static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    /// <summary>floor(required × elapsed / days in the year): the least count that is not yet a warning.</summary>
    public static int ProRataFloor(int required, EvaluationContext context) =>
        (int)((long)required * DaysIntoYear(context) / DaysIn(context.Year));

    /// <summary>The severity of <paramref name="count"/> against a minimum, or null when it is not short.</summary>
    public static Severity? BelowMinimum(int count, int minimum, EvaluationContext context) =>
        count >= minimum ? null
        : context.YearIsOver ? Severity.Violation
        : count < ProRataFloor(minimum, context) ? Severity.Warning
        : null;

    /// <summary>A count judged against a {min, max} range: the severity and whether it is the maximum that is broken.</summary>
    public static (Severity Severity, bool AboveMax)? Judge(int count, IntRange range, EvaluationContext context) =>
        count > range.Max ? (Severity.Violation, true)
        : BelowMinimum(count, range.Min, context) is { } s ? (s, false)
        : null;
}
