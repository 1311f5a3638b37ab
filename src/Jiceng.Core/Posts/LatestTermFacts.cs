using Jiceng.Core.Findings;

namespace Jiceng.Core.Posts;

/// <summary>
/// The latest term (届) of a township leadership team or a village's two committees that began on or before the
/// evaluation day, one row per unit that has one. R1.4 and R10.6 read it: a term whose end has passed with no later
/// term begun is overdue for its change of term (换届).
/// </summary>
public sealed record LatestTermFacts(Subject Unit, TermBody Body, int Number, DateOnly Start, DateOnly End)
{
    /// <summary>The term is in force through its end date; from the day after, with no successor begun, it is overdue.</summary>
    public bool IsOverdueOn(DateOnly day) => End < day;
}
