using Jiceng.Core.Common;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M01TeamBuilding;

public enum CommendationSort
{
    AwardedOn = 0,
    Name = 1,
    Kind = 2,
    Level = 3,
}

/// <summary>The commendation list's query: free text (cadre name or title), filters, sorting and paging.</summary>
public sealed record CommendationFilter
{
    public string? Text { get; init; }

    /// <summary>A unit; commendations of cadres in its whole subtree.</summary>
    public int? OrgUnitId { get; init; }

    public int? CadreId { get; init; }

    public CommendationKind? Kind { get; init; }

    public AwardLevel? Level { get; init; }

    public int? Year { get; init; }

    public CommendationSort Sort { get; init; }

    public bool Descending { get; init; } = true;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

/// <summary>One row of the commendation list.</summary>
public sealed record CommendationRow(
    int Id, int CadreId, string CadreName, string UnitName, string Title, CommendationKind Kind, string AwardingBody, AwardLevel Level,
    DateOnly AwardedOn, int Version);

/// <summary>Recording cadres' commendations (表彰奖励) for cadres in the caller's scope; a wrong record is deleted. Writes are audited by the context.</summary>
public static class CommendationCommands
{
    public static async Task<Paged<CommendationRow>> ListAsync(JicengDbContext db, DataScope scope, CommendationFilter filter, CancellationToken ct = default)
    {
        var query = await FilteredAsync(db, scope, filter, ct);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(1, filter.Page);
        var items = await Rows(Sorted(query, filter)).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<CommendationRow>(items, total, page, size);
    }

    public static async Task<IReadOnlyList<CommendationRow>> AllAsync(JicengDbContext db, DataScope scope, CommendationFilter filter, int max, CancellationToken ct = default) =>
        await Rows(Sorted(await FilteredAsync(db, scope, filter, ct), filter)).Take(max).ToListAsync(ct);

    /// <summary>The commendations of the given cadres (in scope), latest first, by cadre: what the promotion candidate list shows.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<CommendationRow>>> ForCadresAsync(
        JicengDbContext db, DataScope scope, IReadOnlyCollection<int> cadreIds, CancellationToken ct = default)
    {
        var rows = await Rows(db.Commendations.AsNoTracking().InScope(scope).Where(c => cadreIds.Contains(c.CadreId))
            .OrderByDescending(c => c.AwardedOn).ThenBy(c => c.Id)).ToListAsync(ct);
        return rows.GroupBy(r => r.CadreId).ToDictionary(g => g.Key, g => (IReadOnlyList<CommendationRow>)g.ToList());
    }

    public static Task<Commendation?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.Commendations.AsNoTracking().InScope(scope).Include(c => c.Cadre).FirstOrDefaultAsync(c => c.Id == id, ct);

    public static async Task<CommandResult<Commendation>> AddAsync(
        JicengDbContext db, DataScope scope, int cadreId, CommendationInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<Commendation>.Missing();
        }

        var errors = CommendationValidator.Validate(input, today);
        if (errors.Count > 0)
        {
            return CommandResult<Commendation>.Invalid(errors);
        }

        var commendation = new Commendation { CadreId = cadreId };
        Apply(commendation, input);
        db.Commendations.Add(commendation);
        await db.SaveChangesAsync(ct);
        return CommandResult<Commendation>.Ok(commendation);
    }

    public static async Task<CommandResult<Commendation>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, CommendationInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var commendation = await db.Commendations.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commendation is null)
        {
            return CommandResult<Commendation>.Missing();
        }

        if (Stale(commendation, expectedVersion) is { } refusal)
        {
            return refusal;
        }

        var errors = CommendationValidator.Validate(input, today);
        if (errors.Count > 0)
        {
            return CommandResult<Commendation>.Invalid(errors);
        }

        Apply(commendation, input);
        return await SaveAsync(db, commendation, ct);
    }

    /// <summary>Deletes a commendation recorded in error; the version must be current.</summary>
    public static async Task<CommandResult<Commendation>> DeleteAsync(JicengDbContext db, DataScope scope, int id, int? expectedVersion, CancellationToken ct = default)
    {
        var commendation = await db.Commendations.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commendation is null)
        {
            return CommandResult<Commendation>.Missing();
        }

        if (Stale(commendation, expectedVersion) is { } refusal)
        {
            return refusal;
        }

        db.Commendations.Remove(commendation);
        return await SaveAsync(db, commendation, ct);
    }

    private static CommandResult<Commendation>? Stale(Commendation current, int? expectedVersion) => expectedVersion switch
    {
        null => CommandResult<Commendation>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]),
        { } v when v != current.Version => new CommandResult<Commendation> { Conflict = current },
        _ => null,
    };

    private static async Task<CommandResult<Commendation>> SaveAsync(JicengDbContext db, Commendation commendation, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<Commendation>.Ok(commendation);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Commendations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == commendation.Id, ct);
            return current is null ? CommandResult<Commendation>.Missing() : new CommandResult<Commendation> { Conflict = current };
        }
    }

    private static void Apply(Commendation c, CommendationInput input)
    {
        c.Title = input.Title!.Trim();
        c.Kind = input.Kind!.Value;
        c.AwardingBody = input.AwardingBody!.Trim();
        c.Level = input.Level!.Value;
        c.AwardedOn = input.AwardedOn!.Value;
    }

    private static async Task<IQueryable<Commendation>> FilteredAsync(JicengDbContext db, DataScope scope, CommendationFilter f, CancellationToken ct)
    {
        var query = db.Commendations.AsNoTracking().InScope(scope);
        if (f.OrgUnitId is { } unitId)
        {
            var path = await db.OrgUnits.InScope(scope).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "\u0000";
            query = query.Where(c => c.Cadre!.OrgUnit!.Path.StartsWith(path));
        }

        if (f.CadreId is { } cadreId)
        {
            query = query.Where(c => c.CadreId == cadreId);
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (f.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (f.Year is { } year)
        {
            query = query.Where(c => c.AwardedOn >= new DateOnly(year, 1, 1) && c.AwardedOn <= new DateOnly(year, 12, 31));
        }

        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(c => c.Cadre!.Name.Contains(text) || c.Title.Contains(text));
        }

        return query;
    }

    private static IQueryable<Commendation> Sorted(IQueryable<Commendation> q, CommendationFilter f) => (f.Sort, f.Descending) switch
    {
        (CommendationSort.Name, false) => q.OrderBy(c => c.Cadre!.Name).ThenBy(c => c.Id),
        (CommendationSort.Name, true) => q.OrderByDescending(c => c.Cadre!.Name).ThenBy(c => c.Id),
        (CommendationSort.Kind, false) => q.OrderBy(c => c.Kind).ThenBy(c => c.Id),
        (CommendationSort.Kind, true) => q.OrderByDescending(c => c.Kind).ThenBy(c => c.Id),
        (CommendationSort.Level, false) => q.OrderBy(c => c.Level).ThenBy(c => c.Id),
        (CommendationSort.Level, true) => q.OrderByDescending(c => c.Level).ThenBy(c => c.Id),
        (_, false) => q.OrderBy(c => c.AwardedOn).ThenBy(c => c.Id),
        (_, true) => q.OrderByDescending(c => c.AwardedOn).ThenBy(c => c.Id),
    };

    private static IQueryable<CommendationRow> Rows(IQueryable<Commendation> q) =>
        q.Select(c => new CommendationRow(c.Id, c.CadreId, c.Cadre!.Name, c.Cadre.OrgUnit!.Name, c.Title, c.Kind, c.AwardingBody, c.Level, c.AwardedOn, c.Version));
}
