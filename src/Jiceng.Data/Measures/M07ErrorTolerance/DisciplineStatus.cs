using Jiceng.Core.Measures.M07ErrorTolerance;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>Where a sanction stands on a day, as the lists show it.</summary>
public enum SanctionState
{
    /// <summary>影响期内: d … d + M months − 1 day, neither revoked nor lifted.</summary>
    InPeriod = 1,
    /// <summary>影响期满.</summary>
    Ended = 2,
    /// <summary>已撤销 (from the revocation day).</summary>
    Revoked = 3,
    /// <summary>容错免责: lifted by a linked case's decision.</summary>
    Lifted = 4,
}

/// <summary>Where a false accusation's name clearing stands (R7.3).</summary>
public enum ClarificationState
{
    /// <summary>Not concluded false: nothing to clear.</summary>
    NotNeeded = 0,
    /// <summary>Concluded false, not yet cleared, still within P7.clarify_days.</summary>
    Due = 1,
    /// <summary>Concluded false, not cleared, past the deadline (R7.3).</summary>
    Overdue = 2,
    /// <summary>Cleared by the deadline.</summary>
    Done = 3,
    /// <summary>Cleared after the deadline (R7.3).</summary>
    Late = 4,
}

/// <summary>
/// The lists' readings of clause 七's counting conventions, the same as the rules': a case is overdue from received +
/// P7.case_days + 1 (R7.1), a clarification from concluded + P7.clarify_days + 1 (R7.3); a sanction's period ends the day
/// before d + M months, a revocation or a 容错免责 decision counts from its day (R7.2).
/// </summary>
public static class DisciplineStatus
{
    public static SanctionState StateOn(this SanctionRow s, DateOnly day) =>
        s.ExemptedOn is { } e && e <= day ? SanctionState.Lifted
        : s.RevokedOn is { } r && r <= day ? SanctionState.Revoked
        : day < s.EligibleAgainOn ? SanctionState.InPeriod
        : SanctionState.Ended;

    /// <summary>The last day of the influence period.</summary>
    public static DateOnly PeriodEnd(this SanctionRow s) => s.EligibleAgainOn.AddDays(-1);

    /// <summary>The last day a case may stay undecided (R7.1).</summary>
    public static DateOnly DueOn(this CaseRow c, int caseDays) => c.ReceivedOn.AddDays(caseDays);

    /// <summary>Days from receipt to the decision, or to <paramref name="today"/> while open.</summary>
    public static int DaysOpen(this CaseRow c, DateOnly today) => (c.DecidedOn ?? today).DayNumber - c.ReceivedOn.DayNumber;

    /// <summary>R7.1 on <paramref name="today"/>: undecided after the deadline.</summary>
    public static bool Overdue(this CaseRow c, int caseDays, DateOnly today) => c.Decision is null && today > c.DueOn(caseDays);

    /// <summary>The last day of the name clearing, for accusations concluded 不实 or 诬告.</summary>
    public static DateOnly? ClarifyDueOn(this AccusationRow a, int clarifyDays) =>
        Accusation.IsFalse(a.Conclusion) && a.ConcludedOn is { } c ? c.AddDays(clarifyDays) : null;

    public static ClarificationState Clarification(this AccusationRow a, int clarifyDays, DateOnly today) =>
        a.ClarifyDueOn(clarifyDays) is not { } due ? ClarificationState.NotNeeded
        : a.ClarifiedOn is { } on ? (on <= due ? ClarificationState.Done : ClarificationState.Late)
        : today > due ? ClarificationState.Overdue
        : ClarificationState.Due;
}
