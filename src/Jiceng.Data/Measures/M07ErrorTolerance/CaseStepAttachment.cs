namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>
/// A document of an error-tolerance case step (a scan of a verification report, a determination, a decision), kept in
/// the database like the ledger's attachments (<see cref="Engine.Ledger.AttachmentCheck"/>: size, type and first bytes
/// checked) and, as a case detail, encrypted at rest. Read only by discipline readers, each download audited.
/// </summary>
public sealed class CaseStepAttachment
{
    /// <summary>The most files one step keeps.</summary>
    public const int MaxPerStep = 10;

    /// <summary>The most files one upload adds.</summary>
    public const int MaxPerUpload = 3;

    public long Id { get; set; }

    public int StepId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public int Size { get; set; }

    public byte[] Content { get; set; } = [];
}
