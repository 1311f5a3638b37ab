using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Data;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 五's assessment schemes (/api/v1/assessment-schemes: district-level, read by everyone for the districts in or
/// above their scope, written by the organization department only) and township assessments
/// (/api/v1/township-assessments: the year's list with R5.5's missing feedback, the detail with the scheme's arithmetic,
/// edit, delete, indicator scores and multi-source feedback entries), all through the caller's data scope.
/// </summary>
public static class AssessmentSchemesApi
{
    public static RouteGroupBuilder MapAssessmentSchemesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/").WithTags("AssessmentSchemes");
        g.MapGet("/assessment-schemes", ListSchemes).WithName(nameof(ListSchemes)).WithSummary("列出考核方案（按乡镇类别，可按年度筛选）");
        g.MapGet("/assessment-schemes/{id:int}", GetScheme).WithName(nameof(GetScheme)).WithSummary("查看考核方案及其指标");
        g.MapPost("/assessment-schemes", CreateScheme).RequireAuthorization(Policies.EditAssessmentSchemes).WithName(nameof(CreateScheme)).WithSummary("制定考核方案（组织部；指标权重合计须为100%）");
        g.MapPut("/assessment-schemes/{id:int}", UpdateScheme).RequireAuthorization(Policies.EditAssessmentSchemes).WithName(nameof(UpdateScheme)).WithSummary("修改考核方案（须带版本号；已录入得分的方案指标不能修改）");
        g.MapPost("/assessment-schemes/{id:int}/end", EndScheme).RequireAuthorization(Policies.EditAssessmentSchemes).WithName(nameof(EndScheme)).WithSummary("结束考核方案（截止年度）");
        g.MapDelete("/assessment-schemes/{id:int}", DeleteScheme).RequireAuthorization(Policies.EditAssessmentSchemes).WithName(nameof(DeleteScheme)).WithSummary("删除未录入得分的考核方案");
        g.MapGet("/township-assessments", ListAssessments).WithName(nameof(ListAssessments)).WithSummary("某年度各乡镇的综合考核（方案得分、多元评价得分、是否缺少多元评价）");
        g.MapGet("/township-assessments/{id:int}", GetAssessment).WithName(nameof(GetAssessment)).WithSummary("查看乡镇年度考核（指标得分、多元评价）");
        g.MapPost("/township-assessments", AddAssessment).RequireAuthorization(Policies.EditData).WithName(nameof(AddAssessment)).WithSummary("录入乡镇年度考核");
        g.MapPut("/township-assessments/{id:int}", UpdateAssessment).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateAssessment)).WithSummary("修改乡镇年度考核（须带版本号）");
        g.MapDelete("/township-assessments/{id:int}", DeleteAssessment).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteAssessment)).WithSummary("删除乡镇年度考核（须带版本号）");
        g.MapPut("/township-assessments/{id:int}/scores", SaveScores).RequireAuthorization(Policies.EditData).WithName(nameof(SaveScores)).WithSummary("录入指标得分（须带版本号；方案得分随之计算）");
        g.MapPost("/township-assessments/{id:int}/feedback", AddFeedback).RequireAuthorization(Policies.EditData).WithName(nameof(AddFeedback)).WithSummary("录入多元评价");
        g.MapPut("/assessment-feedback/{id:int}", UpdateFeedback).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateFeedback)).WithSummary("修改多元评价");
        g.MapDelete("/assessment-feedback/{id:int}", DeleteFeedback).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteFeedback)).WithSummary("删除多元评价");
        return g;
    }

    public sealed record IndicatorDto(int Id, string Name, decimal Weight, decimal MaxScore, int SortOrder, IndicatorFeed Feed);

    public sealed record SchemeDto(int Id, int DistrictId, string Category, string Name, int FromYear, int? ToYear, IndicatorDto[] Indicators, int Version)
    {
        public static SchemeDto Of(AssessmentScheme s) => new(s.Id, s.DistrictId, s.Category, s.Name, s.FromYear, s.ToYear,
            [.. s.Indicators.OrderBy(i => i.SortOrder).Select(i => new IndicatorDto(i.Id, i.Name, i.Weight, i.MaxScore, i.SortOrder, i.Feed))], s.Version);
    }

    public sealed record SchemeUpdate(int? Version, SchemeInput Scheme);

    public sealed record SchemeEnd(int? Version, int? ToYear);

    public sealed record Versioned(int? Version);

    public sealed record FeedbackDto(int Id, FeedbackSource Source, int Respondents, decimal Score, DateOnly CollectedOn);

    public sealed record LineDto(int IndicatorId, string Name, decimal Weight, decimal MaxScore, IndicatorFeed Feed, decimal? Score, decimal? Part);

    public sealed record AssessmentDto(int Id, int TownshipId, string TownshipCode, string TownshipName, int Year, string Category, decimal? SchemeScore,
        bool ScoreComputed, decimal? FeedbackScore, bool MissingFeedback, int? SchemeId, string? SchemeName, LineDto[] Indicators, FeedbackDto[] Feedback, int Version)
    {
        public static AssessmentDto Of(TownshipAssessmentDetail d) => new(d.Assessment.Id, d.Assessment.TownshipId, d.TownshipCode, d.TownshipName, d.Assessment.Year,
            d.Assessment.Category, d.Assessment.SchemeScore, d.ScoreComputed, d.FeedbackScore, d.Assessment.Feedback.Count == 0, d.Scheme?.Id, d.Scheme?.Name,
            [.. (d.Scoring?.Lines ?? []).Select(l => new LineDto(l.Indicator.Id, l.Indicator.Name, l.Indicator.Weight, l.Indicator.MaxScore, l.Indicator.Feed,
                l.Score is { } s ? SchemeScoring.Round(s) : null, l.Part is { } p ? SchemeScoring.Round(p) : null))],
            [.. d.Assessment.Feedback.Select(FeedbackOf)], d.Assessment.Version);
    }

    public sealed record AssessmentBrief(int Id, int TownshipId, int Year, string Category, decimal? SchemeScore, int Version)
    {
        public static AssessmentBrief Of(TownshipAssessment a) => new(a.Id, a.TownshipId, a.Year, a.Category, a.SchemeScore, a.Version);
    }

    public sealed record AssessmentUpdate(int? Version, AssessmentEdit Assessment);

    public sealed record ScoresRequest(int? Version, IndicatorScoreInput[] Scores);

    private static FeedbackDto FeedbackOf(AssessmentFeedback f) => new(f.Id, f.Source, f.Respondents, f.Score, f.CollectedOn);

    public static async Task<Ok<SchemeRow[]>> ListSchemes(string? category, int? year, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await SchemeCommands.ListAsync(db, CurrentUser.ScopeOf(user), category, year, ct)).ToArray());

    public static async Task<Results<Ok<SchemeDto>, NotFound>> GetScheme(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SchemeCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } s ? TypedResults.Ok(SchemeDto.Of(s)) : TypedResults.NotFound();

    public static async Task<Results<Created<SchemeDto>, NotFound, ValidationProblem>> CreateScheme(
        SchemeInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await SchemeCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            s => $"/api/v1/assessment-schemes/{s.Id}", SchemeDto.Of);

    public static async Task<Results<Ok<SchemeDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateScheme(
        int id, SchemeUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await SchemeCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Scheme, update.Version, ChinaTime.Today(clock), ct),
            SchemeDto.Of, s => s.Version, "该考核方案");

    public static async Task<Results<Ok<SchemeDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndScheme(
        int id, SchemeEnd end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await SchemeCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.ToYear, end.Version, ct), SchemeDto.Of, s => s.Version, "该考核方案");

    public static async Task<Results<Ok<SchemeDto>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteScheme(
        int id, int? version, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await SchemeCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, version, ct), SchemeDto.Of, s => s.Version, "该考核方案");

    public static async Task<Results<Ok<TownshipAssessmentRow[]>, ValidationProblem>> ListAssessments(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? ChinaTime.Today(clock).Year - 1;
        if (y < 2000 || y > 2100)
        {
            return ProblemResults.Invalid([new FieldError("year", "考核年度：应在2000至2100之间")]);
        }

        return TypedResults.Ok((await TownshipAssessmentCommands.ListAsync(db, CurrentUser.ScopeOf(user), y, ct)).ToArray());
    }

    public static async Task<Results<Ok<AssessmentDto>, NotFound>> GetAssessment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TownshipAssessmentCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } d ? TypedResults.Ok(AssessmentDto.Of(d)) : TypedResults.NotFound();

    public static async Task<Results<Created<AssessmentBrief>, NotFound, ValidationProblem>> AddAssessment(
        TownshipAssessmentInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await AssessmentCommands.AddTownshipAssessmentAsync(db, CurrentUser.ScopeOf(user), input with { Feedback = input.Feedback ?? [] }, ChinaTime.Today(clock), ct),
            a => $"/api/v1/township-assessments/{a.Id}", AssessmentBrief.Of);

    public static async Task<Results<Ok<AssessmentBrief>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAssessment(
        int id, AssessmentUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await TownshipAssessmentCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Assessment, update.Version, ct),
            AssessmentBrief.Of, a => a.Version, "该乡镇年度考核");

    public static async Task<Results<Ok<AssessmentBrief>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAssessment(
        int id, int? version, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await TownshipAssessmentCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, version, ct), AssessmentBrief.Of, a => a.Version, "该乡镇年度考核");

    public static async Task<Results<Ok<AssessmentBrief>, NotFound, ValidationProblem, ProblemHttpResult>> SaveScores(
        int id, ScoresRequest request, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await TownshipAssessmentCommands.SaveScoresAsync(db, CurrentUser.ScopeOf(user), id, request.Scores ?? [], request.Version, ct),
            AssessmentBrief.Of, a => a.Version, "该乡镇年度考核");

    public static async Task<Results<Created<FeedbackDto>, NotFound, ValidationProblem>> AddFeedback(
        int id, FeedbackInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await TownshipAssessmentCommands.AddFeedbackAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            f => $"/api/v1/assessment-feedback/{f.Id}", FeedbackOf);

    public static async Task<Results<Ok<FeedbackDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateFeedback(
        int id, FeedbackInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await TownshipAssessmentCommands.UpdateFeedbackAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct), FeedbackOf, _ => 0);

    public static async Task<Results<Ok<FeedbackDto>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteFeedback(
        int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await TownshipAssessmentCommands.DeleteFeedbackAsync(db, CurrentUser.ScopeOf(user), id, ct), FeedbackOf, _ => 0);
}
