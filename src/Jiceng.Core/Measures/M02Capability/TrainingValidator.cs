using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>A training as entered; every field optional so a missing one is named in the answer.</summary>
public sealed record TrainingInput(
    int? CadreId, TrainingKind? Kind, string? Title, string? Provider, AdministrativeLevel? ProviderLevel,
    DateOnly? Start, DateOnly? End, int? Days, string? CertificateNumber);

/// <summary>
/// Checks a training on its own, every problem at once (zh-CN, naming the field): kind and level known, text fields
/// clean, end not before start, days at least 1 and at most the calendar span. The cadre's scope is the caller's check.
/// </summary>
public static class TrainingValidator
{
    public static IReadOnlyList<FieldError> Validate(TrainingInput input)
    {
        var errors = new List<FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "培训类别：必填"));
        }

        if (input.ProviderLevel is not { } level || !Enum.IsDefined(level))
        {
            errors.Add(new FieldError("providerLevel", "举办单位层级：必填"));
        }

        AddText(errors, "title", "培训名称", input.Title, TrainingRecord.TitleMaxLength, required: true);
        AddText(errors, "provider", "举办单位", input.Provider, TrainingRecord.ProviderMaxLength, required: true);
        AddText(errors, "certificateNumber", "结业证书编号", input.CertificateNumber, TrainingRecord.CertificateMaxLength, required: false);
        errors.AddRange(PeriodValidator.Validate(input.Start, input.End, endRequired: true, "开始日期", "结束日期"));

        if (input.Days is not { } days)
        {
            errors.Add(new FieldError("days", "培训天数：必填"));
        }
        else if (days <= 0)
        {
            errors.Add(new FieldError("days", $"培训天数：须大于0（填写的是{days}）"));
        }
        else if (input.Start is { } s && input.End is { } e && e >= s && days > Span(s, e))
        {
            errors.Add(new FieldError("days", $"培训天数：{days}天超过{Dates.Format(s)}至{Dates.Format(e)}的{Span(s, e)}个日历日"));
        }

        return errors;
    }

    /// <summary>Calendar days from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    public static int Span(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;

    internal static void AddText(List<FieldError> errors, string field, string label, string? text, int max, bool required)
    {
        if (FreeText.Problem(text, max, required) is { } problem)
        {
            errors.Add(new FieldError(field, $"{label}：{problem}"));
        }
    }
}

/// <summary>The date checks trainings and secondments share: start given and in the record range, end not before it.</summary>
public static class PeriodValidator
{
    public static IEnumerable<FieldError> Validate(DateOnly? start, DateOnly? end, bool endRequired, string startLabel, string endLabel)
    {
        if (start is not { } s)
        {
            yield return new FieldError("start", $"{startLabel}：必填");
        }
        else if (Dates.OutsideRecordRange(s) is { } problem)
        {
            yield return new FieldError("start", $"{startLabel}：{problem}");
        }

        if (end is not { } e)
        {
            if (endRequired)
            {
                yield return new FieldError("end", $"{endLabel}：必填");
            }
        }
        else if (Dates.OutsideRecordRange(e) is { } problem)
        {
            yield return new FieldError("end", $"{endLabel}：{problem}");
        }
        else if (start is { } st && e < st)
        {
            yield return new FieldError("end", $"{endLabel}：{Dates.Format(e)}早于{startLabel}{Dates.Format(st)}");
        }
    }
}
