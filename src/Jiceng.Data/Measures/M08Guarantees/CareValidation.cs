using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>The checks clause 八's care commands share; every message names the field in Chinese.</summary>
internal static class CareValidation
{
    public static async Task VillageAsync(JicengDbContext db, DataScope scope, int? villageId, List<FieldError> errors, CancellationToken ct)
    {
        if (villageId is not { } id || !await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == id && (u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community), ct))
        {
            errors.Add(new FieldError("villageId", "村（社区）：不存在或不在您的管理范围内"));
        }
    }

    public static async Task TownshipAsync(JicengDbContext db, DataScope scope, int? townshipId, List<FieldError> errors, CancellationToken ct)
    {
        if (townshipId is not { } id || !await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == id && (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict), ct))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：不存在或不在您的管理范围内"));
        }
    }

    public static async Task CadreAsync(JicengDbContext db, DataScope scope, int? cadreId, List<FieldError> errors, CancellationToken ct)
    {
        if (cadreId is not { } id || !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == id, ct))
        {
            errors.Add(new FieldError("cadreId", "干部：不存在或不在您的管理范围内"));
        }
    }

    /// <summary>A required day not after today (within the record range).</summary>
    public static void Day(DateOnly? day, string field, string label, DateOnly today, List<FieldError> errors)
    {
        if (day is not { } d)
        {
            errors.Add(new FieldError(field, $"{label}：必填"));
        }
        else if (Dates.OutsideRecordRange(d) is { } why)
        {
            errors.Add(new FieldError(field, $"{label}：{why}"));
        }
        else if (d > today)
        {
            errors.Add(new FieldError(field, $"{label}：不能晚于今天"));
        }
    }

    /// <summary>An optional last day, not before the first day (a later end may be planned).</summary>
    public static void End(DateOnly? start, DateOnly? end, string field, string label, List<FieldError> errors)
    {
        if (end is not { } e)
        {
            return;
        }

        if (Dates.OutsideRecordRange(e) is { } why)
        {
            errors.Add(new FieldError(field, $"{label}：{why}"));
        }
        else if (start is { } s && e < s)
        {
            errors.Add(new FieldError(field, $"{label}：不能早于开始日期{Dates.Format(s)}"));
        }
    }

    public static void Year(int? year, DateOnly today, List<FieldError> errors)
    {
        if (year is not { } y || y < 2000 || y > today.Year)
        {
            errors.Add(new FieldError("year", $"年度：应在2000至{today.Year}之间"));
        }
    }

    /// <summary>An amount in 元 with at most two decimals, at least <paramref name="min"/> (or any sign when null).</summary>
    public static void Yuan(decimal? amount, string field, string label, decimal? min, bool required, List<FieldError> errors)
    {
        if (amount is not { } a)
        {
            if (required)
            {
                errors.Add(new FieldError(field, $"{label}：必填"));
            }

            return;
        }

        if (decimal.Round(a, 2) != a || Math.Abs(a) >= 100_000_000_000m || (min is { } m && a < m))
        {
            errors.Add(new FieldError(field, min is { } lo ? $"{label}：应为不小于{lo:0.##}的金额，最多两位小数" : $"{label}：应为金额，最多两位小数"));
        }
    }

    public static string? Text(string? value, string field, string label, int max, bool required, List<FieldError> errors)
    {
        var t = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (t is null && required)
        {
            errors.Add(new FieldError(field, $"{label}：必填"));
        }
        else if (t is not null && t.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}：最多{max}个字"));
        }

        return t;
    }
}
