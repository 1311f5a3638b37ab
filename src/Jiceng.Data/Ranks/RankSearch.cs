using Jiceng.Core.Ranks;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Ranks;

public enum RankSort
{
    Start = 0,
    Name = 1,
    Rank = 2,
    Unit = 3,
}

/// <summary>The district-wide rank list (职级名册): filters by unit subtree, rank, start-date range and held-only; sorting and paging.</summary>
public sealed record RankFilter
{
    public const int MaxPageSize = 200;

    public string? Text { get; init; }
    /// <summary>A unit (e.g. a township); the cadres of its whole subtree are included.</summary>
    public int? OrgUnitId { get; init; }
    public string? RankCode { get; init; }
    /// <summary>任职时间 from (inclusive).</summary>
    public DateOnly? From { get; init; }
    /// <summary>任职时间 to (inclusive).</summary>
    public DateOnly? To { get; init; }
    /// <summary>Only ranks still held (no end).</summary>
    public bool HeldOnly { get; init; }
    public RankSort Sort { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record RankListItem(
    int Id, int CadreId, string CadreName, string CadreUnitName, string RankCode, DateOnly Start, DateOnly? End,
    int QuotaUnitId, string QuotaUnitName, string? DocumentNumber, int Version)
{
    public string RankLabel => RankLevels.Label(RankCode);
}

public static class RankSearch
{
    public static async Task<Paged<RankListItem>> RunAsync(JicengDbContext db, DataScope scope, RankFilter filter, CancellationToken ct = default)
    {
        var query = await FilterAsync(db, scope, filter, ct);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, RankFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var items = await Project(Sort(query, filter).Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize)).ToListAsync(ct);
        return new Paged<RankListItem>(items, total, page, pageSize);
    }

    /// <summary>Every matching row, sorted as the list, at most <paramref name="limit"/> (for the xlsx export).</summary>
    public static async Task<IReadOnlyList<RankListItem>> AllAsync(JicengDbContext db, DataScope scope, RankFilter filter, int limit, CancellationToken ct = default) =>
        await Project(Sort(await FilterAsync(db, scope, filter, ct), filter).Take(limit)).ToListAsync(ct);

    private static async Task<IQueryable<RankAssignment>> FilterAsync(JicengDbContext db, DataScope scope, RankFilter f, CancellationToken ct)
    {
        var query = db.RankAssignments.AsNoTracking().InScope(scope);
        if (f.OrgUnitId is { } unitId)
        {
            var path = await db.OrgUnits.InScope(scope).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "\u0001";
            query = query.Where(r => r.Cadre!.OrgUnit!.Path.StartsWith(path));
        }

        var text = f.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            query = query.Where(r => r.Cadre!.Name.Contains(text) || (r.DocumentNumber != null && r.DocumentNumber.Contains(text)));
        }

        if (!string.IsNullOrEmpty(f.RankCode))
        {
            query = query.Where(r => r.RankCode == f.RankCode);
        }

        if (f.From is { } from)
        {
            query = query.Where(r => r.Start >= from);
        }

        if (f.To is { } to)
        {
            query = query.Where(r => r.Start <= to);
        }

        return f.HeldOnly ? query.Where(r => r.End == null) : query;
    }

    private static IQueryable<RankAssignment> Sort(IQueryable<RankAssignment> q, RankFilter f) => (f.Sort, f.Descending) switch
    {
        (RankSort.Name, false) => q.OrderBy(r => r.Cadre!.Name).ThenBy(r => r.Id),
        (RankSort.Name, true) => q.OrderByDescending(r => r.Cadre!.Name).ThenBy(r => r.Id),
        (RankSort.Rank, false) => q.OrderByDescending(r => r.Ordinal).ThenBy(r => r.Id),
        (RankSort.Rank, true) => q.OrderBy(r => r.Ordinal).ThenBy(r => r.Id),
        (RankSort.Unit, false) => q.OrderBy(r => r.Cadre!.OrgUnit!.SortOrder).ThenBy(r => r.Id),
        (RankSort.Unit, true) => q.OrderByDescending(r => r.Cadre!.OrgUnit!.SortOrder).ThenBy(r => r.Id),
        (_, false) => q.OrderByDescending(r => r.Start).ThenBy(r => r.Id),
        (_, true) => q.OrderBy(r => r.Start).ThenBy(r => r.Id),
    };

    private static IQueryable<RankListItem> Project(IQueryable<RankAssignment> q) =>
        q.Select(r => new RankListItem(r.Id, r.CadreId, r.Cadre!.Name, r.Cadre.OrgUnit!.Name, r.RankCode, r.Start, r.End,
            r.QuotaUnitId, r.QuotaUnit!.Name, r.DocumentNumber, r.Version));
}
