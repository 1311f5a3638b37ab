using Jiceng.Core.Common;

namespace Jiceng.Core.Posts;

/// <summary>
/// Checks a term on its own (every problem at once, zh-CN, the field named): a number, start on or before end, at
/// least one seat, every seat count at least 1, each post kind once and a seat of the body's team. Overlaps with the
/// unit's other terms need the database and are the caller's.
/// </summary>
public static class TermValidator
{
    public const int MaxSeatsPerKind = 99;

    public static IReadOnlyList<FieldError> Validate(TermInput input, TermBody body)
    {
        var errors = new List<FieldError>();
        if (input.Number is not { } number)
        {
            errors.Add(new FieldError("number", "届次：必填"));
        }
        else if (number is < 1 or > 999)
        {
            errors.Add(new FieldError("number", "届次：应为1至999之间的整数"));
        }

        if (input.Start is null)
        {
            errors.Add(new FieldError("start", "起始日期：必填"));
        }

        if (input.End is null)
        {
            errors.Add(new FieldError("end", "届满日期：必填"));
        }
        else if (input.Start is { } start && input.End is { } end && end < start)
        {
            errors.Add(new FieldError("end", $"届满日期：{Dates.Format(end)}早于起始日期{Dates.Format(start)}"));
        }

        var seats = input.Seats ?? [];
        if (seats.Count == 0)
        {
            errors.Add(new FieldError("seats", "职数：至少设置一个职务的职数"));
        }

        for (var i = 0; i < seats.Count; i++)
        {
            var (kind, count) = (seats[i].Kind, seats[i].Count);
            var row = $"职数：第{i + 1}行";
            if (kind is not { } k || !Enum.IsDefined(k))
            {
                errors.Add(new FieldError("seats", $"{row}职务类别必填"));
            }
            else if (!IsSeatOf(k, body))
            {
                errors.Add(new FieldError("seats", $"{row}职务类别不属于{BodyLabel(body)}"));
            }
            else if (seats.Take(i).Any(s => s.Kind == k))
            {
                errors.Add(new FieldError("seats", $"{row}职务类别与前面重复"));
            }

            if (count is not { } c || c < 1)
            {
                errors.Add(new FieldError("seats", $"{row}职数至少为1"));
            }
            else if (c > MaxSeatsPerKind)
            {
                errors.Add(new FieldError("seats", $"{row}职数不能超过{MaxSeatsPerKind}"));
            }
        }

        return errors;
    }

    /// <summary>Leadership posts of a township team; the two committees' seats of a village.</summary>
    public static bool IsSeatOf(PostKind kind, TermBody body) => body switch
    {
        TermBody.TownshipLeadershipTeam => kind.IsTownshipPost() && kind is not (PostKind.TownshipOfficeStaff or PostKind.TownshipInstitutionStaff or PostKind.DispatchedAgencyHead),
        TermBody.VillageTwoCommittees => kind.IsTwoCommitteesSeat(),
    };

    public static string BodyLabel(TermBody body) => body switch
    {
        TermBody.TownshipLeadershipTeam => "乡镇领导班子",
        TermBody.VillageTwoCommittees => "村“两委”",
    };
}
