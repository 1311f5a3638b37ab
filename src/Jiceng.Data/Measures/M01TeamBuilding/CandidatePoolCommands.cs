using Jiceng.Core.Common;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M01TeamBuilding;

/// <summary>Which entries a pool list shows: those in force on the day (the promotion candidate list), those ended by then, or all.</summary>
public enum PoolStatus
{
    InForce = 0,
    Ended = 1,
    All = 2,
}

public enum PoolSort
{
    From = 0,
    Name = 1,
    Township = 2,
    Source = 3,
}

/// <summary>The candidate-pool list's query: free text (the cadre's name), filters, sorting and paging.</summary>
public sealed record PoolFilter
{
    public string? Text { get; init; }

    /// <summary>The township the entries are for.</summary>
    public int? OrgUnitId { get; init; }

    public CandidateSource? Source { get; init; }

    public PoolStatus Status { get; init; }

    public PoolSort Sort { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

/// <summary>One row of the pool list.</summary>
public sealed record PoolRow(
    int Id, int CadreId, string CadreName, int OrgUnitId, string Township, CandidateSource Source, DateOnly From, DateOnly? To,
    CandidateLeaveReason? LeaveReason, string? Note, int Version);

/// <summary>
/// Recording the candidate pools of township leadership (乡镇领导班子推荐人选库) for townships in the caller's scope:
/// a cadre's entries for one township may not overlap; leaving needs a reason. Writes are audited by the context.
/// </summary>
public static class CandidatePoolCommands
{
    public static async Task<Paged<PoolRow>> ListAsync(JicengDbContext db, DataScope scope, PoolFilter filter, DateOnly today, CancellationToken ct = default)
    {
        var query = Filtered(db, scope, filter, today);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(1, filter.Page);
        var items = await Rows(Sorted(query, filter)).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<PoolRow>(items, total, page, size);
    }

    /// <summary>Every matching row for an export, up to <paramref name="max"/>.</summary>
    public static async Task<IReadOnlyList<PoolRow>> AllAsync(JicengDbContext db, DataScope scope, PoolFilter filter, DateOnly today, int max, CancellationToken ct = default) =>
        await Rows(Sorted(Filtered(db, scope, filter, today), filter)).Take(max).ToListAsync(ct);

    public static Task<CandidatePoolEntry?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.CandidatePoolEntries.AsNoTracking().InScope(scope).Include(e => e.Cadre).Include(e => e.OrgUnit).FirstOrDefaultAsync(e => e.Id == id, ct);

    public static async Task<CommandResult<CandidatePoolEntry>> AddAsync(
        JicengDbContext db, DataScope scope, int townshipId, CandidatePoolInput input, DateOnly today, CancellationToken ct = default)
    {
        var township = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == townshipId, ct);
        if (township is null)
        {
            return CommandResult<CandidatePoolEntry>.Missing();
        }

        var entry = new CandidatePoolEntry { OrgUnitId = townshipId };
        var errors = await ValidateAsync(db, scope, township.Kind, entry, input, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<CandidatePoolEntry>.Invalid(errors);
        }

        Apply(entry, input);
        db.CandidatePoolEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return CommandResult<CandidatePoolEntry>.Ok(entry);
    }

    /// <summary>Changes an entry (source, dates, reason, note; the cadre and township stay); the version must be current.</summary>
    public static async Task<CommandResult<CandidatePoolEntry>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, CandidatePoolInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var entry = await db.CandidatePoolEntries.InScope(scope).Include(e => e.OrgUnit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return CommandResult<CandidatePoolEntry>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<CandidatePoolEntry>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != entry.Version)
        {
            return new CommandResult<CandidatePoolEntry> { Conflict = entry };
        }

        var fixedCadre = input with { CadreId = entry.CadreId };
        var errors = await ValidateAsync(db, scope, entry.OrgUnit!.Kind, entry, fixedCadre, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<CandidatePoolEntry>.Invalid(errors);
        }

        Apply(entry, fixedCadre);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<CandidatePoolEntry>.Ok(entry);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult<CandidatePoolEntry> { Conflict = await db.CandidatePoolEntries.AsNoTracking().FirstAsync(e => e.Id == id, ct) };
        }
    }

    /// <summary>Ends an entry on a day with a reason (appointed, withdrawn …); everything else stays.</summary>
    public static async Task<CommandResult<CandidatePoolEntry>> EndAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? to, CandidateLeaveReason? reason, string? note, int? expectedVersion, DateOnly today,
        CancellationToken ct = default)
    {
        var entry = await db.CandidatePoolEntries.InScope(scope).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return CommandResult<CandidatePoolEntry>.Missing();
        }

        if (to is null)
        {
            return CommandResult<CandidatePoolEntry>.Invalid([new FieldError("to", "出库日期：必填")]);
        }

        var input = new CandidatePoolInput(entry.CadreId, entry.Source, entry.From, to, reason, note ?? entry.Note);
        return await UpdateAsync(db, scope, id, input, expectedVersion, today, ct);
    }

    private static IQueryable<CandidatePoolEntry> Filtered(JicengDbContext db, DataScope scope, PoolFilter f, DateOnly today)
    {
        var query = db.CandidatePoolEntries.AsNoTracking().InScope(scope);
        if (f.OrgUnitId is { } unit)
        {
            query = query.Where(e => e.OrgUnitId == unit);
        }

        if (f.Source is { } source)
        {
            query = query.Where(e => e.Source == source);
        }

        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(e => e.Cadre!.Name.Contains(text));
        }

        return f.Status switch
        {
            PoolStatus.InForce => query.Where(e => e.From <= today && (e.To == null || e.To >= today)),
            PoolStatus.Ended => query.Where(e => e.To != null && e.To < today),
            PoolStatus.All => query,
        };
    }

    private static IQueryable<CandidatePoolEntry> Sorted(IQueryable<CandidatePoolEntry> q, PoolFilter f) => (f.Sort, f.Descending) switch
    {
        (PoolSort.Name, false) => q.OrderBy(e => e.Cadre!.Name).ThenBy(e => e.Id),
        (PoolSort.Name, true) => q.OrderByDescending(e => e.Cadre!.Name).ThenBy(e => e.Id),
        (PoolSort.Township, false) => q.OrderBy(e => e.OrgUnit!.Code).ThenBy(e => e.Id),
        (PoolSort.Township, true) => q.OrderByDescending(e => e.OrgUnit!.Code).ThenBy(e => e.Id),
        (PoolSort.Source, false) => q.OrderBy(e => e.Source).ThenBy(e => e.Id),
        (PoolSort.Source, true) => q.OrderByDescending(e => e.Source).ThenBy(e => e.Id),
        (_, false) => q.OrderBy(e => e.From).ThenBy(e => e.Id),
        (_, true) => q.OrderByDescending(e => e.From).ThenBy(e => e.Id),
    };

    private static IQueryable<PoolRow> Rows(IQueryable<CandidatePoolEntry> q) =>
        q.Select(e => new PoolRow(e.Id, e.CadreId, e.Cadre!.Name, e.OrgUnitId, e.OrgUnit!.Name, e.Source, e.From, e.To, e.LeaveReason, e.Note, e.Version));

    private static void Apply(CandidatePoolEntry e, CandidatePoolInput input)
    {
        e.CadreId = input.CadreId!.Value;
        e.Source = input.Source!.Value;
        e.From = input.From!.Value;
        e.To = input.To;
        e.LeaveReason = input.To is null ? null : input.LeaveReason;
        e.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    private static async Task<List<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, OrgUnitKind kind, CandidatePoolEntry current, CandidatePoolInput input, DateOnly today, CancellationToken ct)
    {
        var errors = CandidatePoolValidator.Validate(input, today).ToList();
        if (kind is not (OrgUnitKind.Township or OrgUnitKind.SubDistrict))
        {
            errors.Add(new FieldError("orgUnitId", "乡镇（街道）：推荐人选库按乡镇（街道）领导班子设立"));
        }

        if (input.CadreId is { } cadreId && !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            errors.Add(new FieldError("cadreId", "干部：不存在或不在您的管理范围内"));
        }

        if (errors.Count == 0)
        {
            var end = input.To ?? DateOnly.MaxValue;
            var overlaps = await db.CandidatePoolEntries.AnyAsync(e => e.CadreId == input.CadreId && e.OrgUnitId == current.OrgUnitId && e.Id != current.Id
                && e.From <= end && (e.To == null || e.To >= input.From), ct);
            if (overlaps)
            {
                errors.Add(new FieldError("from", "入库日期：与该干部在本乡镇推荐人选库的另一段时间重叠"));
            }
        }

        return errors;
    }
}
