using System.Security.Claims;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 十 records of R10.4 and R10.5: the party members a village developed (/api/v1/org-units/{id}/party-members,
/// changed and deleted under /api/v1/party-members/{id}) and the civil-service recruitment plans of a district or city
/// with their targeted positions (/api/v1/org-units/{id}/recruitment-plans, /api/v1/recruitment-plans/{id}). Every
/// query goes through the caller's scope; writes are audited by the save.
/// </summary>
public static class PartyDevelopmentApi
{
    public static RouteGroupBuilder MapPartyDevelopmentApi(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/org-units/{id:int}/party-members").WithTags("VillageCadres");
        members.MapGet("/", ListPartyMembers).WithName(nameof(ListPartyMembers)).WithSummary("列出村（社区）党组织发展的党员");
        members.MapPost("/", AddPartyMember).RequireAuthorization(Policies.EditData).WithName(nameof(AddPartyMember)).WithSummary("登记发展党员（接收预备党员）");
        var member = api.MapGroup("/party-members").WithTags("VillageCadres").RequireAuthorization(Policies.EditData);
        member.MapPut("/{id:int}", UpdatePartyMember).WithName(nameof(UpdatePartyMember)).WithSummary("修改发展党员记录（须带版本号）");
        member.MapDelete("/{id:int}", DeletePartyMember).WithName(nameof(DeletePartyMember)).WithSummary("删除误录的发展党员记录");

        var plans = api.MapGroup("/org-units/{id:int}/recruitment-plans").WithTags("VillageCadres");
        plans.MapGet("/", ListRecruitmentPlans).WithName(nameof(ListRecruitmentPlans)).WithSummary("列出区（市）公务员招录计划及定向招录职位");
        plans.MapPost("/", AddRecruitmentPlan).RequireAuthorization(Policies.EditData).WithName(nameof(AddRecruitmentPlan)).WithSummary("登记年度公务员招录计划");
        var plan = api.MapGroup("/recruitment-plans").WithTags("VillageCadres").RequireAuthorization(Policies.EditData);
        plan.MapPut("/{id:int}", UpdateRecruitmentPlan).WithName(nameof(UpdateRecruitmentPlan)).WithSummary("修改公务员招录计划（须带版本号）");
        plan.MapDelete("/{id:int}", DeleteRecruitmentPlan).WithName(nameof(DeleteRecruitmentPlan)).WithSummary("删除误录的公务员招录计划");
        return members;
    }

    public sealed record PartyMemberDto(int Id, int OrgUnitId, string Name, DateOnly BirthDate, DateOnly AdmittedOn, int AgeOnAdmission, bool Young, int? CadreId, int Version)
    {
        public static PartyMemberDto Of(PartyMemberDevelopment m) =>
            new(m.Id, m.OrgUnitId, m.Name, m.BirthDate, m.AdmittedOn, m.AgeOnAdmission, m.IsYoung, m.CadreId, m.Version);
    }

    public sealed record PartyMemberUpdate(int? Version, PartyDevelopmentInput Member);

    public sealed record RecruitmentPlanDto(int Id, int OrgUnitId, int Year, int PlanPositions, int TargetedPositions, int Version)
    {
        public static RecruitmentPlanDto Of(TargetedRecruitmentPlan p) => new(p.Id, p.OrgUnitId, p.Year, p.PlanPositions, p.TargetedPositions, p.Version);
    }

    public sealed record RecruitmentPlanUpdate(int? Version, TargetedRecruitmentInput Plan);

    public static async Task<Results<Ok<PartyMemberDto[]>, NotFound>> ListPartyMembers(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await PartyDevelopmentCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(PartyMemberDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<PartyMemberDto>, NotFound, ValidationProblem>> AddPartyMember(
        int id, PartyDevelopmentInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await PartyDevelopmentCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            _ => $"/api/v1/org-units/{id}/party-members", PartyMemberDto.Of);

    public static async Task<Results<Ok<PartyMemberDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdatePartyMember(
        int id, PartyMemberUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await PartyDevelopmentCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Member, update.Version, ct),
            PartyMemberDto.Of, m => m.Version);

    public static async Task<Results<NoContent, NotFound>> DeletePartyMember(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await PartyDevelopmentCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<RecruitmentPlanDto[]>, NotFound>> ListRecruitmentPlans(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TargetedRecruitmentCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(RecruitmentPlanDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<RecruitmentPlanDto>, NotFound, ValidationProblem>> AddRecruitmentPlan(
        int id, TargetedRecruitmentInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await TargetedRecruitmentCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            _ => $"/api/v1/org-units/{id}/recruitment-plans", RecruitmentPlanDto.Of);

    public static async Task<Results<Ok<RecruitmentPlanDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateRecruitmentPlan(
        int id, RecruitmentPlanUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await TargetedRecruitmentCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Plan, update.Version, ct),
            RecruitmentPlanDto.Of, p => p.Version);

    public static async Task<Results<NoContent, NotFound>> DeleteRecruitmentPlan(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TargetedRecruitmentCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
