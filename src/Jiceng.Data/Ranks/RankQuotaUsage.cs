using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;
using Jiceng.Core.Ranks;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Ranks;

/// <summary>One unit's use of one rank on a day: quota in force (null when none), holders, free places and the holders from other units.</summary>
public sealed record RankQuotaUseRow(
    int UnitId, string UnitName, bool IsTownship, string RankCode, int? Quota, int Holders, IReadOnlyList<RankHolder> Foreign)
{
    public string RankLabel => RankLevels.Label(RankCode);

    /// <summary>Places left (negative when over quota); null without a quota.</summary>
    public int? Free => Quota - Holders;
}

/// <summary>
/// The quota page's table: for every unit in scope with a quota or a rank charged to it, per rank, on a day, read for
/// the whole scope at once (<see cref="LoadAsync"/>). The R4.1 facts query reads the same sets.
/// </summary>
public static class RankQuotaUsage
{
    public static async Task<IReadOnlyList<RankQuotaUseRow>> OnAsync(JicengDbContext db, DataScope scope, DateOnly day, int? unitId = null, CancellationToken ct = default)
    {
        var (quotas, holders, foreign) = await LoadAsync(db, scope, day, unitId, ct);
        return Combine(quotas, holders, foreign)
            .Select(u => new RankQuotaUseRow(u.Unit.Id, u.Unit.Name, u.Unit.IsTownship, u.RankCode, u.Quota, u.Holders, u.Foreign))
            .ToList();
    }

    /// <summary>A unit charged with ranks, as the facts need it.</summary>
    internal sealed record UnitRow(int Id, string Code, string Name, string Path, bool IsTownship, int SortOrder);

    internal sealed record QuotaRow(UnitRow Unit, string RankCode, int Count, DateOnly From);

    /// <summary>How many hold a rank charged to a unit that day.</summary>
    internal sealed record HolderCount(UnitRow Unit, string RankCode, int Count);

    /// <summary>A holder charged to a township's quota who belongs to another unit.</summary>
    internal sealed record ForeignRow(int QuotaUnitId, string RankCode, RankHolder Holder);

    internal sealed record Use(UnitRow Unit, string RankCode, int? Quota, int Holders, IReadOnlyList<RankHolder> Foreign);

    /// <summary>
    /// Three set-based reads: the quotas up to the day, the holders counted per unit and rank (GROUP BY: a province has
    /// tens of thousands of holders, and only their number is judged), and by name only the holders charged to a
    /// township who belong to another unit.
    /// </summary>
    internal static async Task<(List<QuotaRow> Quotas, List<HolderCount> Holders, List<ForeignRow> Foreign)> LoadAsync(
        JicengDbContext db, DataScope scope, DateOnly day, int? unitId, CancellationToken ct)
    {
        var quotaRows = await db.RankQuotas.AsNoTracking().InScope(scope)
            .Where(q => q.From <= day && (unitId == null || q.OrgUnitId == unitId))
            .Select(q => new
            {
                q.OrgUnitId, q.OrgUnit!.Code, q.OrgUnit.Name, q.OrgUnit.Path, q.OrgUnit.Kind, q.OrgUnit.SortOrder, q.RankCode, q.Count, q.From,
            })
            .ToListAsync(ct);
        var held = db.RankAssignments.AsNoTracking().ChargedInScope(scope)
            .Where(r => r.Start <= day && (r.End == null || r.End >= day) && (unitId == null || r.QuotaUnitId == unitId));
        var countRows = await held
            .GroupBy(r => new { r.QuotaUnitId, r.RankCode })
            .Select(g => new { g.Key.QuotaUnitId, g.Key.RankCode, Count = g.Count() })
            .ToListAsync(ct);
        var unitIds = countRows.Select(c => c.QuotaUnitId).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.Kind, u.SortOrder })
            .ToDictionaryAsync(u => u.Id, u => new UnitRow(u.Id, u.Code, u.Name, u.Path, u.Kind.IsTownshipLevel(), u.SortOrder), ct);
        var foreignRows = await held
            .Where(r => (r.QuotaUnit!.Kind == OrgUnitKind.Township || r.QuotaUnit.Kind == OrgUnitKind.SubDistrict) && r.Cadre!.OrgUnitId != r.QuotaUnitId)
            .Select(r => new { r.Id, r.CadreId, CadreName = r.Cadre!.Name, CadreUnitId = r.Cadre.OrgUnitId, CadreUnitName = r.Cadre.OrgUnit!.Name, r.QuotaUnitId, r.RankCode })
            .ToListAsync(ct);

        var quotas = quotaRows.Select(q => new QuotaRow(new UnitRow(q.OrgUnitId, q.Code, q.Name, q.Path, q.Kind.IsTownshipLevel(), q.SortOrder), q.RankCode, q.Count, q.From)).ToList();
        var holders = countRows.Select(c => new HolderCount(units[c.QuotaUnitId], c.RankCode, c.Count)).ToList();
        var foreign = foreignRows.Select(r => new ForeignRow(r.QuotaUnitId, r.RankCode, new RankHolder(r.Id, r.CadreId, r.CadreName, r.CadreUnitId, r.CadreUnitName))).ToList();
        return (quotas, holders, foreign);
    }

    /// <summary>Per unit and rank: the latest quota from on or before the day, the holders' count and the foreign holders (ordered by unit, then highest rank first).</summary>
    internal static IEnumerable<Use> Combine(List<QuotaRow> quotas, List<HolderCount> holders, List<ForeignRow> foreign)
    {
        var quotaOf = quotas.GroupBy(q => (q.Unit.Id, q.RankCode)).ToDictionary(g => g.Key, g => g.MaxBy(q => q.From)!);
        var countOf = holders.ToDictionary(h => (h.Unit.Id, h.RankCode), h => h.Count);
        var foreignOf = foreign.ToLookup(f => (f.QuotaUnitId, f.RankCode));
        var keys = quotaOf.Values.Select(q => (q.Unit, q.RankCode)).Concat(holders.Select(h => (h.Unit, h.RankCode)))
            .DistinctBy(k => (k.Unit.Id, k.RankCode))
            .OrderBy(k => k.Unit.SortOrder).ThenBy(k => k.Unit.Id).ThenByDescending(k => RankLevels.Ordinal(k.RankCode));
        foreach (var (unit, rank) in keys)
        {
            int? quota = quotaOf.TryGetValue((unit.Id, rank), out var q) ? q.Count : null;
            yield return new Use(unit, rank, quota, countOf.GetValueOrDefault((unit.Id, rank)),
                [.. foreignOf[(unit.Id, rank)].Select(f => f.Holder).OrderBy(h => h.RankId)]);
        }
    }
}
