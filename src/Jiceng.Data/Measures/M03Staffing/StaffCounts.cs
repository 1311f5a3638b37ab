using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>
/// 实有人数: the cadres whose unit is the unit, counted per establishment kind with <see cref="EstablishmentKinds"/>;
/// one grouped query for the whole scope.
/// </summary>
public static class StaffCounts
{
    public static async Task<IReadOnlyDictionary<(int UnitId, EstablishmentKind Kind), int>> LoadAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var groups = await db.Cadres.AsNoTracking().InScope(scope)
            .GroupBy(c => new { c.OrgUnitId, c.Category })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Category, Count = g.Count() })
            .ToListAsync(ct);
        return groups
            .Select(g => (g.OrgUnitId, Kind: EstablishmentKinds.Of(g.Category), g.Count))
            .Where(g => g.Kind is not null)
            .GroupBy(g => (g.OrgUnitId, g.Kind!.Value))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
    }

    /// <summary>The staff of one unit and kind (for a single quota).</summary>
    public static Task<int> OfAsync(JicengDbContext db, int unitId, EstablishmentKind kind, CancellationToken ct)
    {
        var categories = EstablishmentKinds.CategoriesOf(kind);
        return db.Cadres.CountAsync(c => c.OrgUnitId == unitId && categories.Contains(c.Category), ct);
    }
}
