using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>The data-scope filters of the clause 三 records (see <see cref="DataScopeQueries"/>).</summary>
public static class StaffingScope
{
    public static IQueryable<EstablishmentQuota> InScope(this IQueryable<EstablishmentQuota> quotas, DataScope scope) =>
        quotas.Where(q => q.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<RecruitmentPosition> InScope(this IQueryable<RecruitmentPosition> positions, DataScope scope) =>
        positions.Where(p => p.OrgUnit!.Path.StartsWith(scope.Path));

    /// <summary>An agency is seen by its township and by its department (and by everyone above either).</summary>
    public static IQueryable<DispatchedAgency> InScope(this IQueryable<DispatchedAgency> agencies, DataScope scope) =>
        agencies.Where(a => a.Township!.Path.StartsWith(scope.Path) || a.Department!.Path.StartsWith(scope.Path));

    public static IQueryable<AgencyHeadEvent> InScope(this IQueryable<AgencyHeadEvent> events, DataScope scope) =>
        events.Where(e => e.Agency!.Township!.Path.StartsWith(scope.Path) || e.Agency.Department!.Path.StartsWith(scope.Path));

    /// <summary>Whether a unit still has clause 三 records (a unit with any is not deleted).</summary>
    public static async Task<bool> AnyForUnitAsync(JicengDbContext db, int unitId, CancellationToken ct) =>
        await db.EstablishmentQuotas.AnyAsync(q => q.OrgUnitId == unitId, ct)
        || await db.RecruitmentPositions.AnyAsync(p => p.OrgUnitId == unitId, ct)
        || await db.DispatchedAgencies.AnyAsync(a => a.TownshipId == unitId || a.DepartmentId == unitId, ct);
}
