using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Posts;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Jiceng.Web.Auth;
using Jiceng.Web.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Export;

/// <summary>
/// /terms/export and /reserve-pool/export: a unit's terms with their seats, and a village's reserve pool, as the org
/// page's panels list them (<c>orgUnitId</c>; without it every unit in scope), in the import template's columns so the
/// file re-imports. Reserve-pool ID numbers are full only for the roles that may see them (audited as a sensitive
/// read); for the others they stay masked and the file is for reading only. Every export is audited.
/// </summary>
public static class OrgRecordExports
{
    public static void MapOrgRecordExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/terms/export", TermsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/reserve-pool/export", ReservePoolAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> TermsAsync(int? orgUnitId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        if (await UnitNameAsync(db, scope, orgUnitId, ct) is not { } name)
        {
            return TypedResults.NotFound();
        }

        var rows = await TermImport.ExportAsync(db, scope, ct, orgUnitId);
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, nameof(Term), "", new { format = "xlsx-import", rows = rows.Count, filter = new { orgUnitId } }, ct: ct);
        return File(new TermImport(), rows, $"{name}届次与职数-{Dates.Format(ChinaTime.Today(clock))}.xlsx");
    }

    private static async Task<IResult> ReservePoolAsync(int? orgUnitId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        if (await UnitNameAsync(db, scope, orgUnitId, ct) is not { } name)
        {
            return TypedResults.NotFound();
        }

        var full = CurrentUser.MayRevealIdNumbers(user);
        var rows = await ReservePoolImport.ExportAsync(db, scope, ct, orgUnitId, full);
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, nameof(ReservePoolMembership), "",
            new { format = "xlsx-import", rows = rows.Count, idNumbers = full ? "full" : "masked", filter = new { orgUnitId } }, ct: ct);
        if (full && rows.Count > 0)
        {
            await audit.WriteAsync(AuditAction.SensitiveRead, AuditOutcome.Success, "Cadre", "", new { what = "IdNumber", rows = rows.Count, purpose = "export-for-import" }, ct: ct);
        }

        return File(new ReservePoolImport(), rows, $"{name}村级后备干部-{Dates.Format(ChinaTime.Today(clock))}.xlsx");
    }

    /// <summary>The unit's name when it lies in scope (the scope's own unit without a filter); null otherwise.</summary>
    private static Task<string?> UnitNameAsync(JicengDbContext db, DataScope scope, int? orgUnitId, CancellationToken ct)
    {
        var id = orgUnitId ?? scope.OrgUnitId;
        return db.OrgUnits.InScope(scope).AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct);
    }

    private static IResult File(ImportKind kind, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, string fileName)
    {
        var stream = new MemoryStream();
        ImportTemplate.Write(kind, stream, rows);
        stream.Position = 0;
        return TypedResults.File(stream, ImportUploads.XlsxContentType, fileName);
    }
}
