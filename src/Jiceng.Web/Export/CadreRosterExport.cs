using System.Globalization;
using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Cadres;
using Jiceng.Data.Scope;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>
/// /cadres/roster: the cadre roster (干部花名册) of a unit and its sub-units — the cadre list's filter and order (same
/// query parameters), within the user's scope — in the common layout (<see cref="RosterWorkbook"/>). Audited as an export.
/// </summary>
public static class CadreRosterExport
{
    public static void MapCadreRosterExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/cadres/roster", ExportAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        string? q, int? orgUnitId, CadreCategory? category, Sex? sex, EducationLevel? education, AgeBand? ageBand, CadreSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        var unitId = orgUnitId ?? scope.OrgUnitId;
        var unitName = await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (unitName is null)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, "OrgUnit", unitId.ToString(CultureInfo.InvariantCulture),
                new { reason = "not-found-or-out-of-scope" }, ct: ct);
            return TypedResults.NotFound();
        }

        var filter = new CadreFilter
        {
            Text = q, OrgUnitId = orgUnitId, Category = category, Sex = sex, Education = education, AgeBand = ageBand,
            Sort = sort ?? CadreSort.Name, Descending = desc ?? false,
        };
        var today = ChinaTime.Today(clock);
        var rows = await CadreRosterRows.LoadAsync(db, scope, filter, today, XlsxExport.MaxRows, ct);
        var truncated = rows.Count >= XlsxExport.MaxRows;
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, "CadreRoster", unitId.ToString(CultureInfo.InvariantCulture),
            new { format = "xlsx", rows = rows.Count, truncated, filter = filter with { Page = 0, PageSize = 0 } }, ct: ct);
        var stream = RosterWorkbook.Write(unitName, today, rows, s => labels.Enum(s), truncated);
        return TypedResults.File(stream, XlsxExport.ContentType, $"{unitName}干部花名册-{Dates.Format(today)}.xlsx");
    }
}
