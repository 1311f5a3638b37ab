using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// Checks the clause 三 records on their own (every problem at once, zh-CN, the field named). What needs the database
/// (the unit in scope, overlapping quotas, duplicate events) is the command service's.
/// </summary>
public static class StaffingValidators
{
    public const int EarliestYear = 1949;
    public const int LatestYear = 2099;

    /// <summary>Units approved an establishment: townships, sub-districts and district departments.</summary>
    public static bool HoldsEstablishment(OrgUnitKind kind) => kind.IsTownshipLevel() || kind == OrgUnitKind.DistrictDepartment;

    public static IReadOnlyList<FieldError> Quota(EstablishmentQuotaInput input, OrgUnitKind? unitKind)
    {
        var errors = new List<FieldError>();
        if (input.OrgUnitId is null or <= 0)
        {
            errors.Add(new FieldError("orgUnitId", "单位：必填"));
        }
        else if (unitKind is { } k && !HoldsEstablishment(k))
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有乡镇（街道）和区直部门核定编制"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "编制类型：必填"));
        }

        if (input.Approved is not { } approved)
        {
            errors.Add(new FieldError("approved", "核定编制数：必填"));
        }
        else if (approved is < 0 or > EstablishmentQuota.MaxApproved)
        {
            errors.Add(new FieldError("approved", $"核定编制数：应为0至{EstablishmentQuota.MaxApproved}之间的整数，不能为{approved}"));
        }

