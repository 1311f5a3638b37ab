using System.Security.Claims;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>Clause 10 records: one-shoulder exemptions of a village (/api/v1/org-units/{id}/one-shoulder-exemptions).</summary>
public static class VillageCadresApi
{
    public static RouteGroupBuilder MapVillageCadresApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/org-units/{id:int}/one-shoulder-exemptions").WithTags("VillageCadres");
        group.MapGet("/", ListExemptions).WithName("ListOneShoulderExemptions").WithSummary("列出村（社区）的“一肩挑”豁免");
        group.MapPost("/", AddExemption).RequireAuthorization(Policies.EditData).WithName("AddOneShoulderExemption").WithSummary("新增“一肩挑”豁免");
        return group;
    }

    public sealed record ExemptionDto(int Id, int OrgUnitId, string Reason, DateOnly From, DateOnly? To)
    {
        public static ExemptionDto Of(OneShoulderExemption e) => new(e.Id, e.OrgUnitId, e.Reason, e.From, e.To);
    }

    public static async Task<Results<Ok<ExemptionDto[]>, NotFound>> ListExemptions(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await OneShoulderExemptionCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(ExemptionDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<ExemptionDto>, NotFound, ValidationProblem>> AddExemption(
        int id, OneShoulderExemptionInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await OneShoulderExemptionCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded
            ? TypedResults.Created($"/api/v1/org-units/{id}/one-shoulder-exemptions", ExemptionDto.Of(result.Value!))
            : ProblemResults.Invalid(result.Errors);
    }
}
