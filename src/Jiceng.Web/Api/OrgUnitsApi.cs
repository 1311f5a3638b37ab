using System.Security.Claims;
using Jiceng.Data;
using Jiceng.Data.OrgUnits;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>/api/v1/org-units: the org tree inside the caller's scope.</summary>
public static class OrgUnitsApi
{
    public static RouteGroupBuilder MapOrgUnitsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/org-units").WithTags("OrgUnits");
        group.MapGet("/", ListOrgUnits).WithName("ListOrgUnits").WithSummary("列出本人可见范围内的全部单位（不分页）");
        group.MapGet("/{id:int}", GetOrgUnit).WithName("GetOrgUnit").WithSummary("查看单位");
        group.MapPost("/", CreateOrgUnit).RequireAuthorization(Policies.EditData).WithName("CreateOrgUnit").WithSummary("新增单位");
        group.MapPut("/{id:int}", UpdateOrgUnit).RequireAuthorization(Policies.EditData).WithName("UpdateOrgUnit").WithSummary("修改单位");
        group.MapDelete("/{id:int}", DeleteOrgUnit).RequireAuthorization(Policies.EditData).WithName("DeleteOrgUnit").WithSummary("删除单位");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<OrgUnitRow>>> ListOrgUnits(JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await OrgUnitCommands.ListAsync(db, CurrentUser.ScopeOf(user), ct));

    public static async Task<Results<Ok<OrgUnitRow>, NotFound>> GetOrgUnit(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await OrgUnitCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    public static async Task<Results<Created<OrgUnitRow>, ValidationProblem>> CreateOrgUnit(OrgUnitInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await OrgUnitCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, MaySetRemoteHardship(user), ct);
        return result.Succeeded ? TypedResults.Created($"/api/v1/org-units/{result.Value!.Id}", result.Value) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<OrgUnitRow>, NotFound, ValidationProblem>> UpdateOrgUnit(int id, OrgUnitInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await OrgUnitCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, input, MaySetRemoteHardship(user), ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(result.Value!) : ProblemResults.Invalid(result.Errors);
    }

    /// <summary>The remote-and-hardship flag changes what the policy owes a unit: the organization department's call.</summary>
    private static bool MaySetRemoteHardship(ClaimsPrincipal user) => user.IsInRole(Data.Identity.Roles.OrgDepartment);

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteOrgUnit(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await OrgUnitCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.NoContent() : ProblemResults.Invalid(result.Errors);
    }
}
