using System.ComponentModel;
using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Cadres;
using Jiceng.Data.Common;
using Jiceng.Data.Security;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// /api/v1/cadres: list with filters and paging, get, create, update, delete — all inside the caller's scope, ID numbers
/// masked; the full number only from <c>/{id}/id-number</c> (permitted roles, audited).
/// </summary>
public static class CadresApi
{
    public static RouteGroupBuilder MapCadresApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cadres").WithTags("Cadres");
        group.MapGet("/", ListCadres).WithName("ListCadres").WithSummary("查询干部列表（筛选、排序、分页）");
        group.MapGet("/{id:int}", GetCadre).WithName("GetCadre").WithSummary("查看干部详情");
        group.MapGet("/{id:int}/id-number", GetIdNumber).RequireAuthorization(Policies.RevealIdNumber).WithName("GetCadreIdNumber").WithSummary("显示完整身份证号码（留痕）");
        group.MapPost("/", CreateCadre).RequireAuthorization(Policies.EditData).WithName("CreateCadre").WithSummary("新增干部");
        group.MapPut("/{id:int}", UpdateCadre).RequireAuthorization(Policies.EditData).WithName("UpdateCadre").WithSummary("修改干部信息（须带读取时的版本号）");
        group.MapDelete("/{id:int}", DeleteCadre).RequireAuthorization(Policies.EditData).WithName("DeleteCadre").WithSummary("删除干部");
        return group;
    }

    public static async Task<Results<Ok<Paged<CadreListItemDto>>, ValidationProblem>> ListCadres(
        [AsParameters] CadreListQuery q, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (q.Validate() is { Count: > 0 } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        var filter = new CadreFilter
        {
            Text = q.Q, OrgUnitId = q.OrgUnitId, Category = q.Category, Sex = q.Sex, Education = q.Education, AgeBand = q.AgeBand,
            Sort = q.Sort ?? CadreSort.Name, Descending = q.Desc ?? false, Page = q.Page ?? 1, PageSize = q.PageSize ?? 20,
        };
        var page = await CadreSearch.RunAsync(db, CurrentUser.ScopeOf(user), filter, ChinaTime.Today(clock), ct);
        return TypedResults.Ok(new Paged<CadreListItemDto>(page.Items.Select(CadreListItemDto.From).ToList(), page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Ok<CadreDto>, NotFound>> GetCadre(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await CadreCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } d
            ? TypedResults.Ok(CadreDto.From(d.Cadre, d.OrgUnitName, d.Posts))
            : TypedResults.NotFound();

    /// <summary>The full ID number: an explicit, audited unmasking.</summary>
    public static async Task<Results<Ok<IdNumberDto>, NotFound>> GetIdNumber(
        int id, JicengDbContext db, ClaimsPrincipal user, IdNumberReveal reveal, CancellationToken ct) =>
        await reveal.RevealAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } number
            ? TypedResults.Ok(new IdNumberDto(id, number.Value))
            : TypedResults.NotFound();

    public static async Task<Results<Created<CadreDto>, ValidationProblem>> CreateCadre(
        CadreInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var result = await CadreCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/cadres/{result.Value!.Id}", CadreDto.From(result.Value))
            : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<CadreDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateCadre(
        int id, CadreUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (update.Version is not { } version)
        {
            return ProblemResults.Invalid([new FieldError("version", "版本号：必填（带回读取时的 version，以免覆盖他人的修改）")]);
        }

        var result = await CadreCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Cadre, version, ChinaTime.Today(clock), ct,
            mayChangeIdNumber: CurrentUser.MayRevealIdNumbers(user));
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Conflict is { } current)
        {
            return ProblemResults.Conflict($"该干部信息已被他人修改（当前版本 {current.Version}），请刷新后重新编辑。");
        }

        return result.Succeeded ? TypedResults.Ok(CadreDto.From(result.Value!)) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteCadre(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await CadreCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
