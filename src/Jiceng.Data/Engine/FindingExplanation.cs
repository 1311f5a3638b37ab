namespace Jiceng.Data.Engine;

/// <summary>
/// A written explanation (情况说明) of a finding submitted by those responsible, with attachments, decided by the
/// organization department: accepted (the finding is set aside until a day or for good) or rejected.
/// </summary>
public sealed class FindingExplanation
{
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 500;

    public long Id { get; set; }

    public long FindingId { get; set; }

    public string Text { get; set; } = "";

    public string SubmittedBy { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>Where the finding stood before; a rejection returns it there.</summary>
    public FindingState PreviousState { get; set; }

    public ExplanationDecision Decision { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? DecidedAt { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>An acceptance's end of the set-aside (inclusive); null for good.</summary>
    public DateOnly? SetAsideUntil { get; set; }

    public List<FindingAttachment> Attachments { get; set; } = [];
}

public enum ExplanationDecision
{
    Pending = 0,
    Accepted = 1,
    Rejected = 2,
}

/// <summary>A file of an explanation, kept in the database (bounded size, checked content type: <see cref="Ledger.AttachmentCheck"/>).</summary>
public sealed class FindingAttachment
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxPerExplanation = 3;
    public const int FileNameMaxLength = 128;

    public long Id { get; set; }

    public long ExplanationId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public int Size { get; set; }

    public byte[] Content { get; set; } = [];
}
