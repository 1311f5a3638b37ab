using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Components.Pages.Burden;

/// <summary>A unit offered in the clause 六 forms.</summary>
public sealed record BurdenUnit(int Id, string Name);

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
}
