using System.Security.Claims;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 十 reserve development (后备力量培养) and special reserve posts (定岗不定人): the trainings and participation of a
/// village's reserves (/api/v1/org-units/{id}/reserve-records, added under /api/v1/reserve-pool-memberships/{id}/records,
/// changed and deleted under /api/v1/reserve-records/{id}); the special reserve posts of a township or village
/// (/api/v1/org-units/{id}/special-reserve-posts; /api/v1/special-reserve-posts/{id}), appointing a reserve
/// (/api/v1/special-reserve-posts/{id}/fills) and ending a holding (/api/v1/special-reserve-post-fills/{id}/end).
/// Every query goes through the caller's scope; writes are audited by the save.
/// </summary>
public static class ReserveDevelopmentApi
{
    public static RouteGroupBuilder MapReserveDevelopmentApi(this RouteGroupBuilder api)
    {
        var tag = "VillageCadres";
        api.MapGet("/org-units/{id:int}/reserve-records", ListReserveRecords).WithTags(tag).WithName(nameof(ListReserveRecords))
            .WithSummary("列出村（社区）后备干部的学习培训和参与村级工作记录");
        api.MapPost("/reserve-pool-memberships/{id:int}/records", AddReserveRecord).WithTags(tag).RequireAuthorization(Policies.EditData)
            .WithName(nameof(AddReserveRecord)).WithSummary("登记后备干部学习培训或参与村级工作");
        var record = api.MapGroup("/reserve-records").WithTags(tag).RequireAuthorization(Policies.EditData);
        record.MapPut("/{id:int}", UpdateReserveRecord).WithName(nameof(UpdateReserveRecord)).WithSummary("修改后备干部培养记录（须带版本号）");
        record.MapDelete("/{id:int}", DeleteReserveRecord).WithName(nameof(DeleteReserveRecord)).WithSummary("删除误录的后备干部培养记录");

        api.MapGet("/org-units/{id:int}/special-reserve-posts", ListSpecialReservePosts).WithTags(tag).WithName(nameof(ListSpecialReservePosts))
            .WithSummary("列出乡镇（街道）或村（社区）的后备干部特设岗位及在岗人员");
        api.MapPost("/org-units/{id:int}/special-reserve-posts", AddSpecialReservePost).WithTags(tag).RequireAuthorization(Policies.EditData)
            .WithName(nameof(AddSpecialReservePost)).WithSummary("设置后备干部特设岗位（定岗不定人）");
        var post = api.MapGroup("/special-reserve-posts").WithTags(tag).RequireAuthorization(Policies.EditData);
        post.MapPut("/{id:int}", UpdateSpecialReservePost).WithName(nameof(UpdateSpecialReservePost)).WithSummary("修改或撤销后备干部特设岗位（须带版本号）");
        post.MapPost("/{id:int}/fills", FillSpecialReservePost).WithName(nameof(FillSpecialReservePost)).WithSummary("从后备干部库聘任特设岗位人员");
        api.MapPost("/special-reserve-post-fills/{id:int}/end", EndSpecialReservePostFill).WithTags(tag).RequireAuthorization(Policies.EditData)
            .WithName(nameof(EndSpecialReservePostFill)).WithSummary("解聘特设岗位人员（须带版本号）");
        return record;
    }

    public sealed record ReserveRecordDto(int Id, int MembershipId, int CadreId, string? CadreName, ReserveDevelopmentKind Kind, DateOnly On, string Content, decimal? Hours, int Version)
    {
        public static ReserveRecordDto Of(ReserveDevelopmentRecord r) =>
            new(r.Id, r.MembershipId, r.Membership?.CadreId ?? 0, r.Membership?.Cadre?.Name, r.Kind, r.On, r.Content, r.Hours, r.Version);
    }

    public sealed record ReserveRecordUpdate(int? Version, ReserveDevelopmentInput Record);

    public sealed record FillDto(int Id, int PostId, int MembershipId, string? CadreName, string? VillageName, DateOnly From, DateOnly? To, string? EndReason, int Version)
    {
        public static FillDto Of(SpecialReservePostFill f) =>
            new(f.Id, f.PostId, f.MembershipId, f.Membership?.Cadre?.Name, f.Membership?.OrgUnit?.Name, f.From, f.To, f.EndReason, f.Version);
    }

    public sealed record SpecialReservePostDto(int Id, int OrgUnitId, string Name, DateOnly From, DateOnly? To, int Version, FillDto[] Fills)
    {
        public static SpecialReservePostDto Of(SpecialReservePost p) =>
            new(p.Id, p.OrgUnitId, p.Name, p.From, p.To, p.Version, [.. p.Fills.OrderByDescending(f => f.From).Select(FillDto.Of)]);
    }

    public sealed record SpecialReservePostUpdate(int? Version, SpecialReservePostInput Post);

    public sealed record FillEnd(int? Version, DateOnly? To, string? EndReason);

    public static async Task<Results<Ok<ReserveRecordDto[]>, NotFound>> ListReserveRecords(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await ReserveDevelopmentCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(ReserveRecordDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<ReserveRecordDto>, NotFound, ValidationProblem>> AddReserveRecord(
        int id, ReserveDevelopmentInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await ReserveDevelopmentCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            r => $"/api/v1/reserve-records/{r.Id}", ReserveRecordDto.Of);

    public static async Task<Results<Ok<ReserveRecordDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateReserveRecord(
        int id, ReserveRecordUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await ReserveDevelopmentCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Record, update.Version, ct),
            ReserveRecordDto.Of, r => r.Version);

    public static async Task<Results<NoContent, NotFound>> DeleteReserveRecord(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await ReserveDevelopmentCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<SpecialReservePostDto[]>, NotFound>> ListSpecialReservePosts(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SpecialReservePostCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(SpecialReservePostDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<SpecialReservePostDto>, NotFound, ValidationProblem>> AddSpecialReservePost(
        int id, SpecialReservePostInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await SpecialReservePostCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            _ => $"/api/v1/org-units/{id}/special-reserve-posts", SpecialReservePostDto.Of);

    public static async Task<Results<Ok<SpecialReservePostDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateSpecialReservePost(
        int id, SpecialReservePostUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await SpecialReservePostCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Post, update.Version, ct),
            SpecialReservePostDto.Of, p => p.Version);

    public static async Task<Results<Created<FillDto>, NotFound, ValidationProblem>> FillSpecialReservePost(
        int id, SpecialReservePostFillInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await SpecialReservePostCommands.FillAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            _ => $"/api/v1/special-reserve-posts/{id}", FillDto.Of);

    public static async Task<Results<Ok<FillDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndSpecialReservePostFill(
        int id, FillEnd end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await SpecialReservePostCommands.EndFillAsync(db, CurrentUser.ScopeOf(user), id, end.To, end.EndReason, end.Version, ct),
            FillDto.Of, f => f.Version);
}
