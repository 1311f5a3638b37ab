using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

public sealed record AuditPurgeResult(bool Refused, int Removed, long AnchorId, string Message);

/// <summary>
/// Removes the oldest entries (a prefix of the chain, all older than the cut-off) once they are past retention,
/// moves the chain's anchor to the last removed entry and records the purge in the chain, in one transaction.
/// </summary>
public static class AuditPurge
{
    public static async Task<AuditPurgeResult> PurgeAsync(JicengDbContext db, DateTime before, int retentionDays, CancellationToken ct = default)
    {
        var days = Math.Max(retentionDays, AuditOptions.MinimumRetentionDays);
        var now = db.AuditClock.GetUtcNow().UtcDateTime;
        var limit = now.AddDays(-days);
        var cutoff = DateTime.SpecifyKind(before, DateTimeKind.Utc);
        if (cutoff > limit)
        {
            return new AuditPurgeResult(true, 0, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"拒绝清理：{cutoff:yyyy-MM-dd} 在保留期（{days} 天）内，最晚只能清理 {limit:yyyy-MM-dd} 之前的条目"));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AuditChain.LockAsync(db, ct);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        // The chain is cut only in front of the first entry at or after the cut-off, so a prefix goes.
        var firstKept = await db.AuditEntries.Where(e => e.At >= cutoff).OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        var lastRemoved = (firstKept ?? head.LastId + 1) - 1;
        var anchor = lastRemoved > head.AnchorId
            ? await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == lastRemoved, ct)
            : null;
        // On a protected PostgreSQL table only the guard function may delete (AuditTableProtection).
        var removed = anchor is null ? 0
            : await AuditTableProtection.PurgeThroughGuardAsync(db, lastRemoved, days, ct)
              ?? await db.AuditEntries.Where(e => e.Id <= lastRemoved).ExecuteDeleteAsync(ct);
        var anchorId = anchor?.Id ?? head.AnchorId;
        var anchorHash = anchor?.Hash ?? head.AnchorHash;
        if (anchor is not null)
        {
            await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.AnchorId, anchorId).SetProperty(h => h.AnchorHash, anchorHash), ct);
        }

        var entry = AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()), AuditAction.Purge, AuditOutcome.Success,
            "AuditEntry", "", new { before = AuditHasher.FormatTime(cutoff), retentionDays = days, removed, anchorId, anchorHash });
        await AuditChain.AppendLockedAsync(db, [entry], ct);
        await tx.CommitAsync(ct);
        return new AuditPurgeResult(false, removed, anchorId, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"已清理 {removed} 条 {cutoff:yyyy-MM-dd} 之前的审计条目"));
    }
}
