using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>A candidate-pool entry as entered (the township comes from the address): the cadre, source, entry, leaving and why.</summary>
public sealed record CandidatePoolInput(
    int? CadreId, CandidateSource? Source, DateOnly? From, DateOnly? To, CandidateLeaveReason? LeaveReason, string? Note);

/// <summary>
/// Checks a candidate-pool entry on its own (every problem at once, zh-CN, the field named): a known source, an entry
/// day not after today, leaving not before entry, a reason exactly when leaving. The cadre's scope and overlapping
/// entries need the database and are the command's.
/// </summary>
public static class CandidatePoolValidator
{
    public static IReadOnlyList<FieldError> Validate(CandidatePoolInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.CadreId is null)
        {
            errors.Add(new FieldError("cadreId", "干部：必填"));
        }

        if (input.Source is not { } source || !Enum.IsDefined(source))
        {
            errors.Add(new FieldError("source", "人选来源：必填，应为优秀村干部、大学生村官、乡镇事业单位人员或企事业单位负责人"));
        }

        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "入库日期：必填"));
        }
        else if (from > today)
        {
            errors.Add(new FieldError("from", $"入库日期：{Dates.Format(from)}晚于今天"));
        }
        else if (input.To is { } to && to < from)
        {
            errors.Add(new FieldError("to", $"出库日期：{Dates.Format(to)}早于入库日期{Dates.Format(from)}"));
        }

        if (input.To is null && input.LeaveReason is not null)
        {
            errors.Add(new FieldError("leaveReason", "出库原因：只在填写出库日期时填写"));
        }
        else if (input.To is not null && (input.LeaveReason is not { } reason || !Enum.IsDefined(reason)))
        {
            errors.Add(new FieldError("leaveReason", "出库原因：出库时必填（提拔任用、退出人选库或其他）"));
        }

        if (FreeText.Problem(input.Note, CandidatePoolEntry.NoteMaxLength, required: false) is { } problem)
        {
            errors.Add(new FieldError("note", $"备注：{problem}"));
        }

        return errors;
    }
}
