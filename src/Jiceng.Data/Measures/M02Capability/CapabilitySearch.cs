using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

public enum CapabilitySort
{
    Start = 0,
    CadreName = 1,
    OrgUnit = 2,
    Days = 3,
}

/// <summary>
/// The district-wide training and secondment lists' query: free text (the cadre's name, the title, provider or place),
/// filters, sorting and paging. <see cref="Year"/> is the calendar year of the start day (the year the event counts in).
/// </summary>
public sealed record CapabilityFilter
{
    public const int MaxPageSize = 200;

    public string? Text { get; init; }
    public TrainingKind? Kind { get; init; }
    public AdministrativeLevel? Level { get; init; }
    public SecondmentDestination? Destination { get; init; }
    public int? Year { get; init; }
    /// <summary>A township (or any unit): the records of cadres in its subtree.</summary>
    public int? TownshipId { get; init; }
    public CapabilitySort Sort { get; init; }
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record TrainingListItem(
    int Id, int CadreId, string CadreName, string OrgUnitName, TrainingKind Kind, string Title, string Provider,
    AdministrativeLevel ProviderLevel, DateOnly Start, DateOnly End, int Days, string? CertificateNumber, int Version);

public sealed record SecondmentListItem(
    int Id, int CadreId, string CadreName, string OrgUnitName, string Place, SecondmentDestination Destination,
    AdministrativeLevel Level, string? PostTitle, DateOnly Start, DateOnly? End, int Version);

/// <summary>Both lists: one count and one page query each, inside the caller's data scope.</summary>
public static class CapabilitySearch
{
    public static async Task<Paged<TrainingListItem>> TrainingsAsync(JicengDbContext db, DataScope scope, CapabilityFilter filter, CancellationToken ct = default)
    {
        var query = await TrainingQueryAsync(db, scope, filter, ct);
        var (page, size) = PageOf(filter);
        var total = await query.CountAsync(ct);
        return new Paged<TrainingListItem>(await ProjectTrainings(query.Skip((page - 1) * size).Take(size)).ToListAsync(ct), total, page, size);
    }

    /// <summary>Every matching training in the list's order, at most <paramref name="limit"/>, for an export.</summary>
    public static async Task<IReadOnlyList<TrainingListItem>> AllTrainingsAsync(JicengDbContext db, DataScope scope, CapabilityFilter filter, int limit, CancellationToken ct = default) =>
        await ProjectTrainings((await TrainingQueryAsync(db, scope, filter, ct)).Take(limit)).ToListAsync(ct);

    public static async Task<Paged<SecondmentListItem>> SecondmentsAsync(JicengDbContext db, DataScope scope, CapabilityFilter filter, CancellationToken ct = default)
    {
        var query = await SecondmentQueryAsync(db, scope, filter, ct);
        var (page, size) = PageOf(filter);
        var total = await query.CountAsync(ct);
        return new Paged<SecondmentListItem>(await ProjectSecondments(query.Skip((page - 1) * size).Take(size)).ToListAsync(ct), total, page, size);
    }

    public static async Task<IReadOnlyList<SecondmentListItem>> AllSecondmentsAsync(JicengDbContext db, DataScope scope, CapabilityFilter filter, int limit, CancellationToken ct = default) =>
        await ProjectSecondments((await SecondmentQueryAsync(db, scope, filter, ct)).Take(limit)).ToListAsync(ct);

    private static (int Page, int Size) PageOf(CapabilityFilter f)
    {
        var size = Math.Clamp(f.PageSize, 1, CapabilityFilter.MaxPageSize);
        return (Math.Clamp(f.Page, 1, int.MaxValue / size), size);
    }

    private static async Task<IQueryable<TrainingRecord>> TrainingQueryAsync(JicengDbContext db, DataScope scope, CapabilityFilter f, CancellationToken ct)
    {
        var path = await SubtreeAsync(db, scope, f.TownshipId, ct);
        var query = db.TrainingRecords.AsNoTracking().Where(t => t.Cadre!.OrgUnit!.Path.StartsWith(path));
        var text = f.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            query = query.Where(t => t.Cadre!.Name.Contains(text) || t.Title.Contains(text) || t.Provider.Contains(text));
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(t => t.Kind == kind);
        }

