using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>A cadre holding a rank charged to a unit's quota on the evaluation day, with the unit the cadre belongs to.</summary>
public sealed record RankHolder(int RankId, int CadreId, string CadreName, int CadreUnitId, string CadreUnitName);

/// <summary>
/// One unit's use of one rank on the evaluation day: the quota in force (null when none is recorded, 职数未核定), how
/// many hold a rank charged to it, and those of them who belong to another unit (<see cref="Foreign"/>; read only for
/// townships). <see cref="IsTownship"/> says whether the quota is a township's (乡镇、街道), reserved for its own staff.
/// Counting in the database and naming only the foreign holders keeps a province's facts small (tens of thousands of
/// holders, a handful of them foreign).
/// </summary>
public sealed record RankQuotaFacts(Subject Unit, bool IsTownship, string RankCode, int? Quota, int HolderCount, IReadOnlyList<RankHolder> Foreign)
{
    /// <summary>The facts of a unit from its full list of holders (tests and cases): the count, and the holders of other units.</summary>
    public static RankQuotaFacts FromHolders(Subject unit, bool isTownship, string rankCode, int? quota, IReadOnlyList<RankHolder> holders) =>
        new(unit, isTownship, rankCode, quota, holders.Count, [.. holders.Where(h => h.CadreUnitId != unit.Id)]);
}
