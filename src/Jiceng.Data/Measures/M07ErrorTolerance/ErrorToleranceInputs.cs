using Jiceng.Core.Common;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Core.Policy;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>A sanction as entered.</summary>
public sealed record SanctionInput
{
    public SanctionKind? Kind { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public string? Authority { get; init; }

    public string? DocumentNumber { get; init; }

    public string? Facts { get; init; }
}

/// <summary>An error-tolerance case as received.</summary>
public sealed record CaseInput
{
    public DateOnly? ReceivedOn { get; init; }

    public int? SanctionId { get; init; }

    public string? Facts { get; init; }
}

/// <summary>One step of a case; a 决定 step carries the decision, a 认定 or later step may set the criteria checklist.</summary>
public sealed record CaseStepInput
{
    public CaseStage? Stage { get; init; }

    public string? Author { get; init; }

    public DateOnly? On { get; init; }

    public string? Documents { get; init; }

    public string? Note { get; init; }

    public CaseCriteria? Criteria { get; init; }

    public CaseDecision? Decision { get; init; }
}

/// <summary>An accusation as received.</summary>
public sealed record AccusationInput
{
    public DateOnly? ReceivedOn { get; init; }

    public string? Source { get; init; }

    public string? Content { get; init; }
}

/// <summary>An accusation's conclusion and, for a false one, its clarification.</summary>
public sealed record AccusationOutcomeInput
{
    public AccusationConclusion? Conclusion { get; init; }

    public DateOnly? ConcludedOn { get; init; }

    public string? ClarifyMethod { get; init; }

    public string? ClarifyScope { get; init; }

    public DateOnly? ClarifiedOn { get; init; }
}

/// <summary>Field checks of clause 七's inputs, each error naming its field in Chinese.</summary>
public static class ErrorToleranceValidator
{
    public static List<FieldError> Validate(SanctionInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new("kind", "处分种类：必填，须为警告、记过、记大过、降级、撤职之一"));
        }