        if (f.Level is { } level)
        {
            query = query.Where(t => t.ProviderLevel == level);
        }

        if (f.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(t => t.Start >= from && t.Start <= to);
        }

        return (f.Sort, f.Descending) switch
        {
            (CapabilitySort.CadreName, false) => query.OrderBy(t => t.Cadre!.Name).ThenBy(t => t.Id),
            (CapabilitySort.CadreName, true) => query.OrderByDescending(t => t.Cadre!.Name).ThenBy(t => t.Id),
            (CapabilitySort.OrgUnit, false) => query.OrderBy(t => t.Cadre!.OrgUnit!.Path).ThenBy(t => t.Cadre!.Name).ThenBy(t => t.Id),
            (CapabilitySort.OrgUnit, true) => query.OrderByDescending(t => t.Cadre!.OrgUnit!.Path).ThenBy(t => t.Cadre!.Name).ThenBy(t => t.Id),
            (CapabilitySort.Days, false) => query.OrderBy(t => t.Days).ThenBy(t => t.Id),
            (CapabilitySort.Days, true) => query.OrderByDescending(t => t.Days).ThenBy(t => t.Id),
            (_, false) => query.OrderBy(t => t.Start).ThenBy(t => t.Id),
            (_, true) => query.OrderByDescending(t => t.Start).ThenByDescending(t => t.Id),
        };
    }

    private static async Task<IQueryable<Secondment>> SecondmentQueryAsync(JicengDbContext db, DataScope scope, CapabilityFilter f, CancellationToken ct)
    {
        var path = await SubtreeAsync(db, scope, f.TownshipId, ct);
        var query = db.Secondments.AsNoTracking().Where(s => s.Cadre!.OrgUnit!.Path.StartsWith(path));
        var text = f.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            query = query.Where(s => s.Cadre!.Name.Contains(text) || s.Place.Contains(text));
        }

        if (f.Destination is { } destination)
        {
            query = query.Where(s => s.Destination == destination);
        }

        if (f.Level is { } level)
        {
            query = query.Where(s => s.Level == level);
        }

        if (f.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(s => s.Start >= from && s.Start <= to);
        }

        return (f.Sort, f.Descending) switch
        {
            (CapabilitySort.CadreName, false) => query.OrderBy(s => s.Cadre!.Name).ThenBy(s => s.Id),
            (CapabilitySort.CadreName, true) => query.OrderByDescending(s => s.Cadre!.Name).ThenBy(s => s.Id),
            (CapabilitySort.OrgUnit, false) => query.OrderBy(s => s.Cadre!.OrgUnit!.Path).ThenBy(s => s.Cadre!.Name).ThenBy(s => s.Id),
            (CapabilitySort.OrgUnit, true) => query.OrderByDescending(s => s.Cadre!.OrgUnit!.Path).ThenBy(s => s.Cadre!.Name).ThenBy(s => s.Id),
            (_, false) => query.OrderBy(s => s.Start).ThenBy(s => s.Id),
            (_, true) => query.OrderByDescending(s => s.Start).ThenByDescending(s => s.Id),
        };
    }

    /// <summary>The path whose subtree the list covers: the chosen unit's when it lies in the scope, else nothing; the scope's when none is chosen.</summary>
    private static async Task<string> SubtreeAsync(JicengDbContext db, DataScope scope, int? unitId, CancellationToken ct) =>
        unitId is { } id
            ? await db.OrgUnits.InScope(scope).Where(u => u.Id == id).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "/none/"
            : scope.Path;

    private static IQueryable<TrainingListItem> ProjectTrainings(IQueryable<TrainingRecord> q) =>
        q.Select(t => new TrainingListItem(t.Id, t.CadreId, t.Cadre!.Name, t.Cadre.OrgUnit!.Name, t.Kind, t.Title, t.Provider, t.ProviderLevel,
            t.Start, t.End, t.Days, t.CertificateNumber, t.Version));

    private static IQueryable<SecondmentListItem> ProjectSecondments(IQueryable<Secondment> q) =>
        q.Select(s => new SecondmentListItem(s.Id, s.CadreId, s.Cadre!.Name, s.Cadre.OrgUnit!.Name, s.Place, s.Destination, s.Level,
            s.PostTitle, s.Start, s.End, s.Version));
}
