using Jiceng.Core.Org;
using Jiceng.Data;
using System.Security.Claims;
using Jiceng.Data.Scope;
using Jiceng.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Components.Pages.Burden;

/// <summary>A unit offered in the clause 六 forms.</summary>
public sealed record BurdenUnit(int Id, string Name);

/// <summary>A township or village whose power and responsibility lists a user keeps; <see cref="ParentId"/> is a village's township.</summary>
public sealed record ListUnit(int Id, string Name, int? ParentId, bool IsTownship);

/// <summary>
/// The units the clause 六 forms offer: the district departments in scope, and the townships in scope or of a department's
/// district (a department assigns tasks to and inspects townships its own scope does not contain). The commands check again.
/// </summary>
public static class BurdenUnits
{
    public static async Task<(List<BurdenUnit> Departments, List<BurdenUnit> Townships)> LoadAsync(JicengDbContext db, DataScope scope)
    {
        var departments = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.DistrictDepartment && u.Path.StartsWith(scope.Path))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Name, u.ParentId }).ToListAsync();
        var districts = departments.Select(d => d.ParentId).Distinct().ToList();
        var townships = await db.OrgUnits.AsNoTracking()
            .Where(u => (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict) && (u.Path.StartsWith(scope.Path) || districts.Contains(u.ParentId)))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new BurdenUnit(u.Id, u.Name)).ToListAsync();
        return ([.. departments.Select(d => new BurdenUnit(d.Id, d.Name))], townships);
    }

    /// <summary>
    /// Every district department of the districts of <paramref name="townships"/> or in scope: a township names the
    /// department that imposed a burden, and department names are public.
    /// </summary>
    public static async Task<List<BurdenUnit>> DistrictDepartmentsAsync(JicengDbContext db, DataScope scope, IReadOnlyList<BurdenUnit> townships)
    {
        var ids = townships.Select(t => t.Id).ToList();
        var districts = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.ParentId).Distinct().ToListAsync();
        return await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.DistrictDepartment && (u.Path.StartsWith(scope.Path) || districts.Contains(u.ParentId)))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new BurdenUnit(u.Id, u.Name)).ToListAsync();
    }

    /// <summary>Whether the user decides plan items and reports: an editor with a district-wide scope (the commands check again).</summary>
    public static Task<bool> MayDecideAsync(JicengDbContext db, DataScope scope, bool canEdit) =>
        canEdit ? db.OrgUnits.AnyAsync(u => u.Id == scope.OrgUnitId && u.Kind <= OrgUnitKind.District) : Task.FromResult(false);

    /// <summary>Who decides, as recorded: the user's unit and name, cut to <paramref name="maxLength"/>.</summary>
    public static string Decider(ClaimsPrincipal user, int maxLength)
    {
        var decider = CurrentUser.OrgName(user) is { Length: > 0 } org ? $"{org} {CurrentUser.DisplayName(user)}" : CurrentUser.DisplayName(user);
        return decider.Length > maxLength ? decider[..maxLength] : decider;
    }

    /// <summary>
    /// The townships and villages in scope whose lists the user sees (a township user: its township and its villages), in
    /// the district's order.
    /// </summary>
    public static async Task<List<ListUnit>> ListUnitsAsync(JicengDbContext db, DataScope scope) =>
        (await db.OrgUnits.AsNoTracking()
            .Where(u => (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict || u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community)
                && u.Path.StartsWith(scope.Path))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Name, u.ParentId, u.Kind }).ToListAsync())
        .Select(u => new ListUnit(u.Id, u.Name, u.ParentId, u.Kind.IsTownshipLevel())).ToList();
}
