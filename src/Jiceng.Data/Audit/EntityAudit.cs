using System.Globalization;
using Jiceng.Data.Engine;
using Jiceng.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jiceng.Data.Audit;

/// <summary>
/// Turns the change tracker's added, modified and deleted entities into audit entries with before/after values.
/// Captured before the save (original values), completed after it (generated keys).
/// </summary>
internal static class EntityAudit
{
    /// <summary>Not audited row by row: the log itself, the ledger's staging and events (the ledger row's change is audited), attachments' bytes, password history (hashes).</summary>
    private static readonly HashSet<Type> Skipped = [typeof(AuditEntry), typeof(AuditChainHead), typeof(FindingStageRow), typeof(FindingEvent), typeof(FindingAttachment), typeof(PasswordHistoryEntry)];

    /// <summary>Sign-in bookkeeping of a user: a change of only these is no audited write (the sign-in entry covers it).</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        "AccessFailedCount", "LockoutEnd", "SecurityStamp", "ConcurrencyStamp",
        "LastTotpTimeStep",
    };

    internal sealed record Change(EntityEntry Entry, AuditAction Action, Dictionary<string, object?>? Before, IReadOnlyList<string> Properties);

    public static List<Change> Collect(ChangeTracker tracker)
    {
        var changes = new List<Change>();
        foreach (var entry in tracker.Entries())
        {
            if (Skipped.Contains(entry.Metadata.ClrType) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var name = RecordType(entry);
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new Change(entry, AuditAction.Create, null, entry.Properties.Select(p => p.Metadata.Name).ToList()));
                    break;
                case EntityState.Deleted:
                    var all = entry.Properties.Select(p => p.Metadata.Name).ToList();
                    changes.Add(new Change(entry, AuditAction.Delete, Values(name, entry, all, original: true), all));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                        .Select(p => p.Metadata.Name).ToList();
                    var bookkeepingOnly = entry.Entity is AppUser && changed.All(Bookkeeping.Contains);
                    if (changed.Count > 0 && !bookkeepingOnly)
                    {
                        changes.Add(new Change(entry, AuditAction.Update, Values(name, entry, changed, original: true), changed));
                    }

                    break;
                case EntityState.Detached:
                case EntityState.Unchanged:
                    break;
            }
        }

        return changes;
    }

    /// <summary>The entry of a change, once saved (keys are known).</summary>
    public static AuditEntry ToEntry(Change change, AuditActor actor, DateTime at)
    {
        var name = RecordType(change.Entry);
        object details = change.Action switch
        {
            AuditAction.Create => new { after = Values(name, change.Entry, change.Properties, original: false) },
            AuditAction.Delete => new { before = change.Before },
            _ => new { before = change.Before, after = Values(name, change.Entry, change.Properties, original: false) },
        };
        return AuditChain.NewEntry(actor, at, change.Action, AuditOutcome.Success, name, KeyOf(change.Entry), details);
    }

    /// <summary>
    /// The entry a save would write for this new entity, for writers that insert without the change tracker (an
    /// import's bulk path): the same record type, key and details; <paramref name="shadow"/> gives shadow values.
    /// </summary>
    public static AuditEntry Created(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object entity, Func<Microsoft.EntityFrameworkCore.Metadata.IProperty, object?> shadow, AuditActor actor, DateTime at)
    {
        var name = type.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in type.GetProperties())
        {
            values[p.Name] = AuditValues.IsSecret(name, p.Name) ? AuditValues.Redacted
                : AuditValues.Show(p.IsShadowProperty() ? shadow(p) : p.GetGetter().GetClrValue(entity));
        }

        var key = type.FindPrimaryKey();
        var id = key is null ? "" : string.Join(",", key.Properties.Select(p => Convert.ToString(p.GetGetter().GetClrValue(entity), CultureInfo.InvariantCulture)));
        return AuditChain.NewEntry(actor, at, AuditAction.Create, AuditOutcome.Success, name, id, new { after = values });
    }

    private static Dictionary<string, object?> Values(string entityName, EntityEntry entry, IEnumerable<string> properties, bool original)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            var prop = entry.Property(p);
            values[p] = AuditValues.IsSecret(entityName, p) ? AuditValues.Redacted : AuditValues.Show(original ? prop.OriginalValue : prop.CurrentValue);
        }

        return values;
    }

    private static string RecordType(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }
}
