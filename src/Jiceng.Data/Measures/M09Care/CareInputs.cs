using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;

namespace Jiceng.Data.Measures.M09Care;

/// <summary>A need raised in a talk and its follow-up.</summary>
public sealed record TalkNeedInput(string? Need, bool? Resolved, string? ResolvedBy, DateOnly? ResolvedOn, string? FollowUp);

/// <summary>A heart-to-heart talk as entered.</summary>
public sealed record TalkInput(DateOnly? TalkedOn, string? Talker, string? Topics, TalkNeedInput[]? Needs);

/// <summary>A health checkup as entered; the mental-health result is not part of it (<see cref="MentalHealthInput"/>).</summary>
public sealed record CheckupInput(string? Institution, DateOnly? CheckedOn, string? Items, decimal? CostYuan, CheckupPayer? PaidBy, bool? MentalHealthAssessed);

/// <summary>The restricted part of a checkup: the mental-health result, referral and follow-up.</summary>
public sealed record MentalHealthInput(int? Version, string? Result, string? Referral, string? FollowUp);

/// <summary>A stationing in a village as entered.</summary>
public sealed record StationingInput(int? VillageId, DateOnly? Start, DateOnly? End);

/// <summary>A personal-safety incident as reported.</summary>
public sealed record IncidentInput(DateTimeOffset? ReportedAt, string? Summary);

/// <summary>What a handling step does to its incident.</summary>
public enum IncidentStepKind
{
    /// <summary>受理.</summary>
    Accept = 1,
    /// <summary>处置.</summary>
    Handle = 2,
    /// <summary>办结.</summary>
    Close = 3,
}

/// <summary>A handling step of an incident.</summary>
public sealed record IncidentStepInput(int? Version, IncidentStepKind? Kind, DateTimeOffset? At, string? Action, string? By, string? Outcome);

/// <summary>A lecture or activity as entered, with the cadres present.</summary>
public sealed record ActivityInput(int? OrgUnitId, CareActivityKind? Kind, DateOnly? HeldOn, string? Title, int[]? CadreIds);

/// <summary>Chinese field errors of clause 九's inputs, each naming the field (and the position in a list).</summary>
internal static class CareValidator
{
    public static List<FieldError> Talk(TalkInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        Day(errors, "talkedOn", "谈话日期", input.TalkedOn, today, required: true);
        Text(errors, "talker", "谈话人", input.Talker, HeartTalk.TalkerMaxLength, required: true);
        Text(errors, "topics", "谈话内容", input.Topics, HeartTalk.TopicsMaxLength, required: true);
        var needs = input.Needs ?? [];
        if (needs.Length > 20)
        {
            errors.Add(new("needs", "反映诉求：最多20条"));
        }

        for (var i = 0; i < needs.Length && i < 20; i++)
        {
            var n = needs[i];
            var at = $"needs[{i}]";
            var label = $"第{i + 1}条诉求";
            if (n is null)
            {
                errors.Add(new(at, $"{label}：不能为空"));
                continue;
            }

            Text(errors, $"{at}.need", $"{label}的内容", n.Need, TalkNeed.TextMaxLength, required: true);
            Text(errors, $"{at}.resolvedBy", $"{label}的解决人", n.ResolvedBy, HeartTalk.TalkerMaxLength, required: n.Resolved == true);
            Text(errors, $"{at}.followUp", $"{label}的跟进情况", n.FollowUp, TalkNeed.TextMaxLength);
            Day(errors, $"{at}.resolvedOn", $"{label}的解决日期", n.ResolvedOn, today, required: n.Resolved == true);
            if (n.Resolved != true && (n.ResolvedOn is not null || !string.IsNullOrWhiteSpace(n.ResolvedBy)))
            {
                errors.Add(new($"{at}.resolved", $"{label}：填写了解决人或解决日期，须标记为已解决"));
            }

            if (n.ResolvedOn is { } r && input.TalkedOn is { } t && r < t)
            {
                errors.Add(new($"{at}.resolvedOn", $"{label}的解决日期：不能早于谈话日期{Dates.Format(t)}"));
            }
        }

        return errors;
    }

    public static List<FieldError> Checkup(CheckupInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        Text(errors, "institution", "体检机构", input.Institution, HealthCheckup.InstitutionMaxLength, required: true);
        Day(errors, "checkedOn", "体检日期", input.CheckedOn, today, required: true);
        Text(errors, "items", "体检项目", input.Items, HealthCheckup.ItemsMaxLength, required: true);
        if (input.CostYuan is not { } cost)
        {
            errors.Add(new("costYuan", "体检费用：必填"));
        }
        else if (cost < 0 || cost > 1_000_000m || decimal.Round(cost, 2) != cost)
        {
            errors.Add(new("costYuan", "体检费用：须为0至1000000元之间的金额，最多两位小数"));
        }

        if (input.PaidBy is not { } p || !Enum.IsDefined(p))
        {
            errors.Add(new("paidBy", "支付方：必填，须为财政、单位、个人或其他"));
        }

        return errors;
    }

