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

/// <summary>A file of an explanation, kept in the database (bounded size, checked content type).</summary>
public sealed class FindingAttachment
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerExplanation = 5;
    public const int FileNameMaxLength = 128;

    /// <summary>What may be attached: PDF, images and office documents, recognised by their first bytes too.</summary>
    public static IReadOnlyList<string> ContentTypes { get; } = ["application/pdf", "image/png", "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];

    public long Id { get; set; }

    public long ExplanationId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public int Size { get; set; }

    public byte[] Content { get; set; } = [];
}
