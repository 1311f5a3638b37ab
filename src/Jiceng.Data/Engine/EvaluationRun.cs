namespace Jiceng.Data.Engine;

/// <summary>
/// One evaluation: which year and day were judged, under which profile version, for which scope, how long it took
/// and what it found. A dashboard reads the last run; a trend reads several.
/// </summary>
public sealed class EvaluationRun
{
    public const int TriggerMaxLength = 16;

    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StartedAt { get; set; }

    public int Year { get; set; }

    public DateOnly AsOf { get; set; }

    public string ProfileName { get; set; } = "";

    public DateOnly ProfileEffectiveFrom { get; set; }

    /// <summary>The org unit whose subtree was evaluated.</summary>
    public int ScopeOrgUnitId { get; set; }

    public string ScopePath { get; set; } = "/";

    public long DurationMs { get; set; }

    public int Violations { get; set; }

    public int Warnings { get; set; }

    public int Infos { get; set; }

    /// <summary>Findings first seen by this run (opened in the ledger).</summary>
    public int Opened { get; set; }

    /// <summary>Open findings this run no longer found (resolved in the ledger).</summary>
    public int Resolved { get; set; }

    /// <summary>Resolved findings this run found again.</summary>
    public int Reopened { get; set; }

    /// <summary>cli | nightly | manual | test.</summary>
    public string Trigger { get; set; } = "";
}
