using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>
/// Keeps the ledger's detail bounded: the value-change events of findings resolved more than the retention period
/// ago are deleted. The ledger row, its lifecycle events (opened, resolved, reopened, assigned, explanations and
/// decisions) and the audit log stay whole.
/// </summary>
public static class LedgerRetention
{
    /// <summary>The default number of days a resolved finding keeps its value changes.</summary>
    public const int DefaultDays = 365;

    /// <returns>The number of events deleted.</returns>
    public static Task<int> PurgeAsync(JicengDbContext db, DateOnly today, int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var before = today.AddDays(-days);
        return db.FindingEvents
            .Where(e => e.Kind == FindingEventKind.ValuesChanged
                && db.Findings.Any(f => f.Id == e.FindingId && f.State == FindingState.Resolved && f.ResolvedOn < before))
            .ExecuteDeleteAsync(ct);
    }
}
