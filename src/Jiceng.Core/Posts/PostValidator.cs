using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Posts;

/// <summary>
/// Checks a post assignment on its own (every problem at once, zh-CN): the kind fits the unit's level, the dates are
/// in order and not in the future. Checks that need the database (unit in scope, term of the unit, overlaps) are the caller's.
/// </summary>
public static class PostValidator
{
    public static IReadOnlyList<FieldError> Validate(PostInput input, OrgUnitKind? unitKind, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.OrgUnitId is null or <= 0)
        {
            errors.Add(new FieldError("orgUnitId", "任职单位：必填"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "职务类别：必填"));
        }
        else if (unitKind is { } level && !Fits(kind, level))
        {
            errors.Add(new FieldError("kind", "职务类别：该职务不能设在此类单位"));
        }

        if (FreeText.Problem(input.Title, PostAssignment.TitleMaxLength, required: false) is { } titleProblem)
        {
            errors.Add(new FieldError("title", $"职务名称：{titleProblem}"));
        }

        if (input.Start is not { } start)
        {
            errors.Add(new FieldError("start", "任职时间：必填"));
        }
        else if (start > today)
        {
            errors.Add(new FieldError("start", $"任职时间：{Dates.Format(start)}晚于今天"));
        }
        else if (Dates.OutsideRecordRange(start) is { } startProblem)
        {
            errors.Add(new FieldError("start", $"任职时间：{startProblem}"));
        }
        else if (input.End is { } end && end < start)
        {
            errors.Add(new FieldError("end", $"免职时间：{Dates.Format(end)}早于任职时间{Dates.Format(start)}"));
        }

        if (input.End is { } e && e > today)
        {
            errors.Add(new FieldError("end", $"免职时间：{Dates.Format(e)}晚于今天"));
        }

        return errors;
    }

    /// <summary>Township posts sit in townships, village posts in villages, department posts in departments.</summary>
    public static bool Fits(PostKind kind, OrgUnitKind unit) =>
        kind.IsTownshipPost() ? unit.IsTownshipLevel()
        : kind.IsVillagePost() ? unit.IsVillageLevel()
        : unit == OrgUnitKind.DistrictDepartment;
}
