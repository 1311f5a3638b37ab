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
/// /terms/export, /reserve-pool/export and /one-shoulder-exemptions/export (a list, not an import form): a unit's terms with their seats, and a village's reserve pool, as the org
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
        app.MapGet("/one-shoulder-exemptions/export", ExemptionsAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private sealed record ExemptionRow(string Code, string Name, DateOnly From, DateOnly? To, string Reason);

    /// <summary>The villages' recorded reasons for not practising 一肩挑, as the village panel lists them.</summary>
    private static async Task<IResult> ExemptionsAsync(int? orgUnitId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        if (await UnitNameAsync(db, scope, orgUnitId, ct) is not { } name)
        {
            return TypedResults.NotFound();
        }

        var exemptions = db.OneShoulderExemptions.AsNoTracking().Where(e => db.OrgUnits.InScope(scope).Any(u => u.Id == e.OrgUnitId));
        var rows = (await (orgUnitId is { } id ? exemptions.Where(e => e.OrgUnitId == id) : exemptions)
                .Select(e => new ExemptionRow(e.OrgUnit!.Code, e.OrgUnit.Name, e.From, e.To, e.Reason)).ToListAsync(ct))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenByDescending(r => r.From).Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<ExemptionRow>[] columns =
        [
            new("村（社区）代码", r => r.Code),
            new("村（社区）名称", r => r.Name),
            new("起始日期", r => r.From),
            new("终止日期", r => r.To is { } to ? Dates.Format(to) : ""),
            new("不实行“一肩挑”的原因", r => r.Reason),
        ];
        return await XlsxExport.FileAsync(audit, nameof(OneShoulderExemption), new { orgUnitId }, rows, columns,
            "不实行一肩挑", $"{name}不实行一肩挑-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
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
