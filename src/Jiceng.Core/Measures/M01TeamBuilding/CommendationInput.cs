using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>A commendation as entered (the cadre comes from the address).</summary>
public sealed record CommendationInput(string? Title, CommendationKind? Kind, string? AwardingBody, AwardLevel? Level, DateOnly? AwardedOn);

/// <summary>Checks a commendation (every problem at once, zh-CN, the field named): title, kind, body, level and a date not after today.</summary>
public static class CommendationValidator
{
    public static IReadOnlyList<FieldError> Validate(CommendationInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (FreeText.Problem(input.Title, Commendation.TitleMaxLength, required: true) is { } title)
        {
            errors.Add(new FieldError("title", $"表彰名称：{title}"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "表彰类别：必填"));
        }

        if (FreeText.Problem(input.AwardingBody, Commendation.BodyMaxLength, required: true) is { } body)
        {
            errors.Add(new FieldError("awardingBody", $"授予机关：{body}"));
        }

        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            errors.Add(new FieldError("level", "授予机关级别：必填"));
        }

        if (input.AwardedOn is not { } on)
        {
            errors.Add(new FieldError("awardedOn", "表彰日期：必填"));
        }
        else if (on > today)
        {
            errors.Add(new FieldError("awardedOn", $"表彰日期：{Dates.Format(on)}晚于今天"));
        }

        return errors;
    }
}
