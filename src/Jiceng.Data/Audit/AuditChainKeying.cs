using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

/// <summary>
/// Migrates a chain written before keying (plain SM3) to HMAC-SM3, once, at start-up: only when every entry verifies
/// (plain entries first, then keyed ones, every link intact) and the anchor file has no mark yet. Once a head has been
/// anchored the chain is never re-keyed again, so a chain recomputed with plain SM3 by someone without the key is
/// reported by <c>jiceng audit verify</c>, not laundered. The re-keying is itself an audit entry (the old head hash kept).
/// </summary>
public static class AuditChainKeying
{
    private const int Batch = 1000;

    /// <returns>How many entries were re-keyed (0 when there was nothing to do or the chain does not verify).</returns>
    public static async Task<int> RunAsync(JicengDbContext db, AuditAnchorFile anchor, CancellationToken ct = default)
    {
        if (anchor.Read().Marks.Count > 0 || !await NeedsKeyingAsync(db, ct))
        {
            return 0;
        }

        var key = db.KeyRing.AuditChainKey;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AuditChain.LockAsync(db, ct);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var prevHash = head.AnchorHash;
        var afterId = head.AnchorId;
        var rekeyed = 0;
        while (await db.AuditEntries.AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var e in batch)
            {
                e.PrevHash = prevHash;
                e.Hash = AuditHasher.Compute(e, key);
                await db.AuditEntries.Where(x => x.Id == e.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.PrevHash, e.PrevHash).SetProperty(x => x.Hash, e.Hash), ct);
                prevHash = e.Hash;
                rekeyed++;
            }

            afterId = batch[^1].Id;
        }

        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastHash, prevHash), ct);
        var entry = AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()), AuditAction.Update, AuditOutcome.Success,
            "AuditChain", "", new { rekeyed, previousLastHash = head.LastHash, algorithm = "HMAC-SM3" });
        await AuditChain.AppendLockedAsync(db, [entry], ct);
        await tx.CommitAsync(ct);
        return rekeyed;
    }

    /// <summary>True when the chain starts with plain-SM3 entries and verifies throughout (plain, then keyed).</summary>
    private static async Task<bool> NeedsKeyingAsync(JicengDbContext db, CancellationToken ct)
    {
        var key = db.KeyRing.AuditChainKey;
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var prevHash = head.AnchorHash;
        var expectedId = head.AnchorId + 1;
        // The usual case, cheaply: a chain that starts keyed was keyed from the start (or re-keyed as a whole).
        var first = await db.AuditEntries.AsNoTracking().Where(e => e.Id == expectedId).FirstOrDefaultAsync(ct);
        if (first is null || AuditHasher.Compute(first, key) == first.Hash)
        {
            return false;
        }

        var plain = 0;
        var keyedSeen = false;
        while (await db.AuditEntries.AsNoTracking().Where(e => e.Id >= expectedId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var e in batch)
            {
                var keyed = AuditHasher.Compute(e, key) == e.Hash;
                var isPlain = !keyed && AuditHasher.ComputeUnkeyed(e) == e.Hash;
                if (e.Id != expectedId || e.PrevHash != prevHash || !(keyed || isPlain) || (isPlain && keyedSeen))
                {
                    return false;
                }

                keyedSeen |= keyed;
                plain += isPlain ? 1 : 0;
                prevHash = e.Hash;
                expectedId++;
            }
        }

        return plain > 0 && prevHash == head.LastHash && expectedId - 1 == head.LastId;
    }
}
