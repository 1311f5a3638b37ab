using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>
/// One change in a finding's history, written only when something changes: by an evaluation (opened, values changed,
/// resolved, reopened, set-aside expired) or by a person (assigned, rectifying, explanation submitted, accepted,
/// rejected). Value changes of long-resolved findings may be purged (<see cref="Ledger.LedgerRetention"/>); the rest stays.
/// </summary>
public sealed class FindingEvent
{
    public const int NoteMaxLength = 500;
    public const int ActorMaxLength = 64;

    public long Id { get; set; }

    public long FindingId { get; set; }

    public FindingEventKind Kind { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The run that caused it; null for a person's change.</summary>
    public long? RunId { get; set; }

    /// <summary>The user name of who did it, or "system" for an evaluation.</summary>
    public string Actor { get; set; } = "";

    public FindingState? FromState { get; set; }

    public FindingState ToState { get; set; }

    /// <summary>The severity after a value change (or at opening/reopening).</summary>
    public Severity? Severity { get; set; }

    public string? Measured { get; set; }

    /// <summary>Why: the reason of a decision, the assignee and planned date, the new values in words.</summary>
    public string? Note { get; set; }
}

public enum FindingEventKind
{
    Opened = 0,
    ValuesChanged = 1,
    Resolved = 2,
    Reopened = 3,
    Assigned = 4,
    Rectifying = 5,
    ExplanationSubmitted = 6,
    ExplanationAccepted = 7,
    ExplanationRejected = 8,
    SetAsideExpired = 9,
}
