using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Ranks;

/// <summary>
/// Checks a rank and a rank quota on their own (every problem at once, zh-CN). The checks that need other records —
/// the quota in force and its holders (R4.1), the cadre's other ranks — are the command's, through
/// <see cref="Measures.M04Promotion.RankQuotaGuard"/> and <see cref="RankHistory"/>.
/// </summary>
public static class RankValidator
{
    /// <summary>Civil servants hold ranks: township civil servants, selected graduates and district-organ staff.</summary>
    public static bool HoldsRanks(CadreCategory category) =>
        category is CadreCategory.TownshipCivilServant or CadreCategory.SelectedGraduate or CadreCategory.DistrictOrganStaff;

    /// <summary>Townships, sub-districts and district departments have rank quotas.</summary>
    public static bool HasQuotas(OrgUnitKind kind) => kind.IsTownshipLevel() || kind == OrgUnitKind.DistrictDepartment;

    public static IReadOnlyList<FieldError> Validate(RankInput input, CadreCategory category, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!HoldsRanks(category))
        {
            errors.Add(new FieldError("rankCode", "职级：只有公务员（乡镇公务员、选调生、区直机关干部）任职级"));
        }

        if (string.IsNullOrWhiteSpace(input.RankCode))
        {
            errors.Add(new FieldError("rankCode", "职级：必填"));
        }
        else if (!RankLevels.Table.Contains(input.RankCode))
        {
            errors.Add(new FieldError("rankCode", "职级：不是职级代码表中的职级"));
        }

        AddDateErrors(errors, input.Start, input.End, today);
        if (FreeText.Problem(input.DocumentNumber, RankAssignment.DocumentNumberMaxLength, required: false) is { } docProblem)
        {
            errors.Add(new FieldError("documentNumber", $"文号：{docProblem}"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateQuota(RankQuotaInput input, OrgUnitKind? unitKind)
    {
        var errors = new List<FieldError>();
        if (input.OrgUnitId is null or <= 0)
        {
            errors.Add(new FieldError("orgUnitId", "单位：必填"));
        }
        else if (unitKind is { } kind && !HasQuotas(kind))
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有乡镇（街道）和区直部门核定职级职数"));
        }

        if (string.IsNullOrWhiteSpace(input.RankCode))
        {
            errors.Add(new FieldError("rankCode", "职级：必填"));
        }
        else if (!RankLevels.Table.Contains(input.RankCode))
        {
            errors.Add(new FieldError("rankCode", "职级：不是职级代码表中的职级"));
        }

        if (input.Count is not { } count)
        {
            errors.Add(new FieldError("count", "职数：必填"));
        }
        else if (count is < 0 or > 999)
        {
            errors.Add(new FieldError("count", $"职数：{count}不在0至999之间"));
        }

        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "生效日期：必填"));
        }
        else if (Dates.OutsideRecordRange(from) is { } fromProblem)
        {
            errors.Add(new FieldError("from", $"生效日期：{fromProblem}"));
        }

        if (FreeText.Problem(input.DocumentNumber, RankQuota.DocumentNumberMaxLength, required: false) is { } docProblem)
        {
            errors.Add(new FieldError("documentNumber", $"文号：{docProblem}"));
        }

        return errors;
    }

    /// <summary>The start is required, in range and not in the future; the end, when given, is not before the start nor in the future.</summary>
    public static void AddDateErrors(List<FieldError> errors, DateOnly? start, DateOnly? end, DateOnly today)
    {
        if (start is not { } s)
        {
            errors.Add(new FieldError("start", "任职时间：必填"));
        }
        else if (s > today)
        {
            errors.Add(new FieldError("start", $"任职时间：{Dates.Format(s)}晚于今天"));
        }
        else if (Dates.OutsideRecordRange(s) is { } startProblem)
        {
            errors.Add(new FieldError("start", $"任职时间：{startProblem}"));
        }
        else if (end is { } e && e < s)
        {
            errors.Add(new FieldError("end", $"免职时间：{Dates.Format(e)}早于任职时间{Dates.Format(s)}"));
        }

        if (end is { } late && late > today)
        {
            errors.Add(new FieldError("end", $"免职时间：{Dates.Format(late)}晚于今天"));
        }
    }
}
