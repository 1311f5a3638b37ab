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
/// The quota page's table: for every unit in scope with a quota or a rank charged to it, per rank, on a day. Two
/// queries for the whole scope: the quotas up to the day, and the ranks held that day with their holders' units.
/// The R4.1 facts query reads the same two sets.
/// </summary>
public static class RankQuotaUsage
{
    public static async Task<IReadOnlyList<RankQuotaUseRow>> OnAsync(JicengDbContext db, DataScope scope, DateOnly day, int? unitId = null, CancellationToken ct = default)
    {
        var (quotas, holders) = await LoadAsync(db, scope, day, unitId, ct);
        return Combine(quotas, holders)
            .Select(u => new RankQuotaUseRow(u.Unit.Id, u.Unit.Name, u.Unit.IsTownship, u.RankCode, u.Quota, u.Holders.Count,
                u.Unit.IsTownship ? [.. u.Holders.Where(h => h.CadreUnitId != u.Unit.Id)] : []))
            .ToList();
    }

    /// <summary>A unit charged with ranks, as the facts need it.</summary>
    internal sealed record UnitRow(int Id, string Code, string Name, string Path, bool IsTownship, int SortOrder);

    internal sealed record QuotaRow(UnitRow Unit, string RankCode, int Count, DateOnly From);

    internal sealed record HolderRow(UnitRow Unit, string RankCode, RankHolder Holder);

    internal sealed record Use(UnitRow Unit, string RankCode, int? Quota, IReadOnlyList<RankHolder> Holders);

    internal static async Task<(List<QuotaRow> Quotas, List<HolderRow> Holders)> LoadAsync(
        JicengDbContext db, DataScope scope, DateOnly day, int? unitId, CancellationToken ct)
    {
        var quotaRows = await db.RankQuotas.AsNoTracking().InScope(scope)
            .Where(q => q.From <= day && (unitId == null || q.OrgUnitId == unitId))
            .Select(q => new
            {
                q.OrgUnitId, q.OrgUnit!.Code, q.OrgUnit.Name, q.OrgUnit.Path, q.OrgUnit.Kind, q.OrgUnit.SortOrder, q.RankCode, q.Count, q.From,
            })
            .ToListAsync(ct);
        var holderRows = await db.RankAssignments.AsNoTracking().ChargedInScope(scope)
            .Where(r => r.Start <= day && (r.End == null || r.End >= day) && (unitId == null || r.QuotaUnitId == unitId))
            .Select(r => new
            {
                r.Id, r.CadreId, CadreName = r.Cadre!.Name, CadreUnitId = r.Cadre.OrgUnitId, CadreUnitName = r.Cadre.OrgUnit!.Name,
                r.QuotaUnitId, r.QuotaUnit!.Code, r.QuotaUnit.Name, r.QuotaUnit.Path, r.QuotaUnit.Kind, r.QuotaUnit.SortOrder, r.RankCode,
            })
            .ToListAsync(ct);

        var quotas = quotaRows.Select(q => new QuotaRow(new UnitRow(q.OrgUnitId, q.Code, q.Name, q.Path, q.Kind.IsTownshipLevel(), q.SortOrder), q.RankCode, q.Count, q.From)).ToList();
        var holders = holderRows.Select(r => new HolderRow(new UnitRow(r.QuotaUnitId, r.Code, r.Name, r.Path, r.Kind.IsTownshipLevel(), r.SortOrder), r.RankCode,
            new RankHolder(r.Id, r.CadreId, r.CadreName, r.CadreUnitId, r.CadreUnitName))).ToList();
        return (quotas, holders);
    }

    /// <summary>Per unit and rank: the latest quota from on or before the day, and the holders (ordered by unit, then highest rank first).</summary>
    internal static IEnumerable<Use> Combine(List<QuotaRow> quotas, List<HolderRow> holders)
    {
        var quotaOf = quotas.GroupBy(q => (q.Unit.Id, q.RankCode)).ToDictionary(g => g.Key, g => g.MaxBy(q => q.From)!);
        var holdersOf = holders.ToLookup(h => (h.Unit.Id, h.RankCode));
        var keys = quotaOf.Values.Select(q => (q.Unit, q.RankCode)).Concat(holders.Select(h => (h.Unit, h.RankCode)))
            .DistinctBy(k => (k.Unit.Id, k.RankCode))
            .OrderBy(k => k.Unit.SortOrder).ThenBy(k => k.Unit.Id).ThenByDescending(k => RankLevels.Ordinal(k.RankCode));
        foreach (var (unit, rank) in keys)
        {
            int? quota = quotaOf.TryGetValue((unit.Id, rank), out var q) ? q.Count : null;
            yield return new Use(unit, rank, quota, [.. holdersOf[(unit.Id, rank)].Select(h => h.Holder).OrderBy(h => h.RankId)]);
        }
    }
}
