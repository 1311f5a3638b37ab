using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>Where a wish stands on a day: answered, awaiting an answer in time, or overdue (R4.3).</summary>
public enum WishState
{
    Answered = 1,
    Waiting = 2,
    Overdue = 3,
}

public sealed record WishFilter
{
    public const int MaxPageSize = 200;

    public string? Text { get; init; }
    public int? Year { get; init; }
    public WishState? State { get; init; }
    public int? OrgUnitId { get; init; }
    /// <summary>Sort by registration day (default) or by name.</summary>
    public bool SortByName { get; init; }
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record WishRow(
    int Id, int CadreId, string CadreName, string UnitName, DateOnly RegisteredOn, DateOnly DueOn, string Destination, string Reason,
    DateOnly? AnsweredOn, string? Answer, string? AnsweredBy, WishState State, int Version);

public static class WishSearch
{
    /// <param name="responseDays">P4.wish_response_days in force: a wish registered on d is due on d + N.</param>
    public static async Task<Paged<WishRow>> RunAsync(
        JicengDbContext db, DataScope scope, WishFilter filter, DateOnly today, int responseDays, CancellationToken ct = default)
    {
        var query = await FilterAsync(db, scope, filter, today, responseDays, ct);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, WishFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var rows = await Sort(query, filter).Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize).Include(w => w.Cadre!.OrgUnit).ToListAsync(ct);
        return new Paged<WishRow>([.. rows.Select(w => ToRow(w, today, responseDays))], total, page, pageSize);
    }

    public static async Task<IReadOnlyList<WishRow>> AllAsync(
        JicengDbContext db, DataScope scope, WishFilter filter, DateOnly today, int responseDays, int limit, CancellationToken ct = default)
    {
        var rows = await Sort(await FilterAsync(db, scope, filter, today, responseDays, ct), filter).Take(limit).Include(w => w.Cadre!.OrgUnit).ToListAsync(ct);
        return [.. rows.Select(w => ToRow(w, today, responseDays))];
    }

    public static WishState StateOf(TransferWish w, DateOnly today, int responseDays) =>
        w.AnsweredOn is not null ? WishState.Answered : today > TransferWish.DueOn(w.RegisteredOn, responseDays) ? WishState.Overdue : WishState.Waiting;

    private static WishRow ToRow(TransferWish w, DateOnly today, int days) => new(
        w.Id, w.CadreId, w.Cadre!.Name, w.Cadre.OrgUnit!.Name, w.RegisteredOn, TransferWish.DueOn(w.RegisteredOn, days), w.Destination, w.Reason,
        w.AnsweredOn, w.Answer, w.AnsweredBy, StateOf(w, today, days), w.Version);

    private static async Task<IQueryable<TransferWish>> FilterAsync(
        JicengDbContext db, DataScope scope, WishFilter f, DateOnly today, int days, CancellationToken ct)
    {
        var query = db.TransferWishes.AsNoTracking().InScope(scope);
        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(w => w.Cadre!.Name.Contains(text) || w.Destination.Contains(text));
        }

        if (f.Year is { } y && (y < Core.Common.Dates.EarliestRecord.Year || y > Core.Common.Dates.LatestRecord.Year))
        {
            return query.Where(_ => false); // no record is dated outside 1949–2099
        }

        if (f.Year is { } year)
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            query = query.Where(w => w.RegisteredOn >= start && w.RegisteredOn <= end);
        }

        // Overdue: unanswered and today > registered + N, i.e. registered before today − N.
        var lastOnTime = today.AddDays(-days);
        query = f.State switch
        {
            WishState.Answered => query.Where(w => w.AnsweredOn != null),
            WishState.Waiting => query.Where(w => w.AnsweredOn == null && w.RegisteredOn >= lastOnTime),
            WishState.Overdue => query.Where(w => w.AnsweredOn == null && w.RegisteredOn < lastOnTime),
            _ => query,
        };

        if (f.OrgUnitId is { } unitId)
        {
            var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "/none/";
            query = query.Where(w => w.Cadre!.OrgUnit!.Path.StartsWith(path));
        }

        return query;
    }

    private static IQueryable<TransferWish> Sort(IQueryable<TransferWish> q, WishFilter f) => (f.SortByName, f.Descending) switch
    {
        (true, false) => q.OrderBy(w => w.Cadre!.Name).ThenBy(w => w.Id),
        (true, true) => q.OrderByDescending(w => w.Cadre!.Name).ThenBy(w => w.Id),
        (false, false) => q.OrderBy(w => w.RegisteredOn).ThenBy(w => w.Id),
        _ => q.OrderByDescending(w => w.RegisteredOn).ThenByDescending(w => w.Id),
    };
}
