using Jiceng.Core.Cadres;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Cadres;

/// <summary>The cadre list: one count and one page query, both inside the caller's data scope.</summary>
public static class CadreSearch
{
    public static async Task<Paged<CadreListItem>> RunAsync(
        JicengDbContext db, DataScope scope, CadreFilter filter, DateOnly today, CancellationToken ct = default)
    {
        var query = await ApplyFiltersAsync(db, db.Cadres.AsNoTracking().InScope(scope), filter, today, ct);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, CadreFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);

        var items = await ProjectAsync(Sort(query, filter)
            .Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue))
            .Take(pageSize), today, ct);
        return new Paged<CadreListItem>(items, total, page, pageSize);
    }

    /// <summary>
    /// Every row the filter matches, sorted as the list is, for an export; at most <paramref name="limit"/> rows (the
    /// caller says when the limit cut the file short).
    /// </summary>
    public static async Task<IReadOnlyList<CadreListItem>> AllAsync(
        JicengDbContext db, DataScope scope, CadreFilter filter, DateOnly today, int limit, CancellationToken ct = default)
    {
        var query = await ApplyFiltersAsync(db, db.Cadres.AsNoTracking().InScope(scope), filter, today, ct);
        return await ProjectAsync(Sort(query, filter).Take(limit), today, ct);
    }

    /// <summary>The ids of every cadre the filter matches, in the list's order (at most <paramref name="limit"/>): the roster's rows.</summary>
    public static async Task<IReadOnlyList<int>> IdsAsync(
        JicengDbContext db, DataScope scope, CadreFilter filter, DateOnly today, int limit, CancellationToken ct = default)
    {
        var query = await ApplyFiltersAsync(db, db.Cadres.AsNoTracking().InScope(scope), filter, today, ct);
        return await Sort(query, filter).Take(limit).Select(c => c.Id).ToListAsync(ct);
    }

    private static async Task<List<CadreListItem>> ProjectAsync(IQueryable<Cadre> query, DateOnly today, CancellationToken ct)
    {
        var rows = await query
            .Select(c => new
            {
                c.Id, c.Name, c.Sex, c.BirthDate, Masked = EF.Property<string>(c, Security.IdNumberMapping.MaskedProperty), c.EthnicityCode, c.EducationCode, c.PoliticalStatusCode,
                c.Category, c.OrgUnitId, OrgUnitName = c.OrgUnit!.Name,
                Post = c.Posts.Where(p => p.End == null || p.End >= today)
                    .OrderByDescending(p => p.IsLeadershipTeamMember).ThenBy(p => p.Kind)
                    .Select(p => new { p.Title, p.Kind }).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return rows.Select(r => new CadreListItem(
            r.Id, r.Name, r.Sex, r.BirthDate, Core.Common.Ages.FullYears(r.BirthDate, today), r.Masked,
            r.EthnicityCode, r.EducationCode, r.PoliticalStatusCode, r.Category, r.OrgUnitId, r.OrgUnitName,
            r.Post?.Title, r.Post?.Kind)).ToList();
    }

    private static async Task<IQueryable<Cadre>> ApplyFiltersAsync(
        JicengDbContext db, IQueryable<Cadre> query, CadreFilter f, DateOnly today, CancellationToken ct)
    {
        var text = f.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            // A full, valid ID number is an exact lookup; anything else searches names.
            query = IdCardNumber.TryParse(text, out var id, out _)
                ? query.WithIdNumber(db, id)
                : query.Where(c => c.Name.Contains(text));
        }

        if (f.OrgUnitId is { } unitId)
        {
            var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "/none/";
            query = query.Where(c => c.OrgUnit!.Path.StartsWith(path));
        }

        if (f.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (f.Sex is { } sex)
        {
            query = query.Where(c => c.Sex == sex);
        }

        if (f.Education is { } level)
        {
            query = level switch
            {
                EducationLevel.Postgraduate => query.Where(c => c.EducationCode!.StartsWith("1")),
                EducationLevel.Bachelor => query.Where(c => c.EducationCode!.StartsWith("2")),
                EducationLevel.College => query.Where(c => c.EducationCode!.StartsWith("3")),
                EducationLevel.SecondaryOrBelow => query.Where(c => c.EducationCode == null
                    || !(c.EducationCode.StartsWith("1") || c.EducationCode.StartsWith("2") || c.EducationCode.StartsWith("3"))),
            };
        }

        if (f.AgeBand is { } band)
        {
            var (minAge, maxAge) = band.Range();
            // Age a on `today` means born in (today − (a+1) years, today − a years].
            var bornAfter = today.AddYears(-(maxAge + 1));
            var bornOnOrBefore = today.AddYears(-minAge);
            query = query.Where(c => c.BirthDate > bornAfter && c.BirthDate <= bornOnOrBefore);
        }

        return query;
    }

    private static IQueryable<Cadre> Sort(IQueryable<Cadre> q, CadreFilter f) => (f.Sort, f.Descending) switch
    {
        (CadreSort.Name, false) => q.OrderBy(c => c.Name).ThenBy(c => c.Id),
        (CadreSort.Name, true) => q.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
        (CadreSort.BirthDate, false) => q.OrderBy(c => c.BirthDate).ThenBy(c => c.Id),
        (CadreSort.BirthDate, true) => q.OrderByDescending(c => c.BirthDate).ThenBy(c => c.Id),
        (CadreSort.OrgUnit, false) => q.OrderBy(c => c.OrgUnit!.Path).ThenBy(c => c.Name).ThenBy(c => c.Id),
        (CadreSort.OrgUnit, true) => q.OrderByDescending(c => c.OrgUnit!.Path).ThenBy(c => c.Name).ThenBy(c => c.Id),
        (CadreSort.Category, false) => q.OrderBy(c => c.Category).ThenBy(c => c.Name).ThenBy(c => c.Id),
        (CadreSort.Category, true) => q.OrderByDescending(c => c.Category).ThenBy(c => c.Name).ThenBy(c => c.Id),
        _ => q.OrderBy(c => c.Id),
    };
}