    public static List<FieldError> MentalHealth(MentalHealthInput input)
    {
        var errors = new List<FieldError>();
        Text(errors, "result", "心理健康测评结果", input.Result, 1000, required: true);
        Text(errors, "referral", "转介情况", input.Referral, 1000);
        Text(errors, "followUp", "随访情况", input.FollowUp, 1000);
        if (string.IsNullOrWhiteSpace(input.Referral) && !string.IsNullOrWhiteSpace(input.FollowUp))
        {
            errors.Add(new("followUp", "随访情况：须先填写转介情况"));
        }

        return errors;
    }

    public static List<FieldError> Incident(IncidentInput input, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        Instant(errors, "reportedAt", "报告时间", input.ReportedAt, now);
        Text(errors, "summary", "事件概要", input.Summary, SafetyIncident.SummaryMaxLength, required: true);
        return errors;
    }

    public static List<FieldError> Step(SafetyIncident incident, IncidentStepInput input, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new("kind", "环节：必填，须为受理、处置或办结"));
        }
        else if (incident.ClosedAt is not null)
        {
            errors.Add(new("kind", "环节：该事件已办结，不能再记录"));
        }
        else if (kind == IncidentStepKind.Accept && incident.AcceptedAt is not null)
        {
            errors.Add(new("kind", "环节：该事件已受理"));
        }
        else if (kind != IncidentStepKind.Accept && incident.AcceptedAt is null)
        {
            errors.Add(new("kind", "环节：须先受理"));
        }

        Instant(errors, "at", "时间", input.At, now);
        var reported = DateTime.SpecifyKind(incident.ReportedAt, DateTimeKind.Utc);
        var last = incident.Steps.Count == 0 ? reported : DateTime.SpecifyKind(incident.Steps.Max(s => s.At), DateTimeKind.Utc);
        if (input.At is { } at && at.UtcDateTime < last)
        {
            errors.Add(new("at", $"时间：不能早于报告时间或上一环节（{Format(last)}）"));
        }

        Text(errors, "action", "处置情况", input.Action, IncidentStep.ActionMaxLength, required: true);
        Text(errors, "by", "经办人", input.By, HeartTalk.TalkerMaxLength, required: true);
        Text(errors, "outcome", "办结结果", input.Outcome, SafetyIncident.SummaryMaxLength, required: input.Kind == IncidentStepKind.Close);
        return errors;
    }

    public static List<FieldError> Activity(ActivityInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new("kind", "活动类型：必填，须为心理健康知识讲座、文化活动或体育活动"));
        }

        Day(errors, "heldOn", "举办日期", input.HeldOn, today, required: true);
        Text(errors, "title", "活动名称", input.Title, CareActivity.TitleMaxLength, required: true);
        var ids = input.CadreIds ?? [];
        if (ids.Length > 2000)
        {
            errors.Add(new("cadreIds", "参加人员：最多2000人"));
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (Array.IndexOf(ids, ids[i]) < i)
            {
                errors.Add(new($"cadreIds[{i}]", $"参加人员第{i + 1}项：重复"));
            }
        }

        return errors;
    }

    public static string Format(DateTime utc) => (utc + ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Day(List<FieldError> errors, string field, string label, DateOnly? day, DateOnly today, bool required)
    {
        if (day is not { } d)
        {
            if (required)
            {
                errors.Add(new(field, $"{label}：必填"));
            }
        }
        else if (Dates.OutsideRecordRange(d) is { } outside)
        {
            errors.Add(new(field, $"{label}：{outside}"));
        }
        else if (d > today)
        {
            errors.Add(new(field, $"{label}：不能晚于今天（{Dates.Format(today)}）"));
        }
    }

    private static void Instant(List<FieldError> errors, string field, string label, DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } t)
        {
            errors.Add(new(field, $"{label}：必填"));
        }
        else if (Dates.OutsideRecordRange(DateOnly.FromDateTime(t.UtcDateTime + ChinaTime.Offset)) is { } outside)
        {
            errors.Add(new(field, $"{label}：{outside}"));
        }
        else if (t > now.AddMinutes(5))
        {
            errors.Add(new(field, $"{label}：不能晚于现在"));
        }
    }

    private static void Text(List<FieldError> errors, string field, string label, string? text, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new(field, $"{label}：必填"));
            }
        }
        else if (text.Trim().Length > max)
        {
            errors.Add(new(field, $"{label}：最多{max}个字"));
        }
    }
}