        AddPeriod(errors, input.From, input.To, "from", "起始日期", "to", "截止日期");
        if (FreeText.Problem(input.Document, EstablishmentQuota.DocumentMaxLength, required: false) is { } doc)
        {
            errors.Add(new FieldError("document", $"批准文号：{doc}"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Position(RecruitmentPositionInput input, OrgUnit? unit)
    {
        var errors = new List<FieldError>();
        if (input.OrgUnitId is null or <= 0)
        {
            errors.Add(new FieldError("orgUnitId", "招录单位：必填"));
        }
        else if (unit is not null && !HoldsEstablishment(unit.Kind))
        {
            errors.Add(new FieldError("orgUnitId", "招录单位：只有乡镇（街道）和区直部门设招录岗位"));
        }

        if (input.Year is not { } year)
        {
            errors.Add(new FieldError("year", "招录年度：必填"));
        }
        else if (year is < EarliestYear or > LatestYear)
        {
            errors.Add(new FieldError("year", $"招录年度：应在{EarliestYear}至{LatestYear}之间"));
        }

        if (FreeText.Problem(input.Title, RecruitmentPosition.TitleMaxLength, required: true) is { } title)
        {
            errors.Add(new FieldError("title", $"岗位名称：{title}"));
        }

        if (input.Hires is not { } hires)
        {
            errors.Add(new FieldError("hires", "招录人数：必填"));
        }
        else if (hires is < 1 or > RecruitmentPosition.MaxHires)
        {
            errors.Add(new FieldError("hires", $"招录人数：应为1至{RecruitmentPosition.MaxHires}之间的整数，不能为{hires}"));
        }

        if (input.ExamRatio is not { } ratio)
        {
            errors.Add(new FieldError("examRatio", "开考比例：必填"));
        }
        else if (ratio is < 1 or > RecruitmentPosition.MaxExamRatio)
        {
            errors.Add(new FieldError("examRatio", $"开考比例：应为1至{RecruitmentPosition.MaxExamRatio}之间的整数（3表示3:1），不能为{ratio}"));
        }

        // Looser education and age limits are what the policy grants remote townships, not a unit's own choice.
        if (unit is { IsRemoteHardship: false })
        {
            if (input.RelaxedEducation)
            {
                errors.Add(new FieldError("relaxedEducation", "放宽学历：只有艰苦边远乡镇的岗位可以放宽学历要求（第三条）"));
            }

            if (input.RelaxedAge)
            {
                errors.Add(new FieldError("relaxedAge", "放宽年龄：只有艰苦边远乡镇的岗位可以放宽年龄要求（第三条）"));
            }
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Agency(DispatchedAgencyInput input, OrgUnitKind? townshipKind, OrgUnitKind? departmentKind)
    {
        var errors = new List<FieldError>();
        if (FreeText.Problem(input.Name, DispatchedAgency.NameMaxLength, required: true) is { } name)
        {
            errors.Add(new FieldError("name", $"机构名称：{name}"));
        }

        if (input.TownshipId is null or <= 0)
        {
            errors.Add(new FieldError("townshipId", "所在乡镇：必填"));
        }
        else if (townshipKind is { } t && !t.IsTownshipLevel())
        {
            errors.Add(new FieldError("townshipId", "所在乡镇：须为乡镇或街道"));
        }

        if (input.DepartmentId is null or <= 0)
        {
            errors.Add(new FieldError("departmentId", "派出部门：必填"));
        }
        else if (departmentKind is { } d && d != OrgUnitKind.DistrictDepartment)
        {
            errors.Add(new FieldError("departmentId", "派出部门：须为区直部门"));
        }

        AddPeriod(errors, input.From, input.To, "from", "设立日期", "to", "撤销日期");
        return errors;
    }

    /// <param name="agencyFrom">The agency's founding day: nothing is decided about its head before it.</param>
    public static IReadOnlyList<FieldError> HeadEvent(AgencyHeadEventInput input, DateOnly agencyFrom, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.CadreId is null or <= 0)
        {
            errors.Add(new FieldError("cadreId", "负责人：必填"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "事项：必填（考核、任职或免职）"));
        }

        if (input.Date is not { } date)
        {
            errors.Add(new FieldError("date", "日期：必填"));
        }
        else if (date > today)
        {
            errors.Add(new FieldError("date", $"日期：{Dates.Format(date)}晚于今天"));
        }
        else if (date < agencyFrom)
        {
            errors.Add(new FieldError("date", $"日期：{Dates.Format(date)}早于机构设立日期{Dates.Format(agencyFrom)}"));
        }

        if (input.OpinionOn is { } opinionOn)
        {
            if (opinionOn > today)
            {
                errors.Add(new FieldError("opinionOn", $"征求意见日期：{Dates.Format(opinionOn)}晚于今天"));
            }
            else if (Dates.OutsideRecordRange(opinionOn) is { } range)
            {
                errors.Add(new FieldError("opinionOn", $"征求意见日期：{range}"));
            }

            if (input.Opinion is not { } opinion || !Enum.IsDefined(opinion))
            {
                errors.Add(new FieldError("opinion", "乡镇党委意见：填写征求意见日期时必填"));
            }
        }
        else if (input.Opinion is not null || !string.IsNullOrWhiteSpace(input.OpinionText))
        {
            errors.Add(new FieldError("opinionOn", "征求意见日期：填写乡镇党委意见时必填"));
        }

        if (FreeText.Problem(input.OpinionText, AgencyHeadEvent.OpinionTextMaxLength, required: false, multiLine: true) is { } text)
        {
            errors.Add(new FieldError("opinionText", $"意见内容：{text}"));
        }

        return errors;
    }

    private static void AddPeriod(List<FieldError> errors, DateOnly? from, DateOnly? to, string fromField, string fromLabel, string toField, string toLabel)
    {
        if (from is not { } f)
        {
            errors.Add(new FieldError(fromField, $"{fromLabel}：必填"));
        }
        else if (Dates.OutsideRecordRange(f) is { } range)
        {
            errors.Add(new FieldError(fromField, $"{fromLabel}：{range}"));
        }
        else if (to is { } t && t < f)
        {
            errors.Add(new FieldError(toField, $"{toLabel}：{Dates.Format(t)}早于{fromLabel}{Dates.Format(f)}"));
        }

        if (to is { } end && Dates.OutsideRecordRange(end) is { } endRange)
        {
            errors.Add(new FieldError(toField, $"{toLabel}：{endRange}"));
        }
    }
}
