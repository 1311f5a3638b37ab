using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

/// <summary>
/// Appends entries to the chain inside the caller's transaction. <see cref="Lock"/> updates the head row first,
/// which serialises appends: on PostgreSQL the row stays locked until commit, on SQLite the update takes the
/// database's write lock before the head is read. The one reviewed place that writes the log with raw SQL
/// (an insert beside the tracked business changes, which must not be saved twice).
/// </summary>
public static class AuditChain
{
    public static AuditEntry NewEntry(AuditActor actor, DateTime at, AuditAction action, AuditOutcome outcome, string recordType, string recordId, object? details) => new()
    {
        At = at,
        UserName = Cut(actor.UserName, AuditEntry.UserNameMaxLength),
        Roles = Cut(actor.Roles, AuditEntry.RolesMaxLength),
        OrgUnitId = actor.OrgUnitId,
        ClientAddress = Cut(actor.ClientAddress, AuditEntry.ClientAddressMaxLength),
        Action = action,
        RecordType = Cut(recordType, AuditEntry.RecordTypeMaxLength),
        RecordId = Cut(recordId, AuditEntry.RecordIdMaxLength),
        Outcome = outcome,
        Details = AuditValues.Serialize(details, actor.ApiTokenId),
    };

    public static async Task LockAsync(JicengDbContext db, CancellationToken ct) =>
        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Appends, h => h.Appends + 1), ct);

    public static void Lock(JicengDbContext db) =>
        db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdate(s => s.SetProperty(h => h.Appends, h => h.Appends + 1));

    /// <summary>Numbers, links and hashes the entries and inserts them; call after <see cref="LockAsync"/> in the same transaction.</summary>
    public static async Task AppendLockedAsync(JicengDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        Link(head, entries, db.KeyRing.AuditChainKey);
        foreach (var e in entries)
        {
            await db.Database.ExecuteSqlAsync(Insert(e), ct);
        }

        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastId, head.LastId).SetProperty(h => h.LastHash, head.LastHash), ct);
    }

    public static void AppendLocked(JicengDbContext db, IReadOnlyList<AuditEntry> entries)
    {
        var head = db.AuditChainHeads.AsNoTracking().Single(h => h.Id == AuditChainHead.SingletonId);
        Link(head, entries, db.KeyRing.AuditChainKey);
        foreach (var e in entries)
        {
            db.Database.ExecuteSql(Insert(e));
        }

        db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdate(s => s.SetProperty(h => h.LastId, head.LastId).SetProperty(h => h.LastHash, head.LastHash));
    }

    /// <summary>Appends entries in a transaction of their own (or the caller's, when one is open).</summary>
    public static async Task AppendAsync(JicengDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await LockAsync(db, ct);
            await AppendLockedAsync(db, entries, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The chain's head as stored (for a bulk append: <see cref="Link"/> entries to it, write them, then <see cref="SaveHeadAsync"/>); call after <see cref="LockAsync"/>.</summary>
    internal static Task<AuditChainHead> HeadAsync(JicengDbContext db, CancellationToken ct) =>
        db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);

    internal static Task SaveHeadAsync(JicengDbContext db, AuditChainHead head, CancellationToken ct) =>
        db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastId, head.LastId).SetProperty(h => h.LastHash, head.LastHash), ct);

    internal static void Link(AuditChainHead head, IReadOnlyList<AuditEntry> entries, byte[] key)
    {
        foreach (var e in entries)
        {
            e.Id = head.LastId + 1;
            e.PrevHash = head.LastHash;
            e.Hash = AuditHasher.Compute(e, key);
            head.LastId = e.Id;
            head.LastHash = e.Hash;
        }
    }

    private static FormattableString Insert(AuditEntry e) =>
        $"""
        INSERT INTO audit_entries (id, at, user_name, roles, org_unit_id, client_address, action, record_type, record_id, outcome, details, prev_hash, hash)
        VALUES ({e.Id}, {e.At}, {e.UserName}, {e.Roles}, {e.OrgUnitId}, {e.ClientAddress}, {e.Action.ToString()}, {e.RecordType}, {e.RecordId}, {e.Outcome.ToString()}, {e.Details}, {e.PrevHash}, {e.Hash})
        """;

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
