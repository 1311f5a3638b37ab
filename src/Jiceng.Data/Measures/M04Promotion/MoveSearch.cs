using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M04Promotion;

public enum MoveSort
{
    EffectiveOn = 0,
    Name = 1,
    FromUnit = 2,
    Direction = 3,
}

/// <summary>The district list of moves: name search, filters, sorting and paging.</summary>
public sealed record MoveFilter
{
    public const int MaxPageSize = 200;

    public string? Text { get; init; }
    public int? Year { get; init; }
    public MoveDirection? Direction { get; init; }
    public MoveKind? Kind { get; init; }
    public MoveStatus? Status { get; init; }
    /// <summary>A township (or any unit): moves out of or into it and the units below it.</summary>
    public int? OrgUnitId { get; init; }
    public MoveSort Sort { get; init; }
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record MoveRow(
    int Id, int CadreId, string CadreName, string FromUnit, string ToUnit, DateOnly EffectiveOn, MoveKind Kind, MoveStatus Status,
    MoveDirection Direction, string? DocumentNumber, int Version);

/// <summary>The done moves of one year by direction (the yearly exchange summary).</summary>
public sealed record MoveYearSummary(int Year, IReadOnlyDictionary<MoveDirection, int> Counts)
{
    public int Count(MoveDirection d) => Counts.GetValueOrDefault(d);

    public int Total => Counts.Values.Sum();
}

public static class MoveSearch
{
    public static async Task<Paged<MoveRow>> RunAsync(JicengDbContext db, DataScope scope, MoveFilter filter, CancellationToken ct = default)
    {
        var query = await FilterAsync(db, scope, filter, ct);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, MoveFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var items = await Project(Sort(query, filter).Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize)).ToListAsync(ct);
        return new Paged<MoveRow>(items, total, page, pageSize);
    }

    /// <summary>Every row the filter matches, sorted as the list is, for an export (at most <paramref name="limit"/>).</summary>
    public static async Task<IReadOnlyList<MoveRow>> AllAsync(JicengDbContext db, DataScope scope, MoveFilter filter, int limit, CancellationToken ct = default) =>
        await Project(Sort(await FilterAsync(db, scope, filter, ct), filter).Take(limit)).ToListAsync(ct);

    /// <summary>Done moves per year and direction for the years <paramref name="fromYear"/>…<paramref name="toYear"/> (one grouped query).</summary>
    public static async Task<IReadOnlyList<MoveYearSummary>> YearlyAsync(JicengDbContext db, DataScope scope, int fromYear, int toYear, CancellationToken ct = default)
    {
        var start = new DateOnly(fromYear, 1, 1);
        var end = new DateOnly(toYear, 12, 31);
        var rows = await db.CadreMoves.AsNoTracking().InScope(scope)
            .Where(m => m.Status == MoveStatus.Done && m.EffectiveOn >= start && m.EffectiveOn <= end)
            .GroupBy(m => new { m.EffectiveOn.Year, m.Direction })
            .Select(g => new { g.Key.Year, g.Key.Direction, Count = g.Count() })
            .ToListAsync(ct);
        return Enumerable.Range(fromYear, toYear - fromYear + 1)
            .Select(y => new MoveYearSummary(y, rows.Where(r => r.Year == y).ToDictionary(r => r.Direction, r => r.Count)))
            .ToList();
    }

    private static async Task<IQueryable<CadreMove>> FilterAsync(JicengDbContext db, DataScope scope, MoveFilter f, CancellationToken ct)
    {
        var query = db.CadreMoves.AsNoTracking().InScope(scope);
        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(m => m.Cadre!.Name.Contains(text) || (m.DocumentNumber != null && m.DocumentNumber.Contains(text)));
        }

        if (f.Year is { } y && (y < Core.Common.Dates.EarliestRecord.Year || y > Core.Common.Dates.LatestRecord.Year))
        {
            return query.Where(_ => false); // no record is dated outside 1949–2099
        }

        if (f.Year is { } year)
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            query = query.Where(m => m.EffectiveOn >= start && m.EffectiveOn <= end);
        }

        if (f.Direction is { } d)
        {
            query = query.Where(m => m.Direction == d);
        }

        if (f.Kind is { } k)
        {
            query = query.Where(m => m.Kind == k);
        }

        if (f.Status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        if (f.OrgUnitId is { } unitId)
        {
            var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "/none/";
            query = query.Where(m => m.FromOrgUnit!.Path.StartsWith(path) || (m.ToOrgUnit != null && m.ToOrgUnit.Path.StartsWith(path)));
        }

        return query;
    }

    private static IQueryable<CadreMove> Sort(IQueryable<CadreMove> q, MoveFilter f) => (f.Sort, f.Descending) switch
    {
        (MoveSort.Name, false) => q.OrderBy(m => m.Cadre!.Name).ThenBy(m => m.Id),
        (MoveSort.Name, true) => q.OrderByDescending(m => m.Cadre!.Name).ThenBy(m => m.Id),
        (MoveSort.FromUnit, false) => q.OrderBy(m => m.FromOrgUnit!.SortOrder).ThenBy(m => m.Id),
        (MoveSort.FromUnit, true) => q.OrderByDescending(m => m.FromOrgUnit!.SortOrder).ThenBy(m => m.Id),
        (MoveSort.Direction, false) => q.OrderBy(m => m.Direction).ThenBy(m => m.Id),
        (MoveSort.Direction, true) => q.OrderByDescending(m => m.Direction).ThenBy(m => m.Id),
        (_, false) => q.OrderBy(m => m.EffectiveOn).ThenBy(m => m.Id),
        _ => q.OrderByDescending(m => m.EffectiveOn).ThenByDescending(m => m.Id),
    };

    private static IQueryable<MoveRow> Project(IQueryable<CadreMove> q) => q.Select(m => new MoveRow(
        m.Id, m.CadreId, m.Cadre!.Name, m.FromOrgUnit!.Name, m.ToOrgUnit != null ? m.ToOrgUnit.Name : m.ExternalDestination ?? "", m.EffectiveOn,
        m.Kind, m.Status, m.Direction, m.DocumentNumber, m.Version));
}
