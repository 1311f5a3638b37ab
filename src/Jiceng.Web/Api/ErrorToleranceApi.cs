using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M07ErrorTolerance;
using Jiceng.Data.Security;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Jiceng.Web.Export;
using Jiceng.Data.Audit;
using Jiceng.Data.Engine.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 七 records: sanctions (/api/v1/sanctions), error-tolerance cases (/api/v1/tolerance-cases) and accusations
/// (/api/v1/accusations), each added under /api/v1/cadres/{id}/…. Every endpoint needs <see cref="Policies.ReadDiscipline"/>
/// (organization-department staff; others get 403); lists carry no narratives, the detail reads do and are audited.
/// </summary>
public static class ErrorToleranceApi
{
    public static RouteGroupBuilder MapErrorToleranceApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/").WithTags("ErrorTolerance").RequireAuthorization(Policies.ReadDiscipline);
        g.MapGet("/sanctions", ListSanctions).WithName(nameof(ListSanctions)).WithSummary("列出干部处分（不含违纪事实）");
        g.MapGet("/sanctions/eligible", ListEligibleCadres).WithName(nameof(ListEligibleCadres)).WithSummary("处分影响期满且考核结果良好、可正常使用的干部");
        g.MapGet("/sanctions/{id:int}", GetSanction).WithName(nameof(GetSanction)).WithSummary("查看处分详情（含违纪事实，记入审计日志）");
        g.MapPost("/cadres/{id:int}/sanctions", AddSanction).RequireAuthorization(Policies.EditData).WithName(nameof(AddSanction)).WithSummary("登记干部处分");
        g.MapPut("/sanctions/{id:int}", UpdateSanction).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateSanction)).WithSummary("修改处分（须带版本号）");
        g.MapPost("/sanctions/{id:int}/revoke", RevokeSanction).RequireAuthorization(Policies.EditData).WithName(nameof(RevokeSanction)).WithSummary("撤销处分（自撤销日起不再计算影响期）");
        g.MapGet("/tolerance-cases", ListToleranceCases).WithName(nameof(ListToleranceCases)).WithSummary("列出容错纠错案件（不含案情）");
        g.MapGet("/tolerance-cases/{id:int}", GetToleranceCase).WithName(nameof(GetToleranceCase)).WithSummary("查看容错纠错案件详情（含案情和各环节意见，记入审计日志）");
        g.MapPost("/cadres/{id:int}/tolerance-cases", AddToleranceCase).RequireAuthorization(Policies.EditData).WithName(nameof(AddToleranceCase)).WithSummary("受理容错纠错案件");
        g.MapPost("/tolerance-cases/{id:int}/steps", AddToleranceCaseStep).RequireAuthorization(Policies.EditData).WithName(nameof(AddToleranceCaseStep)).WithSummary("记录案件环节（核实、分析、认定、决定；须带版本号）");
        g.MapGet("/accusations", ListAccusations).WithName(nameof(ListAccusations)).WithSummary("列出信访举报（不含反映内容）");
        g.MapGet("/accusations/{id:int}", GetAccusation).WithName(nameof(GetAccusation)).WithSummary("查看信访举报详情（含反映内容，记入审计日志）");
        g.MapPost("/cadres/{id:int}/accusations", AddAccusation).RequireAuthorization(Policies.EditData).WithName(nameof(AddAccusation)).WithSummary("登记信访举报");
        g.MapPost("/accusations/{id:int}/outcome", ConcludeAccusation).RequireAuthorization(Policies.EditData).WithName(nameof(ConcludeAccusation)).WithSummary("登记核查结论及澄清正名（须带版本号）");
        g.MapGet("/tolerance-cases/{id:int}/steps/{stepId:int}/attachments", ListCaseStepAttachments).WithName(nameof(ListCaseStepAttachments)).WithSummary("列出案件环节的材料（不含内容）");
        g.MapPost("/tolerance-cases/{id:int}/steps/{stepId:int}/attachments", AddCaseStepAttachments).RequireAuthorization(Policies.EditData).WithName(nameof(AddCaseStepAttachments)).WithSummary("上传案件环节的材料（PDF、PNG、JPEG、Word）");
        g.MapGet("/tolerance-cases/{id:int}/steps/{stepId:int}/attachments/{attachmentId:long}", GetCaseStepAttachment).WithName(nameof(GetCaseStepAttachment)).WithSummary("下载案件环节的材料（记入审计日志）");
        return g;
    }

    /// <summary>
    /// P7.influence_months of the profile in force on <paramref name="day"/>; a day before the first profile (an old
    /// record, or a mistyped date the command will refuse) reads the first profile's periods rather than failing.
    /// </summary>
    public static InfluencePeriods Periods(PolicyProfiles profiles, DateOnly day) =>
        (profiles.Set.TryInForceOn(day, out var profile) ? profile : profiles.Set.Versions[0]).Get<InfluencePeriods>(ParameterIds.P7.InfluenceMonths);

    public sealed record SanctionDto(int Id, int CadreId, string? CadreName, SanctionKind Kind, DateOnly EffectiveOn, string Authority, string? DocumentNumber,
        string? Facts, DateOnly? RevokedOn, int Version)
    {
        public static SanctionDto Of(Sanction s) => new(s.Id, s.CadreId, s.Cadre?.Name, s.Kind, s.EffectiveOn, s.Authority, s.DocumentNumber, s.Facts, s.RevokedOn, s.Version);

        /// <summary>Without the facts: what a write answers.</summary>
        public static SanctionDto Brief(Sanction s) => Of(s) with { Facts = null };
    }

    public sealed record SanctionUpdate(int? Version, SanctionInput Sanction);

    public sealed record Revocation(int? Version, DateOnly? RevokedOn);

    public sealed record EligibleDto(int CadreId, string Name, string Measured, DateOnly? EligibleSince);

    public sealed record CaseDto(int Id, int CadreId, string? CadreName, int? SanctionId, DateOnly ReceivedOn, string? Facts, CaseCriteria Criteria,
        CaseDecision? Decision, DateOnly? DecidedOn, CaseStage Stage, CaseStepDto[] Steps, int Version)
    {
        public static CaseDto Of(ToleranceCase c) => new(c.Id, c.CadreId, c.Cadre?.Name, c.SanctionId, c.ReceivedOn, c.Facts, c.Criteria, c.Decision, c.DecidedOn, c.Stage,
            [.. c.Steps.Select(s => new CaseStepDto(s.Id, s.Stage, s.Author, s.On, s.Documents, s.Note))], c.Version);

        public static CaseDto Brief(ToleranceCase c) => Of(c) with { Facts = null, Steps = [.. c.Steps.Select(s => new CaseStepDto(s.Id, s.Stage, s.Author, s.On, s.Documents, null))] };
    }

    public sealed record CaseStepDto(int Id, CaseStage Stage, string Author, DateOnly On, string? Documents, string? Note);

    public sealed record AttachmentRequest(string? FileName, string? ContentType, byte[]? Content);

    public sealed record AttachmentsRequest(AttachmentRequest[]? Attachments);

    public sealed record CaseStepRequest(int? Version, CaseStepInput Step);

    public sealed record AccusationDto(int Id, int CadreId, string? CadreName, DateOnly ReceivedOn, string Source, string? Content, AccusationConclusion? Conclusion,
        DateOnly? ConcludedOn, string? ClarifyMethod, string? ClarifyScope, DateOnly? ClarifiedOn, int Version)
    {
        public static AccusationDto Of(Accusation a) => new(a.Id, a.CadreId, a.Cadre?.Name, a.ReceivedOn, a.Source, a.Content, a.Conclusion, a.ConcludedOn,
            a.ClarifyMethod, a.ClarifyScope, a.ClarifiedOn, a.Version);

        public static AccusationDto Brief(Accusation a) => Of(a) with { Content = null };
    }

    public sealed record AccusationOutcome(int? Version, AccusationOutcomeInput Outcome);

    public static async Task<Ok<Paged<SanctionRow>>> ListSanctions(
        string? q, int? orgUnitId, int? cadreId, SanctionKind? kind, bool? inForce, int? year, int? page, int? pageSize,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var filter = new SanctionFilter { Text = q, OrgUnitId = orgUnitId, CadreId = cadreId, Kind = kind, InForce = inForce, Year = year, Page = page ?? 1, PageSize = pageSize ?? 20 };
        return TypedResults.Ok(await SanctionCommands.ListAsync(db, CurrentUser.ScopeOf(user), filter, Periods(profiles, today), today, ct));
    }

    public static async Task<Results<Ok<EligibleDto[]>, ValidationProblem>> ListEligibleCadres(
        DateOnly? asOf, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var day = asOf ?? ChinaTime.Today(clock);
        if (Dates.OutsideRecordRange(day) is { } outside)
        {
            return ProblemResults.Invalid([new FieldError("asOf", "统计日期" + outside)]);
        }

        if (!profiles.Set.TryInForceOn(day, out var profile))
        {
            return ProblemResults.Invalid([new FieldError("asOf", $"统计日期{Dates.Format(day)}没有生效的政策配置")]);
        }

        var found = await SanctionCommands.EligibleAsync(db, CurrentUser.ScopeOf(user), profile, day, ct);
        return TypedResults.Ok(found.Select(f => new EligibleDto(f.Subject.Id, f.Subject.Name, f.Measured, f.Due)).ToArray());
    }

    public static async Task<Results<Ok<SanctionDto>, NotFound>> GetSanction(int id, JicengDbContext db, ClaimsPrincipal user, ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await SanctionCommands.ReadAsync(db, CurrentUser.ScopeOf(user), id, auditor, ct) is { } s ? TypedResults.Ok(SanctionDto.Of(s)) : TypedResults.NotFound();

    public static async Task<Results<Created<SanctionDto>, NotFound, ValidationProblem>> AddSanction(
        int id, SanctionInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await SanctionCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            s => $"/api/v1/sanctions/{s.Id}", SanctionDto.Brief);

    public static async Task<Results<Ok<SanctionDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateSanction(
        int id, SanctionUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await SanctionCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Sanction, update.Version, ChinaTime.Today(clock), ct),
            SanctionDto.Brief, s => s.Version, "该处分");

    public static async Task<Results<Ok<SanctionDto>, NotFound, ValidationProblem, ProblemHttpResult>> RevokeSanction(
        int id, Revocation revocation, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await SanctionCommands.RevokeAsync(db, CurrentUser.ScopeOf(user), id, revocation.RevokedOn, revocation.Version, ChinaTime.Today(clock), ct),
            SanctionDto.Brief, s => s.Version, "该处分");

    public static async Task<Ok<CaseRow[]>> ListToleranceCases(int? cadreId, bool? open, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await CaseCommands.ListAsync(db, CurrentUser.ScopeOf(user), cadreId, open, ct)).ToArray());

    public static async Task<Results<Ok<CaseDto>, NotFound>> GetToleranceCase(int id, JicengDbContext db, ClaimsPrincipal user, ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await CaseCommands.ReadAsync(db, CurrentUser.ScopeOf(user), id, auditor, ct) is { } c ? TypedResults.Ok(CaseDto.Of(c)) : TypedResults.NotFound();

    public static async Task<Results<Created<CaseDto>, NotFound, ValidationProblem>> AddToleranceCase(
        int id, CaseInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CaseCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            c => $"/api/v1/tolerance-cases/{c.Id}", CaseDto.Brief);

    public static async Task<Results<Ok<CaseDto>, NotFound, ValidationProblem, ProblemHttpResult>> AddToleranceCaseStep(
        int id, CaseStepRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CaseCommands.AddStepAsync(db, CurrentUser.ScopeOf(user), id, request.Step, request.Version, ChinaTime.Today(clock), ct),
            CaseDto.Brief, c => c.Version, "该案件");

    public static async Task<Ok<AccusationRow[]>> ListAccusations(int? cadreId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await AccusationCommands.ListAsync(db, CurrentUser.ScopeOf(user), cadreId, ct)).ToArray());

    public static async Task<Results<Ok<AccusationDto>, NotFound>> GetAccusation(int id, JicengDbContext db, ClaimsPrincipal user, ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await AccusationCommands.ReadAsync(db, CurrentUser.ScopeOf(user), id, auditor, ct) is { } a ? TypedResults.Ok(AccusationDto.Of(a)) : TypedResults.NotFound();

    public static async Task<Results<Created<AccusationDto>, NotFound, ValidationProblem>> AddAccusation(
        int id, AccusationInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await AccusationCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            a => $"/api/v1/accusations/{a.Id}", AccusationDto.Brief);

    public static async Task<Results<Ok<AccusationDto>, NotFound, ValidationProblem, ProblemHttpResult>> ConcludeAccusation(
        int id, AccusationOutcome outcome, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await AccusationCommands.ConcludeAsync(db, CurrentUser.ScopeOf(user), id, outcome.Outcome, outcome.Version, ChinaTime.Today(clock), ct),
            AccusationDto.Brief, a => a.Version, "该信访举报");

    public static async Task<Results<Ok<CaseAttachmentView[]>, NotFound>> ListCaseStepAttachments(
        int id, int stepId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        if (!await db.ToleranceCaseSteps.AnyAsync(s => s.Id == stepId && s.CaseId == id && db.ToleranceCases.InScope(scope).Any(c => c.Id == id), ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok((await CaseAttachmentCommands.ListAsync(db, scope, id, ct)).Where(a => a.StepId == stepId).ToArray());
    }

    public static async Task<Results<Created<CaseAttachmentView[]>, NotFound, ValidationProblem>> AddCaseStepAttachments(
        int id, int stepId, AttachmentsRequest body, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var files = (body.Attachments ?? []).Select(a => new AttachmentInput(a?.FileName, a?.ContentType, a?.Content)).ToList();
        var result = await CaseAttachmentCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, stepId, files, ct);
        return result.NotFound ? TypedResults.NotFound()
            : !result.Succeeded ? ProblemResults.Invalid(result.Errors)
            : TypedResults.Created($"/api/v1/tolerance-cases/{id}/steps/{stepId}/attachments", result.Value!.ToArray());
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> GetCaseStepAttachment(
        int id, int stepId, long attachmentId, JicengDbContext db, ClaimsPrincipal user, IAuditLog audit, ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await DisciplineExports.AuditedAttachmentAsync(db, user, audit, auditor, id, stepId, attachmentId, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();
}
