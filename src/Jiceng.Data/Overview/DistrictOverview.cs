using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Overview;

/// <summary>
/// The home page's figures for the user's scope, each one grouped query. Reserve village cadres (后备干部) are
/// candidates, not cadres: they are counted apart, and the women, party-member and minority figures are of serving cadres.
/// </summary>
public sealed record DistrictOverview(
    IReadOnlyDictionary<OrgUnitKind, int> UnitsByKind,
    IReadOnlyDictionary<CadreCategory, int> CadresByCategory,
    int Women,
    int PartyMembers,
    int Minorities)
{
    /// <summary>Serving cadres: every category but the reserve.</summary>
    public int Cadres => CadresByCategory.Where(kv => kv.Key != CadreCategory.ReserveVillageCadre).Sum(kv => kv.Value);

    public int Reserve => CadresByCategory.GetValueOrDefault(CadreCategory.ReserveVillageCadre);

    public static async Task<DistrictOverview> LoadAsync(JicengDbContext db, DataScope scope, CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().InScope(scope)
            .GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var cadres = db.Cadres.AsNoTracking().InScope(scope);
        var byCategory = await cadres.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var serving = cadres.Where(c => c.Category != CadreCategory.ReserveVillageCadre);
        var women = await serving.CountAsync(c => c.Sex == Sex.Female, ct);
        var party = await serving.CountAsync(c => c.PoliticalStatusCode == "01" || c.PoliticalStatusCode == "02", ct);
        var minorities = await serving.CountAsync(c => c.EthnicityCode != "01", ct);
        return new DistrictOverview(units, byCategory, women, party, minorities);
    }
}
