using Jiceng.Core.Org;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>Where an import stands, for progress bars: reading and checking rows, then writing them.</summary>
public enum ImportStage
{
    Reading,
    Writing,
    Done,
}

/// <summary>A progress report: the stage, how many rows are done, of how many (0 while unknown).</summary>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total);

/// <summary>How many rows were read, and of those written how many were new, changed, or already as the file says.</summary>
public sealed class ImportCounts
{
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}

/// <summary>The refusals of one import: all are counted, the first <see cref="Kept"/> are kept for the preview and the report
/// (safe to add from the reading task and the writing one of a batched kind).</summary>
public sealed class ImportErrors
{
    public const int Kept = 10_000;

    private readonly List<ImportError> _items = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportError> Items => _items;

    public void Add(ImportError e)
    {
        lock (_items)
        {
            Count++;
            if (_items.Count < Kept)
            {
                _items.Add(e);
            }
        }
    }

    public void AddRange(IEnumerable<ImportError> errors)
    {
        foreach (var e in errors)
        {
            Add(e);
        }
    }
}

/// <summary>A unit as imports refer to it: by its 12-digit code.</summary>
public sealed record UnitRef(int Id, string Code, string Name, OrgUnitKind Kind, string Path, int? ParentId, bool IsRemoteHardship);

/// <summary>One import's context: the database, the user's scope and rights, the day, and what the kind has found so far.</summary>
public sealed class ImportSession(JicengDbContext db, DataScope scope, DateOnly today, IProgress<ImportProgress>? progress)
{
    private Dictionary<string, UnitRef>? _units;

    public JicengDbContext Db { get; } = db;

    public DataScope Scope { get; } = scope;

    public DateOnly Today { get; } = today;

    /// <summary>Only the organization department decides which units are remote and hardship areas (as the API).</summary>
    public bool MaySetRemoteHardship { get; init; }

    /// <summary>The policy profile in force on a day, for kinds that apply a measure's rule (grades: R5.1); null when none is loaded.</summary>
    public Func<DateOnly, Core.Policy.PolicyProfile>? ProfileOn { get; init; }

    public ImportCounts Counts { get; } = new();

    public ImportErrors Errors { get; } = new();

    /// <summary>What a kind tells of a file that is not a refusal (e.g. the claims R8.1 decided not reimbursable), shown with the result.</summary>
    public List<string> Notices { get; } = [];

    /// <summary>Counts the existing records a kind has just assigned as updated (the change tracker saw a change) or unchanged.</summary>
    public void CountChanges(IEnumerable<object> existing)
    {
        Db.ChangeTracker.DetectChanges();
        foreach (var entity in existing)
        {
            if (Db.Entry(entity).State == Microsoft.EntityFrameworkCore.EntityState.Modified)
            {
                Counts.Updated++;
            }
            else
            {
                Counts.Unchanged++;
            }
        }
    }

    public void Report(ImportStage stage, int done, int total)
    {
        if (progress is not null && (done % 100 == 0 || done == total))
        {
            progress.Report(new ImportProgress(stage, done, total));
        }
    }

    /// <summary>Every unit of the database by code (one query, cached): scope is checked by <see cref="InScope"/>, so a
    /// unit outside the user's scope gets the same answer as a unit that does not exist.</summary>
    public async Task<IReadOnlyDictionary<string, UnitRef>> UnitsAsync(CancellationToken ct)
    {
        _units ??= await Db.OrgUnits.AsNoTracking()
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.Kind, u.Path, u.ParentId, u.IsRemoteHardship))
            .ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        return _units;
    }

    /// <summary>The unit with this code when it lies in the user's scope.</summary>
    public UnitRef? UnitInScope(string? code) =>
        code is not null && _units is not null && _units.TryGetValue(code, out var u) && InScope(u) ? u : null;

    public bool InScope(UnitRef unit) => Scope.Contains(unit.Path);

    /// <summary>
    /// Writes new entities of one type through the bulk path (PostgreSQL binary COPY, SQLite a prepared insert) in the
    /// import's transaction, each with the audit entry a save would write (same record type, key and details), chained
    /// in one append. Takes the audit chain's lock first, as every audited write does.
    /// </summary>
    internal async Task BulkInsertAsync(IReadOnlyList<object> entities, CancellationToken ct)
    {
        if (entities.Count == 0)
        {
            return;
        }

        await Audit.AuditChain.LockAsync(Db, ct);
        await using var writer = await Demo.DemoBulkWriter.OpenAsync(Db, ct);
        writer.BlindIndexOf = c => BlindIndex(c.IdNumber);
        await writer.InsertAsync(entities, keysGiven: false, ct);
        await writer.FinishAsync(ct);

        var type = Db.Model.FindRuntimeEntityType(entities[0].GetType())!;
        var actor = Db.AuditContext.Actor;
        var at = Audit.AuditHasher.Truncate(Db.AuditClock.GetUtcNow());
        var entries = entities.Select(e => Audit.EntityAudit.Created(type, e, p => ShadowValue(e, p), actor, at)).ToList();
        var head = await Audit.AuditChain.HeadAsync(Db, ct);
        Audit.AuditChain.Link(head, entries, Db.KeyRing.AuditChainKey);
        await writer.InsertAsync(entries, keysGiven: true, ct);
        await Audit.AuditChain.SaveHeadAsync(Db, head, ct);
    }

    private object? ShadowValue(object entity, Microsoft.EntityFrameworkCore.Metadata.IProperty property) =>
        entity is not Core.Cadres.Cadre cadre ? null
        : property.Name == Security.IdNumberMapping.IndexProperty ? BlindIndex(cadre.IdNumber)
        : property.Name == Security.IdNumberMapping.MaskedProperty ? cadre.IdNumber.Masked
        : null;

    /// <summary>
    /// The blind index of an ID number, computed once per batch: the lookup, the bulk-written row and its audit entry
    /// share it. <see cref="CadreLookup"/> forgets the memo before each batch's lookup, so it holds one batch at most.
    /// </summary>
    internal string BlindIndex(Core.Cadres.IdCardNumber number)
    {
        if (!_blindIndexes.TryGetValue(number.Value, out var index))
        {
            index = Security.IdNumberMapping.BlindIndex(Db.KeyRing, number);
            _blindIndexes[number.Value] = index;
        }

        return index;
    }

    internal void ForgetBlindIndexes() => _blindIndexes.Clear();

    private readonly Dictionary<string, string> _blindIndexes = new(StringComparer.Ordinal);

    /// <summary>Forgets the cached units (after an import of units added some).</summary>
    public void ForgetUnits() => _units = null;
}
