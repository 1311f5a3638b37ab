using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Measures.M07ErrorTolerance;
using Jiceng.Data.Scope;
using Jiceng.Web.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Components.Pages.Discipline;

/// <summary>One cadre of the 影响期满可使用 list: R7.2's info finding with the cadre's unit.</summary>
public sealed record EligibleCadre(int CadreId, string Name, string UnitName, DateOnly? Since, string Basis)
{
    /// <summary>
    /// The list on a day (<see cref="SanctionCommands.EligibleAsync"/> with the profile in force on it), or a Chinese
    /// error naming the field when the day is missing, out of range or before every profile (as the API answers).
    /// </summary>
    public static async Task<(IReadOnlyList<EligibleCadre> Rows, string? Error)> ListAsync(JicengDbContext db, DataScope scope, PolicyProfiles profiles, DateOnly? day)
    {
        if (day is not { } d)
        {
            return ([], "统计日期：请按 yyyy-MM-dd 填写");
        }

        if (Dates.OutsideRecordRange(d) is { } outside)
        {
            return ([], "统计日期：" + outside);
        }

        if (!profiles.Set.TryInForceOn(d, out var profile))
        {
            return ([], $"统计日期：{Dates.Format(d)}没有生效的政策配置");
        }

        var found = await SanctionCommands.EligibleAsync(db, scope, profile, d);
        var unitIds = found.Select(f => f.Subject.OrgUnitId).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        return ([.. found.Select(f => new EligibleCadre(f.Subject.Id, f.Subject.Name, units.GetValueOrDefault(f.Subject.OrgUnitId, ""), f.Due, f.Measured))], null);
    }
}
