using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Core.Ranks;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// What saving a rank would charge to a quota on the rank's start day: the unit charged, the cadre's own unit, the
/// quota in force that day (null when none is recorded) and how many other ranks are charged to it that day.
/// </summary>
public sealed record RankCharge(
    string RankCode, DateOnly Day, int QuotaUnitId, string QuotaUnitName, OrgUnitKind QuotaUnitKind, int CadreUnitId, int? Quota, int OtherHolders);

/// <summary>
/// R4.1 applied at save (第四条): a rank is refused when it would take a township's quota for someone who is not the
/// township's own staff, or when the quota in force on its start day is already full. A later quota cut or history
/// entered out of order can still leave a unit over quota; R4.1 reports that as a finding.
/// </summary>
public static class RankQuotaGuard
{
    public static IReadOnlyList<FieldError> Check(RankCharge charge)
    {
        var errors = new List<FieldError>();
        var rank = RankLevels.Label(charge.RankCode);
        if (charge.QuotaUnitKind.IsTownshipLevel() && charge.CadreUnitId != charge.QuotaUnitId)
        {
            errors.Add(new FieldError("quotaUnitId",
                $"职数使用单位：{charge.QuotaUnitName}的职级职数只能由本乡镇（街道）干部使用，该干部不属于{charge.QuotaUnitName}（第四条，R4.1 乡镇职级职数专用）"));
        }
        else if (!RankValidator.HasQuotas(charge.QuotaUnitKind))
        {
            errors.Add(new FieldError("quotaUnitId", "职数使用单位：只有乡镇（街道）和区直部门核定职级职数"));
        }

        if (charge.Quota is { } quota && charge.OtherHolders + 1 > quota)
        {
            errors.Add(new FieldError("rankCode",
                $"职级：{charge.QuotaUnitName}{rank}职数{quota}名，{Dates.Format(charge.Day)}已有{charge.OtherHolders}名，不能再任该职级（第四条，R4.1 职级职数）"));
        }

        return errors;
    }
}
