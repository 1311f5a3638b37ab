using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>
/// A finding of a run being reconciled, bulk-copied into a staging table so the ledger's transitions are a few
/// set-based statements (<see cref="Ledger.FindingLedger"/>). Rows live only during the reconciliation.
/// </summary>
public sealed class FindingStageRow
{
    public long RunId { get; set; }

    public int Ordinal { get; set; }

    public string Rule { get; set; } = "";

    public int Clause { get; set; }

    public Severity Severity { get; set; }

    public SubjectKind SubjectKind { get; set; }

    public int SubjectId { get; set; }

    public string SubjectCode { get; set; } = "";

    public string SubjectName { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitPath { get; set; } = "/";

    public int? TownshipId { get; set; }

    public string Period { get; set; } = "";

    public string Measured { get; set; } = "";

    public string Required { get; set; } = "";

    public string Message { get; set; } = "";

    public DateOnly? Due { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The parameter values used, as <see cref="FindingRecord.ParametersUsed"/>.</summary>
    public string ParametersUsed { get; set; } = "";
}
