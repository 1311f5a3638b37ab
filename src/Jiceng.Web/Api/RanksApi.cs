using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Ranks;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Ranks;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 4 ranks (职级): a cadre's rank history under /api/v1/cadres/{id}/ranks (a new rank is a promotion that ends the
/// open one the day before), corrections and ends under /api/v1/ranks/{id}, the district-wide list /api/v1/ranks; rank
/// quotas (职数) under /api/v1/rank-quotas with their use on a day. Saves refuse what R4.1 forbids.
/// </summary>
public static class RanksApi
{
    public static RouteGroupBuilder MapRanksApi(this RouteGroupBuilder api)
    {
        var cadre = api.MapGroup("/cadres/{cadreId:int}/ranks").WithTags("Ranks");
        cadre.MapGet("/", ListCadreRanks).WithName(nameof(ListCadreRanks)).WithSummary("列出干部的职级（任职经历）");
        cadre.MapPost("/", PromoteCadre).RequireAuthorization(Policies.EditData).WithName(nameof(PromoteCadre)).WithSummary("为干部任新职级（晋升；原职级于前一日免去）");

        var ranks = api.MapGroup("/ranks").WithTags("Ranks");
        ranks.MapGet("/", ListRanks).WithName(nameof(ListRanks)).WithSummary("职级名册：按单位、职级、任职时间筛选");
        ranks.MapPut("/{id:int}", CorrectRank).RequireAuthorization(Policies.EditData).WithName(nameof(CorrectRank)).WithSummary("更正职级记录（须带版本号）");
        ranks.MapPost("/{id:int}/end", EndRank).RequireAuthorization(Policies.EditData).WithName(nameof(EndRank)).WithSummary("免去职级（须带版本号）");

        var quotas = api.MapGroup("/rank-quotas").WithTags("Ranks");
        quotas.MapGet("/", ListRankQuotas).WithName(nameof(ListRankQuotas)).WithSummary("列出职级职数（含各生效日期）");
        quotas.MapGet("/usage", RankQuotaUsageOn).WithName(nameof(RankQuotaUsageOn)).WithSummary("某日职级职数使用情况：职数、在任、空缺、外单位占用");
        quotas.MapPost("/", AddRankQuota).RequireAuthorization(Policies.EditData).WithName(nameof(AddRankQuota)).WithSummary("核定职级职数");
        quotas.MapPut("/{id:int}", UpdateRankQuota).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateRankQuota)).WithSummary("修改职级职数（须带版本号）");
        quotas.MapDelete("/{id:int}", DeleteRankQuota).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteRankQuota)).WithSummary("删除误录的职级职数");
        return ranks;
    }

    public sealed record RankDto(int Id, int CadreId, string RankCode, string RankLabel, int Ordinal, DateOnly Start, DateOnly? End,
        int QuotaUnitId, string? QuotaUnitName, string? DocumentNumber, int Version)
    {
        public static RankDto Of(RankAssignment r) =>
            new(r.Id, r.CadreId, r.RankCode, RankLevels.Label(r.RankCode), r.Ordinal, r.Start, r.End, r.QuotaUnitId, r.QuotaUnit?.Name, r.DocumentNumber, r.Version);
    }

    public sealed record RankUpdate(int? Version, RankInput Rank);

    public sealed record RankEnd(int? Version, DateOnly? End);

    public sealed record RankQuotaDto(int Id, int OrgUnitId, string? OrgUnitName, string RankCode, string RankLabel, int Count, DateOnly From, string? DocumentNumber, int Version)
    {
        public static RankQuotaDto Of(RankQuota q) =>
            new(q.Id, q.OrgUnitId, q.OrgUnit?.Name, q.RankCode, RankLevels.Label(q.RankCode), q.Count, q.From, q.DocumentNumber, q.Version);
    }

    public sealed record RankQuotaUpdate(int? Version, RankQuotaInput Quota);

    public static async Task<Results<Ok<RankDto[]>, NotFound>> ListCadreRanks(int cadreId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await RankCommands.ListAsync(db, CurrentUser.ScopeOf(user), cadreId, ct) is { } list ? TypedResults.Ok(list.Select(RankDto.Of).ToArray()) : TypedResults.NotFound();

    public static async Task<Results<Created<RankDto>, NotFound, ValidationProblem>> PromoteCadre(
        int cadreId, RankInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, Compliance.PolicyProfiles profiles, CancellationToken ct) =>
        CommandResponses.Created(await RankCommands.PromoteAsync(db, CurrentUser.ScopeOf(user), cadreId, input, ChinaTime.Today(clock), ct,
            ErrorToleranceApi.Periods(profiles, input.Start ?? ChinaTime.Today(clock))),
            r => $"/api/v1/ranks/{r.Id}", RankDto.Of);

    public static async Task<Ok<Paged<RankListItem>>> ListRanks(
        string? q, int? orgUnitId, string? rankCode, DateOnly? from, DateOnly? to, bool? heldOnly, RankSort? sort, bool? desc, int? page, int? pageSize,
        JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await RankSearch.RunAsync(db, CurrentUser.ScopeOf(user), new RankFilter
        {
            Text = q, OrgUnitId = orgUnitId, RankCode = rankCode, From = from, To = to, HeldOnly = heldOnly ?? false,
            Sort = sort ?? RankSort.Start, Descending = desc ?? false, Page = page ?? 1, PageSize = pageSize ?? 50,
        }, ct));

    public static async Task<Results<Ok<RankDto>, NotFound, ValidationProblem, ProblemHttpResult>> CorrectRank(
        int id, RankUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, Compliance.PolicyProfiles profiles, CancellationToken ct) =>
        CommandResponses.Updated(await RankCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Rank, update.Version, ChinaTime.Today(clock), ct,
            ErrorToleranceApi.Periods(profiles, update.Rank?.Start ?? ChinaTime.Today(clock))),
            RankDto.Of, r => r.Version, "该职级记录");

    public static async Task<Results<Ok<RankDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndRank(
        int id, RankEnd end, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await RankCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.End, end.Version, ChinaTime.Today(clock), ct),
            RankDto.Of, r => r.Version, "该职级记录");

    public static async Task<Ok<RankQuotaDto[]>> ListRankQuotas(int? orgUnitId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await RankQuotaCommands.ListAsync(db, CurrentUser.ScopeOf(user), orgUnitId, ct)).Select(RankQuotaDto.Of).ToArray());

    public static async Task<Ok<RankQuotaUseRow[]>> RankQuotaUsageOn(
        DateOnly? day, int? orgUnitId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok((await RankQuotaUsage.OnAsync(db, CurrentUser.ScopeOf(user), day ?? ChinaTime.Today(clock), orgUnitId, ct)).ToArray());

    public static async Task<Results<Created<RankQuotaDto>, NotFound, ValidationProblem>> AddRankQuota(
        RankQuotaInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await RankQuotaCommands.AddAsync(db, CurrentUser.ScopeOf(user), input, ct), q => $"/api/v1/rank-quotas/{q.Id}", RankQuotaDto.Of);

    public static async Task<Results<Ok<RankQuotaDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateRankQuota(
        int id, RankQuotaUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await RankQuotaCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Quota, update.Version, ct),
            RankQuotaDto.Of, q => q.Version, "该职级职数");

    public static async Task<Results<NoContent, NotFound>> DeleteRankQuota(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await RankQuotaCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
