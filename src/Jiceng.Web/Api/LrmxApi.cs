using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Data;
using Jiceng.Data.Exchange;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// /api/v1/lrmx: the 任免审批表 exchange. Import takes the file as the raw request body (application/octet-stream or
/// application/zip; a .lrmx or a .zip of them, named by <c>fileName</c>) into a unit the caller picks inside their scope,
/// previewed or committed all-or-nothing. Export writes one cadre, or the listed cadres as a zip; the files carry full ID
/// numbers and the family, so exporting needs the role that may reveal ID numbers, and is audited.
/// </summary>
public static class LrmxApi
{
    public static RouteGroupBuilder MapLrmxApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/lrmx").WithTags("Lrmx");
        var bodyLimit = new RequestSizeLimitAttribute(LrmxLimits.Default.MaxZipBytes);
        group.MapPost("/import/preview", PreviewLrmxImport).RequireAuthorization(Policies.EditData).WithMetadata(bodyLimit)
            .WithName("PreviewLrmxImport").WithSummary("预览导入任免审批表（.lrmx 或 .zip，请求体为文件内容）");
        group.MapPost("/import", CommitLrmxImport).RequireAuthorization(Policies.EditData).WithMetadata(bodyLimit)
            .WithName("CommitLrmxImport").WithSummary("导入任免审批表（全部成功才保存）");
        group.MapGet("/cadres/{id:int}", ExportLrmx).RequireAuthorization(Policies.RevealIdNumber)
            .WithName("ExportLrmx").WithSummary("导出一名干部的任免审批表（.lrmx，留痕）");
        group.MapPost("/export", ExportLrmxZip).RequireAuthorization(Policies.RevealIdNumber)
            .WithName("ExportLrmxZip").WithSummary("导出所选干部的任免审批表（.zip，留痕）");
        return group;
    }

    public sealed record LrmxExportRequest(IReadOnlyList<int>? CadreIds);

    public static Task<Results<Ok<LrmxImportResult>, ValidationProblem>> PreviewLrmxImport(
        HttpRequest request, string? fileName, int? orgUnitId, CadreCategory? category, JicengDbContext db, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken ct) => RunAsync(request, fileName, orgUnitId, category, db, user, clock, commit: false, ct);

    public static Task<Results<Ok<LrmxImportResult>, ValidationProblem>> CommitLrmxImport(
        HttpRequest request, string? fileName, int? orgUnitId, CadreCategory? category, JicengDbContext db, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken ct) => RunAsync(request, fileName, orgUnitId, category, db, user, clock, commit: true, ct);

    private static async Task<Results<Ok<LrmxImportResult>, ValidationProblem>> RunAsync(
        HttpRequest request, string? fileName, int? orgUnitId, CadreCategory? category, JicengDbContext db, ClaimsPrincipal user,
        TimeProvider clock, bool commit, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(fileName))
        {
            errors.Add(new FieldError("fileName", "文件名：必填（.lrmx 或 .zip）"));
        }

        if (orgUnitId is null or <= 0)
        {
            errors.Add(new FieldError("orgUnitId", "导入单位：必填"));
        }

        if (request.ContentType is not { } type || !(type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new FieldError("body", "请求体：须为文件内容（Content-Type: application/octet-stream 或 application/zip）"));
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        // Buffered into memory within the route's size limit: the zip reader needs to seek.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        body.Position = 0;
        var (files, refusal) = LrmxImport.Unpack(fileName!, body);
        if (refusal is not null)
        {
            return ProblemResults.Invalid([refusal]);
        }

        var scope = CurrentUser.ScopeOf(user);
        var options = new LrmxImportOptions(orgUnitId!.Value, category ?? CadreCategory.TownshipCivilServant);
        var today = ChinaTime.Today(clock);
        var result = commit
            ? await LrmxImport.CommitAsync(db, scope, files, options, today, ct)
            : await LrmxImport.PreviewAsync(db, scope, files, options, today, ct);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> ExportLrmx(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await LrmxExport.OneAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } file
            ? TypedResults.File(file.Bytes, "application/xml", file.FileName)
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportLrmxZip(
        LrmxExportRequest body, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (body.CadreIds is not { Count: > 0 and <= 5000 } ids)
        {
            return ProblemResults.Invalid([new FieldError("cadreIds", "干部：请选择1至5000名干部")]);
        }

        using var zip = new MemoryStream();
        await LrmxExport.ZipAsync(db, CurrentUser.ScopeOf(user), ids.Distinct().ToList(), zip, ct);
        return TypedResults.File(zip.ToArray(), "application/zip", "任免审批表.zip");
    }
}
