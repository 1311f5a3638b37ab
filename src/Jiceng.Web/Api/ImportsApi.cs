using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Exchange;
using Jiceng.Web.Auth;
using Jiceng.Web.Exchange;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// /api/v1/imports: the body is the file itself (xlsx or CSV bytes, any content type but a form, so no cross-site form
/// can post one). <c>POST /{kind}</c> validates and returns the preview; <c>POST /{kind}/commit</c> validates again and
/// writes all rows or none; <c>POST /{kind}/error-report</c> returns the file with an error column.
/// </summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(Policies.EditData)
            .WithMetadata(new RequestSizeLimitAttribute(ImportLimits.Default.MaxFileBytes));
        group.MapGet("/", ListKinds).WithName("ListImportKinds").WithSummary("可导入的记录类型及其列");
        group.MapPost("/{kind}", Validate).WithName("ValidateImport").WithSummary("上传文件并校验每一行，返回预览（不写入）");
        group.MapPost("/{kind}/commit", Commit).WithName("CommitImport").WithSummary("校验并导入：全部通过才写入，否则不写入任何记录");
        group.MapPost("/{kind}/error-report", ErrorReport).WithName("ImportErrorReport").WithSummary("错误报告：原文件加“错误说明”列（xlsx）");
        return group;
    }

    public sealed record KindDto(string Name, string Label, string NaturalKey, IReadOnlyList<ImportColumn> Columns);

    public static Ok<List<KindDto>> ListKinds() =>
        TypedResults.Ok(ImportKinds.All.Select(k => new KindDto(k.Name, k.Label, k.NaturalKey, k.Columns)).ToList());

    public static Task<Results<Ok<ImportResult>, NotFound>> Validate(string kind, string? fileName, HttpRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        RunAsync(kind, fileName, commit: false, request, db, user, clock, ct);

    public static Task<Results<Ok<ImportResult>, NotFound>> Commit(string kind, string? fileName, HttpRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        RunAsync(kind, fileName, commit: true, request, db, user, clock, ct);

    public static async Task<Results<FileStreamHttpResult, NotFound>> ErrorReport(string kind, string? fileName, HttpRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (ImportKinds.Create(kind) is not { } importKind)
        {
            return TypedResults.NotFound();
        }

        await using var file = await ImportUploads.CopyAsync(request.Body, ct);
        var result = await ImportService.RunAsync(db, CurrentUser.ScopeOf(user), importKind, file, Request(fileName, false, user, clock) with { ProfileOn = ProfilesOf(request) }, ct: ct);
        var output = new MemoryStream();
        await ImportErrorReport.WriteAsync(file, result, ImportLimits.Default, output, ct);
        output.Position = 0;
        return TypedResults.File(output, ImportUploads.XlsxContentType, $"错误报告-{importKind.Label}.xlsx");
    }

    private static async Task<Results<Ok<ImportResult>, NotFound>> RunAsync(
        string kind, string? fileName, bool commit, HttpRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (ImportKinds.Create(kind) is not { } importKind)
        {
            return TypedResults.NotFound();
        }

        await using var file = await ImportUploads.CopyAsync(request.Body, ct);
        return TypedResults.Ok(await ImportService.RunAsync(db, CurrentUser.ScopeOf(user), importKind, file, Request(fileName, commit, user, clock) with { ProfileOn = ProfilesOf(request) }, ct: ct));
    }

    /// <summary>The adopted policy profiles (the grades kind applies R5.1's cap with the one in force).</summary>
    private static Func<DateOnly, Core.Policy.PolicyProfile> ProfilesOf(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<Compliance.PolicyProfiles>().InForceOn;

    internal static ImportRequest Request(string? fileName, bool commit, ClaimsPrincipal user, TimeProvider clock) =>
        new(string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName, commit)
        {
            Today = ChinaTime.Today(clock), UserName = user.Identity?.Name ?? "", UserOrgUnitId = CurrentUser.ScopeOf(user).OrgUnitId,
            MaySetRemoteHardship = user.IsInRole(Data.Identity.Roles.OrgDepartment),
        };
}
