using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

/// <summary>The outcome of a chain check: OK with the count, or the first bad entry and what is wrong with it; the anchored head it was checked against.</summary>
public sealed record AuditVerification(bool Ok, long Count, long? FirstBadId, string? Problem)
{
    public AuditHeadMark? Anchored { get; init; }
}

/// <summary>
/// Recomputes the chain from its anchor: ids without gaps, each entry's keyed hash over its fields and the previous
/// hash, each link to its predecessor, and the head's last entry (a deleted tail shows there); then, given the anchor
/// file, that the chain still holds the head anchored outside the database (a cut-off tail with the head moved back).
/// </summary>
public static class AuditVerifier
{
    private const int Batch = 1000;

    public static async Task<AuditVerification> VerifyAsync(JicengDbContext db, CancellationToken ct = default) =>
        await VerifyAsync(db, null, ct);

    public static async Task<AuditVerification> VerifyAsync(JicengDbContext db, AuditAnchorFile? anchor, CancellationToken ct = default)
    {
        var key = db.KeyRing.AuditChainKey;
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var expectedId = head.AnchorId + 1;
        var prevHash = head.AnchorHash;
        long count = 0;
        AuditEntry? lastPurge = null;
        var afterId = head.AnchorId;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var e in batch)
            {
                if (e.Id != expectedId)
                {
                    return Bad(count, expectedId, string.Create(CultureInfo.InvariantCulture, $"条目 {expectedId} 缺失（已被删除），其后为条目 {e.Id}"));
                }

                if (AuditHasher.Compute(e, key) != e.Hash)
                {
                    return Bad(count, e.Id, AuditHasher.ComputeUnkeyed(e) == e.Hash
                        ? string.Create(CultureInfo.InvariantCulture, $"条目 {e.Id} 的哈希未用审计密钥计算（旧版哈希链尚未迁移，或被人以标准 SM3 重算）")
                        : string.Create(CultureInfo.InvariantCulture, $"条目 {e.Id} 的内容或位置被改动（哈希不符）"));
                }

                if (e.PrevHash != prevHash)
                {
                    return Bad(count, e.Id, string.Create(CultureInfo.InvariantCulture, $"条目 {e.Id} 与前一条目不衔接（顺序被调换或前一条目被改动）"));
                }

                if (e.Action == AuditAction.Purge)
                {
                    lastPurge = e;
                }

                prevHash = e.Hash;
                expectedId++;
                count++;
            }

            afterId = batch[^1].Id;
        }

        if (expectedId - 1 != head.LastId || prevHash != head.LastHash)
        {
            return Bad(count, expectedId, string.Create(CultureInfo.InvariantCulture, $"条目 {expectedId} 起至 {head.LastId} 缺失（末尾条目被删除）或链头被改动"));
        }

        if (head.AnchorId > 0 && !AnchorMatches(lastPurge, head))
        {
            return Bad(count, head.AnchorId + 1, "链的起点与最近一次清理记录不符");
        }

        if (anchor is null)
        {
            return new AuditVerification(true, count, null, null);
        }

        var read = anchor.Read();
        if (read.Problem is not null)
        {
            return Bad(count, null, read.Problem);
        }

        if (read.Latest is { } mark && await AuditAnchoring.CheckAsync(db, head, mark, ct) is { } problem)
        {
            return Bad(count, Math.Min(mark.LastId, head.LastId + 1), problem) with { Anchored = mark };
        }

        return new AuditVerification(true, count, null, null) { Anchored = read.Latest };
    }

    /// <summary>A moved anchor (entries cut from the start without a purge) does not match what the last purge recorded.</summary>
    private static bool AnchorMatches(AuditEntry? purge, AuditChainHead head)
    {
        if (purge is null)
        {
            return false;
        }

        using var doc = JsonDocument.Parse(purge.Details);
        return doc.RootElement.TryGetProperty("anchorId", out var id) && id.GetInt64() == head.AnchorId
            && doc.RootElement.TryGetProperty("anchorHash", out var hash) && hash.GetString() == head.AnchorHash;
    }

    private static AuditVerification Bad(long count, long? id, string problem) => new(false, count, id, problem);
}
