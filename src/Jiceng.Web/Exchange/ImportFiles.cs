using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Exchange;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Exchange;

/// <summary>
/// /import/templates/{kind}.xlsx: the empty template of a kind. /import/export/cadres.xlsx: the cadres in scope in the
/// template's form with full ID numbers (the natural key), for the roles that may see them, audited as an export and a
/// sensitive read — the file to edit and import again.
/// </summary>
public static class ImportFileEndpoints
{
    public static void MapImportFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/import/templates/{kind}.xlsx", Template).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/import/export/cadres.xlsx", ExportCadres).RequireAuthorization(Policies.RevealIdNumber).ExcludeFromDescription();
    }

    private static IResult Template(string kind)
    {
        if (ImportKinds.Create(kind) is not { } k)
        {
            return TypedResults.NotFound();
        }

        var stream = new MemoryStream();
        ImportTemplate.Write(k, stream);
        stream.Position = 0;
        return TypedResults.File(stream, ImportUploads.XlsxContentType, $"导入模板-{k.Label}.xlsx");
    }

    private static async Task<IResult> ExportCadres(JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        var rows = await ImportExports.CadresAsync(db, scope, ct);
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, "Cadre", "", new { format = "xlsx-import", rows = rows.Count, scope = scope.OrgUnitId }, ct: ct);
        await audit.WriteAsync(AuditAction.SensitiveRead, AuditOutcome.Success, "Cadre", "", new { what = "IdNumber", rows = rows.Count, purpose = "export-for-import" }, ct: ct);
        var stream = new MemoryStream();
        ImportTemplate.Write(ImportKinds.Create("cadres")!, stream, rows);
        stream.Position = 0;
        return TypedResults.File(stream, ImportUploads.XlsxContentType, $"干部（导入格式）-{Dates.Format(ChinaTime.Today(clock))}.xlsx");
    }
}
