using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>A cadre holding a rank charged to a unit's quota on the evaluation day, with the unit the cadre belongs to.</summary>
public sealed record RankHolder(int RankId, int CadreId, string CadreName, int CadreUnitId, string CadreUnitName);

/// <summary>
/// One unit's use of one rank on the evaluation day: the quota in force (null when none is recorded, 职数未核定) and
/// every holder charged to it. <see cref="IsTownship"/> says whether the quota is a township's (乡镇、街道), reserved for
/// its own staff.
/// </summary>
public sealed record RankQuotaFacts(Subject Unit, bool IsTownship, string RankCode, int? Quota, IReadOnlyList<RankHolder> Holders);
