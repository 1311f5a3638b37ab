namespace Jiceng.Data.Exchange;

/// <summary>How an import ended: every row written, or nothing written because rows were refused.</summary>
public enum ImportOutcomeKind
{
    Committed = 1,
    Refused = 2,
}

/// <summary>
/// One import of a file (table <c>import_batches</c>): which kind, which file (name and SHA-256 of its bytes), who,
/// when, the counts and the outcome. A file whose hash was committed before is reported as "already imported".
/// </summary>
public sealed class ImportBatch
{
    public const int KindMaxLength = 32;
    public const int FileNameMaxLength = 255;
    public const int Sha256Length = 64;
    public const int UserNameMaxLength = 256;

    public int Id { get; set; }

    public string Kind { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The importing user's unit (their scope).</summary>
    public int? OrgUnitId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public int Rows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Errors { get; set; }

    public ImportOutcomeKind Outcome { get; set; }
}
