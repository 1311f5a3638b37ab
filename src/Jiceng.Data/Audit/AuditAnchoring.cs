using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

/// <summary>
/// Moves the anchor forward: the database's chain head is appended to the anchor file only when the chain still holds
/// the last anchored head, so a cut-off tail is never accepted into a new mark. Called periodically by the app, at its
/// shutdown and after every successful <c>jiceng audit verify</c>.
/// </summary>
public static class AuditAnchoring
{
    /// <returns>Null when anchored (or nothing new to anchor); else the problem found, and nothing is appended.</returns>
    public static async Task<string?> AnchorAsync(JicengDbContext db, AuditAnchorFile file, TimeProvider clock, CancellationToken ct = default)
    {
        var read = file.Read();
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        if (read.Latest is { } last)
        {
            if (await CheckAsync(db, head, last, ct) is { } problem)
            {
                return problem;
            }

            if (last.LastId == head.LastId)
            {
                return null;
            }
        }

        file.Append(new AuditHeadMark(clock.GetUtcNow(), head.LastId, head.LastHash));
        return null;
    }

    /// <summary>Whether the chain still holds an anchored head: its entry is there with the anchored hash (or purged since).</summary>
    public static async Task<string?> CheckAsync(JicengDbContext db, AuditChainHead head, AuditHeadMark mark, CancellationToken ct = default)
    {
        if (mark.LastId > head.LastId)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"链尾被截断：锚定文件记录 {mark.At:yyyy-MM-dd HH:mm:ss}（UTC）时链已到条目 {mark.LastId}，数据库中的链只到条目 {head.LastId}");
        }

        // A purged mark is vouched for by the purge record, which the verifier checks against the chain's start.
        if (mark.LastId <= head.AnchorId)
        {
            return null;
        }

        var hash = await db.AuditEntries.AsNoTracking().Where(e => e.Id == mark.LastId).Select(e => e.Hash).FirstOrDefaultAsync(ct);
        return hash == mark.LastHash
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"条目 {mark.LastId} 与锚定文件记录的链头不符（链尾被截断后重写）");
    }
}