        Day(errors, "effectiveOn", "生效日期", input.EffectiveOn, today, required: true);
        Text(errors, "authority", "决定机关", input.Authority, Sanction.AuthorityMaxLength, required: true);
        Text(errors, "documentNumber", "文号", input.DocumentNumber, Sanction.DocumentNumberMaxLength);
        Text(errors, "facts", "违纪事实", input.Facts, Sanction.FactsMaxLength);
        return errors;
    }

    public static List<FieldError> Validate(CaseInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        Day(errors, "receivedOn", "受理日期", input.ReceivedOn, today, required: true);
        Text(errors, "facts", "案件事实", input.Facts, ToleranceCase.FactsMaxLength);
        return errors;
    }

    public static List<FieldError> Validate(CaseStepInput input, ToleranceCase current, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Stage is not { } stage || !Enum.IsDefined(stage))
        {
            errors.Add(new("stage", "环节：必填，须为受理、核实、分析、认定、决定之一"));
        }
        else if (current.Decision is not null)
        {
            errors.Add(new("stage", "环节：案件已作出决定，不能再添加环节"));
        }
        else if (current.Steps.Count > 0 && stage < current.Stage)
        {
            errors.Add(new("stage", $"环节：案件已进行到{Label(current.Stage)}，不能回到{Label(stage)}"));
        }

        Text(errors, "author", "经办人", input.Author, CaseStep.AuthorMaxLength, required: true);
        Day(errors, "on", "日期", input.On, today, required: true);
        if (input.On is { } on && on < current.ReceivedOn)
        {
            errors.Add(new("on", $"日期：不能早于受理日期{Dates.Format(current.ReceivedOn)}"));
        }
        else if (input.On is { } o && current.Steps.Count > 0 && o < current.Steps.Max(s => s.On))
        {
            errors.Add(new("on", $"日期：不能早于上一环节的日期{Dates.Format(current.Steps.Max(s => s.On))}"));
        }

        Text(errors, "documents", "材料", input.Documents, CaseStep.DocumentsMaxLength);
        Text(errors, "note", "意见", input.Note, CaseStep.NoteMaxLength);
        if (input.Stage == CaseStage.Decision && (input.Decision is not { } d || !Enum.IsDefined(d)))
        {
            errors.Add(new("decision", "决定结果：决定环节必填，须为容错免责、从轻减轻、不予容错之一"));
        }
        else if (input.Stage != CaseStage.Decision && input.Decision is not null)
        {
            errors.Add(new("decision", "决定结果：只在决定环节填写"));
        }

        return errors;
    }

    public static List<FieldError> Validate(AccusationInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        Day(errors, "receivedOn", "收到日期", input.ReceivedOn, today, required: true);
        Text(errors, "source", "来源", input.Source, Accusation.SourceMaxLength, required: true);
        Text(errors, "content", "反映内容", input.Content, Accusation.ContentMaxLength);
        return errors;
    }

    public static List<FieldError> Validate(AccusationOutcomeInput input, DateOnly receivedOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Conclusion is { } c && !Enum.IsDefined(c))
        {
            errors.Add(new("conclusion", "核查结论：须为属实、部分属实、不实、诬告之一"));
        }

        Day(errors, "concludedOn", "办结日期", input.ConcludedOn, today, required: input.Conclusion is not null);
        if (input.ConcludedOn is { } con && con < receivedOn)
        {
            errors.Add(new("concludedOn", $"办结日期：不能早于收到日期{Dates.Format(receivedOn)}"));
        }

        var clarifies = input.ClarifiedOn is not null || !string.IsNullOrWhiteSpace(input.ClarifyMethod) || !string.IsNullOrWhiteSpace(input.ClarifyScope);
        if (clarifies && !Accusation.IsFalse(input.Conclusion))
        {
            errors.Add(new("clarifiedOn", "澄清日期：只有核查结论为不实或诬告的才需澄清正名"));
        }
        else if (clarifies)
        {
            Day(errors, "clarifiedOn", "澄清日期", input.ClarifiedOn, today, required: true);
            Text(errors, "clarifyMethod", "澄清方式", input.ClarifyMethod, Accusation.MethodMaxLength, required: true);
            Text(errors, "clarifyScope", "澄清范围", input.ClarifyScope, Accusation.ScopeMaxLength, required: true);
            if (input.ClarifiedOn is { } cl && input.ConcludedOn is { } cc && cl < cc)
            {
                errors.Add(new("clarifiedOn", $"澄清日期：不能早于办结日期{Dates.Format(cc)}"));
            }
        }

        return errors;
    }

    public static string Label(CaseStage stage) => stage switch
    {
        CaseStage.Intake => "受理",
        CaseStage.Verification => "核实",
        CaseStage.Analysis => "分析",
        CaseStage.Determination => "认定",
        CaseStage.Decision => "决定",
        _ => "",
    };

    public static string Label(CaseDecision decision) => decision switch
    {
        CaseDecision.Exempted => "容错免责",
        CaseDecision.Mitigated => "从轻减轻",
        CaseDecision.NotTolerated => "不予容错",
        _ => "",
    };

    public static string Label(CaseCriteria criterion) => criterion switch
    {
        CaseCriteria.Pioneering => "因缺乏经验、先行先试出现失误",
        CaseCriteria.NoProhibitionBroken => "未违反法律法规和明令禁止的规定",
        CaseCriteria.NoPersonalGain => "出于公心、未谋取私利",
        CaseCriteria.DemocraticProcedure => "经过民主决策程序",
        CaseCriteria.LossRemedied => "主动挽回损失、消除影响",
        _ => "",
    };

    private static void Day(List<FieldError> errors, string field, string label, DateOnly? day, DateOnly today, bool required)
    {
        if (day is not { } d)
        {
            if (required)
            {
                errors.Add(new(field, $"{label}：必填"));
            }

            return;
        }

        if (Dates.OutsideRecordRange(d) is { } why)
        {
            errors.Add(new(field, $"{label}：{why}"));
        }
        else if (d > today)
        {
            errors.Add(new(field, $"{label}：不能晚于今天（{Dates.Format(today)}）"));
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
            errors.Add(new(field, $"{label}：不能超过{max}个字（现为{text.Trim().Length}个）"));
        }
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
