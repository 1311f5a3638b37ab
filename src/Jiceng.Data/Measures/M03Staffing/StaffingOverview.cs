using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>One quota with its staff (实有人数), vacancies (空编) and overstaffing (超编).</summary>
public sealed record StaffingRow(
    int QuotaId, int OrgUnitId, string OrgUnitName, OrgUnitKind OrgUnitKind, bool Remote, EstablishmentKind Kind,
    int Approved, int Staff, DateOnly From, DateOnly? To, string? Document, int Version)
{
    public int Vacancies => EstablishmentRule.Vacancies(Approved, Staff);

    public int Over => Math.Max(0, Staff - Approved);
}

public enum StaffingStatus
{
    /// <summary>超编.</summary>
    Over = 1,
    /// <summary>有空编.</summary>
    Vacant = 2,
    /// <summary>满编.</summary>
    Full = 3,
}

public enum StaffingSort
{
    Unit = 0,
    Approved = 1,
    Staff = 2,
    Vacancies = 3,
    Over = 4,
}

/// <summary>The overview's query: quotas in force on <see cref="Day"/> (or every quota), filters, sorting, paging.</summary>
public sealed record StaffingFilter : StaffingListFilter
{
    public string? Text { get; init; }
    public EstablishmentKind? Kind { get; init; }
    /// <summary>Townships (and sub-districts) or district departments.</summary>
    public bool? Townships { get; init; }
    public StaffingStatus? Status { get; init; }
    /// <summary>Quotas in force on this day; null lists every quota, ended ones too.</summary>
    public DateOnly? Day { get; init; }
    public StaffingSort Sort { get; init; }
}

/// <summary>
/// Staffing against establishment per unit and kind. Quotas are few (units × kinds), so one query loads those in
/// scope, one grouped query counts the staff, and filters on the computed columns run in memory.
/// </summary>
public static class StaffingOverview
{
    public static async Task<Paged<StaffingRow>> RunAsync(JicengDbContext db, DataScope scope, StaffingFilter filter, CancellationToken ct = default)
    {
        var rows = await AllAsync(db, scope, filter, int.MaxValue, ct);
        return new Paged<StaffingRow>([.. rows.Skip(filter.Skip).Take(filter.Size)], rows.Count, filter.Number, filter.Size);
    }

    public static async Task<IReadOnlyList<StaffingRow>> AllAsync(JicengDbContext db, DataScope scope, StaffingFilter f, int limit, CancellationToken ct = default)
    {
        var query = db.EstablishmentQuotas.AsNoTracking().InScope(scope);
        if (f.Day is { } day)
        {
            query = query.Where(q => q.From <= day && (q.To == null || q.To >= day));
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(q => q.Kind == kind);
        }

        if (f.Townships is { } townships)
        {
            query = townships
                ? query.Where(q => q.OrgUnit!.Kind == OrgUnitKind.Township || q.OrgUnit.Kind == OrgUnitKind.SubDistrict)
                : query.Where(q => q.OrgUnit!.Kind == OrgUnitKind.DistrictDepartment);
        }

        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(q => q.OrgUnit!.Name.Contains(text));
        }

        var quotas = await query
            .Select(q => new { q.Id, q.OrgUnitId, q.OrgUnit!.Name, UnitKind = q.OrgUnit.Kind, q.OrgUnit.IsRemoteHardship, q.OrgUnit.SortOrder, q.Kind, q.Approved, q.From, q.To, q.Document, q.Version })
            .ToListAsync(ct);
        var staff = await StaffCounts.LoadAsync(db, scope, ct);
        var rows = quotas
            .OrderBy(q => q.UnitKind).ThenBy(q => q.SortOrder).ThenBy(q => q.Kind).ThenByDescending(q => q.From)
            .Select(q => new StaffingRow(q.Id, q.OrgUnitId, q.Name, q.UnitKind, q.IsRemoteHardship, q.Kind, q.Approved,
                staff.GetValueOrDefault((q.OrgUnitId, q.Kind)), q.From, q.To, q.Document, q.Version))
            .Where(r => f.Status switch
            {
                StaffingStatus.Over => r.Over > 0,
                StaffingStatus.Vacant => r.Vacancies > 0,
                StaffingStatus.Full => r.Staff == r.Approved,
                null => true,
                _ => true,
            });
        return [.. Sort(rows, f).Take(limit)];
    }

    private static IEnumerable<StaffingRow> Sort(IEnumerable<StaffingRow> rows, StaffingFilter f)
    {
        Func<StaffingRow, int>? key = f.Sort switch
        {
            StaffingSort.Approved => r => r.Approved,
            StaffingSort.Staff => r => r.Staff,
            StaffingSort.Vacancies => r => r.Vacancies,
            StaffingSort.Over => r => r.Over,
            StaffingSort.Unit => null,
            _ => null,
        };
        if (key is null)
        {
            return f.Descending ? rows.Reverse() : rows;
        }

        // Stable: equal keys keep the tree order.
        return f.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
    }
}
