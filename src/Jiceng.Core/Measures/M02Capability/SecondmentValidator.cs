using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>A secondment as entered; every field optional so a missing one is named in the answer.</summary>
public sealed record SecondmentInput(
    int? CadreId, string? Place, SecondmentDestination? Destination, AdministrativeLevel? Level, string? PostTitle, DateOnly? Start, DateOnly? End);

/// <summary>Checks a secondment on its own, every problem at once (zh-CN, naming the field). The cadre's scope and
/// overlapping secondments are the caller's checks.</summary>
public static class SecondmentValidator
{
    public static IReadOnlyList<FieldError> Validate(SecondmentInput input)
    {
        var errors = new List<FieldError>();
        TrainingValidator.AddText(errors, "place", "挂职单位（地区）", input.Place, Secondment.PlaceMaxLength, required: true);
        if (input.Destination is not { } destination || !Enum.IsDefined(destination))
        {
            errors.Add(new FieldError("destination", "挂职去向：必填"));
        }

        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            errors.Add(new FieldError("level", "挂职单位层级：必填"));
        }
        else if (input.Destination == SecondmentDestination.DistrictOrHigherOrgan && level == AdministrativeLevel.Township)
        {
            errors.Add(new FieldError("level", "挂职单位层级：去向为区级及以上机关时，层级不能是乡镇级"));
        }

        TrainingValidator.AddText(errors, "postTitle", "挂职职务", input.PostTitle, Secondment.PostTitleMaxLength, required: false);
        errors.AddRange(PeriodValidator.Validate(input.Start, input.End, endRequired: false, "挂职开始日期", "挂职结束日期"));
        return errors;
    }
}
