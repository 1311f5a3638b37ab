using System.Security.Claims;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>Clause 10 records: one-shoulder exemptions of a village (/api/v1/org-units/{id}/one-shoulder-exemptions, changed and
/// ended under /api/v1/one-shoulder-exemptions/{id}) and its reserve pool (/api/v1/org-units/{id}/reserve-pool).</summary>
public static class VillageCadresApi
{
    public static RouteGroupBuilder MapVillageCadresApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/org-units/{id:int}/one-shoulder-exemptions").WithTags("VillageCadres");
        group.MapGet("/", ListExemptions).WithName("ListOneShoulderExemptions").WithSummary("列出村（社区）的“一肩挑”豁免");
        group.MapPost("/", AddExemption).RequireAuthorization(Policies.EditData).WithName("AddOneShoulderExemption").WithSummary("新增“一肩挑”豁免");

        var exemption = api.MapGroup("/one-shoulder-exemptions").WithTags("VillageCadres").RequireAuthorization(Policies.EditData);
        exemption.MapPut("/{id:int}", UpdateExemption).WithName(nameof(UpdateExemption)).WithSummary("修改“一肩挑”例外备案（须带版本号）");
        exemption.MapPost("/{id:int}/end", EndExemption).WithName(nameof(EndExemption)).WithSummary("结束“一肩挑”例外备案");

        var pool = api.MapGroup("/org-units/{id:int}/reserve-pool").WithTags("VillageCadres");
        pool.MapGet("/", ListReserves).WithName(nameof(ListReserves)).WithSummary("列出村级后备干部库（含已出库）");
        pool.MapPost("/", AddReserve).RequireAuthorization(Policies.EditData).WithName(nameof(AddReserve)).WithSummary("干部入后备干部库");
        api.MapPut("/reserve-pool-memberships/{id:int}", UpdateReserve).WithTags("VillageCadres").RequireAuthorization(Policies.EditData)
            .WithName(nameof(UpdateReserve)).WithSummary("修改后备干部入库、出库日期及出库原因（须带版本号）");
        return group;
    }

    public sealed record ExemptionUpdate(int? Version, OneShoulderExemptionInput Exemption);

    public sealed record ExemptionEnd(int? Version, DateOnly? To);

    public sealed record ReserveDto(int Id, int CadreId, string? CadreName, int OrgUnitId, DateOnly From, DateOnly? To, string? LeaveReason, int Version)
    {
        public static ReserveDto Of(ReservePoolMembership m) => new(m.Id, m.CadreId, m.Cadre?.Name, m.OrgUnitId, m.From, m.To, m.LeaveReason, m.Version);
    }

    public sealed record ReserveUpdate(int? Version, ReservePoolInput Membership);

    public static async Task<Results<Ok<ExemptionDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateExemption(
        int id, ExemptionUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await OneShoulderExemptionCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Exemption, update.Version, ct), ExemptionDto.Of, e => e.Version);

    public static async Task<Results<Ok<ExemptionDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndExemption(
        int id, ExemptionEnd end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await OneShoulderExemptionCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.To, end.Version, ct), ExemptionDto.Of, e => e.Version);

    public static async Task<Results<Ok<ReserveDto[]>, NotFound>> ListReserves(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await ReservePoolCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(ReserveDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<ReserveDto>, NotFound, ValidationProblem>> AddReserve(
        int id, ReservePoolInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await ReservePoolCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct), _ => $"/api/v1/org-units/{id}/reserve-pool", ReserveDto.Of);

    public static async Task<Results<Ok<ReserveDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateReserve(
        int id, ReserveUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await ReservePoolCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Membership, update.Version, ct), ReserveDto.Of, m => m.Version);

    public sealed record ExemptionDto(int Id, int OrgUnitId, string Reason, DateOnly From, DateOnly? To, int Version)
    {
        public static ExemptionDto Of(OneShoulderExemption e) => new(e.Id, e.OrgUnitId, e.Reason, e.From, e.To, e.Version);
    }

    public static async Task<Results<Ok<ExemptionDto[]>, NotFound>> ListExemptions(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await OneShoulderExemptionCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(ExemptionDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<ExemptionDto>, NotFound, ValidationProblem>> AddExemption(
        int id, OneShoulderExemptionInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await OneShoulderExemptionCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            _ => $"/api/v1/org-units/{id}/one-shoulder-exemptions", ExemptionDto.Of);
}
