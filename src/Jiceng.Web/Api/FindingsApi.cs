using System.ComponentModel;
using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Audit;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// The rectification ledger (问题整改台账) under /api/v1/findings: list with filters, one finding with its history and
/// explanations, and the people's state changes — assign, start rectifying, submit an explanation (township and
/// district staff), accept or reject it (the organization department). Resolving is the evaluations' alone.
/// </summary>
public static class FindingsApi
{
    public static RouteGroupBuilder MapFindingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/findings").WithTags("Findings");
        group.MapGet("/", ListFindings).WithName(nameof(ListFindings)).WithSummary("查询问题整改台账（筛选、分页）");
        group.MapGet("/{id:long}", GetFinding).WithName(nameof(GetFinding)).WithSummary("查看问题及其整改记录");
        group.MapGet("/{id:long}/attachments/{attachmentId:long}", GetAttachment).WithName(nameof(GetAttachment)).WithSummary("下载情况说明的附件");
        group.MapPost("/{id:long}/assign", AssignFinding).RequireAuthorization(Policies.EditData)
            .WithName(nameof(AssignFinding)).WithSummary("分派责任单位、责任人和计划完成时限（须带版本号）");
        group.MapPost("/{id:long}/rectify", StartRectifying).RequireAuthorization(Policies.EditData)
            .WithName(nameof(StartRectifying)).WithSummary("开始整改（须已分派）");
        group.MapPost("/{id:long}/explanations", SubmitExplanation).RequireAuthorization(Policies.EditData)
            .WithName(nameof(SubmitExplanation)).WithSummary("提交情况说明及附件");
        group.MapPost("/{id:long}/accept", AcceptExplanation).RequireAuthorization(Policies.DecideExplanations)
            .WithName(nameof(AcceptExplanation)).WithSummary("采纳情况说明（组织部；不能审核本人提交的说明）");
        group.MapPost("/{id:long}/reject", RejectExplanation).RequireAuthorization(Policies.DecideExplanations)
            .WithName(nameof(RejectExplanation)).WithSummary("退回情况说明（组织部；不能审核本人提交的说明）");
        group.MapPost("/{id:long}/resolve", ResolveFinding).RequireAuthorization(Policies.EditData)
            .WithName(nameof(ResolveFinding)).WithSummary("手工销号：不允许，已整改只能由评估核销");
        return group;
    }

    public sealed record SubjectDto(SubjectKind Kind, int Id, string Code, string Name);

    /// <param name="Overdue">Not closed and past its planned date (or, unplanned, its due date), as of today.</param>
    public sealed record FindingDto(
        long Id, string Rule, int Clause, Severity Severity, SubjectDto Subject, int OrgUnitId, int? TownshipId, int Year, string Period,
        string Measured, string Required, string Message, DateOnly? Due, string Topic, FindingState State, string StateLabel,
        long FirstSeenRunId, DateTime FirstSeenAt, long LastSeenRunId, DateTime LastSeenAt, long? ResolvedRunId, DateOnly? ResolvedOn,
        int ReopenCount, int? AssigneeUnitId, string? AssigneePerson, DateOnly? PlannedDate, DateOnly? SetAsideUntil, bool Overdue, int Version)
    {
        public static FindingDto From(FindingRecord f, DateOnly today) => new(
            f.Id, f.Rule, f.Clause, f.Severity, new SubjectDto(f.SubjectKind, f.SubjectId, f.SubjectCode, f.SubjectName), f.OrgUnitId, f.TownshipId,
            f.Year, f.Period, f.Measured, f.Required, f.Message, f.Due, f.Topic, f.State, FindingStates.Label(f.State),
            f.FirstSeenRunId, f.FirstSeenAt, f.LastSeenRunId, f.LastSeenAt, f.ResolvedRunId, f.ResolvedOn, f.ReopenCount,
            f.AssigneeUnitId, f.AssigneePerson, f.PlannedDate, f.SetAsideUntil,
            LedgerReports.IsOverdue(f, today), f.Version);
    }

    public sealed record EventDto(FindingEventKind Kind, string KindLabel, DateTime At, long? RunId, string Actor, FindingState? FromState, FindingState ToState,
        Severity? Severity, string? Measured, string? Note);

    public sealed record AttachmentDto(long Id, string FileName, string ContentType, int Size);

    public sealed record ExplanationDto(long Id, string Text, string SubmittedBy, DateTime SubmittedAt, ExplanationDecision Decision, string? DecidedBy,
        DateTime? DecidedAt, string? DecisionReason, DateOnly? SetAsideUntil, AttachmentDto[] Attachments);

    public sealed record FindingDetailDto(FindingDto Finding, string? AssigneeUnitName, EventDto[] History, ExplanationDto[] Explanations);

    public sealed record AssignRequest(int? Version, int? UnitId, string? Person, DateOnly? PlannedDate);

    public sealed record VersionRequest(int? Version);

    /// <param name="Content">The file's bytes, base64-encoded.</param>
    public sealed record AttachmentRequest(string? FileName, string? ContentType, byte[]? Content);

    public sealed record ExplanationRequest(int? Version, string? Text, AttachmentRequest[]? Attachments);

    /// <param name="SetAsideUntil">Acceptance only: set aside until this day (inclusive); absent for good.</param>
    public sealed record DecisionRequest(int? Version, string? Reason, DateOnly? SetAsideUntil);

    public sealed record FindingListQuery(
        [property: FromQuery(Name = "state")] FindingState? State,
        [property: FromQuery(Name = "open"), Description("true：只列未销号（不含已整改和已采纳说明）")] bool? Open,
        [property: FromQuery(Name = "rule"), Description("规则编号，如 R10.1")] string? Rule,
        [property: FromQuery(Name = "clause"), Description("条款 1-10")] int? Clause,
        [property: FromQuery(Name = "townshipId"), Description("乡镇（街道）编号；0 为区直及其他")] int? TownshipId,
        [property: FromQuery(Name = "severity")] Severity? Severity,
        [property: FromQuery(Name = "overdue"), Description("true：只列逾期（超过计划完成时限，未分派的按整改期限）")] bool? Overdue,
        [property: FromQuery(Name = "year"), Description("评估年度")] int? Year,
        [property: FromQuery(Name = "page"), Description("页码，从 1 开始，默认 1，最大 1000000")] int? Page,
        [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 500；超过按 500 返回")] int? PageSize)
    {
        public IReadOnlyList<FieldError> Validate()
        {
            var errors = new List<FieldError>();
            if (State is { } s && !Enum.IsDefined(s))
            {
                errors.Add(new FieldError("state", "状态：未知的代码"));
            }

            if (Severity is { } v && !Enum.IsDefined(v))
            {
                errors.Add(new FieldError("severity", "严重程度：未知的代码"));
            }

            if (Page is < 1 or > CadreListQuery.MaxPage)
            {
                errors.Add(new FieldError("page", $"页码：应为 1 至 {CadreListQuery.MaxPage} 之间的整数"));
            }

            return errors;
        }
    }

    public static async Task<Results<Ok<Paged<FindingDto>>, ValidationProblem>> ListFindings(
        [AsParameters] FindingListQuery q, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (q.Validate() is { Count: > 0 } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        var today = ChinaTime.Today(clock);
        var filter = new LedgerFilter
        {
            State = q.State, OpenOnly = q.Open ?? false, Rule = q.Rule, Clause = q.Clause, TownshipId = q.TownshipId, Severity = q.Severity,
            Overdue = q.Overdue ?? false, Year = q.Year, Page = q.Page ?? 1, PageSize = q.PageSize ?? 20,
        };
        var page = await LedgerQueries.ListAsync(db, CurrentUser.ScopeOf(user), filter, today, ct);
        return TypedResults.Ok(new Paged<FindingDto>([.. page.Items.Select(f => FindingDto.From(f, today))], page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Ok<FindingDetailDto>, NotFound>> GetFinding(long id, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (await LedgerQueries.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new FindingDetailDto(
            FindingDto.From(d.Finding, ChinaTime.Today(clock)), d.AssigneeUnitName,
            [.. d.History.Select(e => new EventDto(e.Kind, FindingStates.Label(e.Kind), e.At, e.RunId, e.Actor, e.FromState, e.ToState, e.Severity, e.Measured, e.Note))],
            [.. d.Explanations.Select(x => new ExplanationDto(x.Explanation.Id, x.Explanation.Text, x.Explanation.SubmittedBy, x.Explanation.SubmittedAt,
                x.Explanation.Decision, x.Explanation.DecidedBy, x.Explanation.DecidedAt, x.Explanation.DecisionReason, x.Explanation.SetAsideUntil,
                [.. x.Attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size))]))]));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> GetAttachment(
        long id, long attachmentId, JicengDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct) =>
        await LedgerEndpoints.AuditedAttachmentAsync(db, user, audit, id, attachmentId, ct) is { } a
            ? TypedResults.File(a.Content, a.ContentType, a.FileName)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<FindingDto>, NotFound, ValidationProblem, ProblemHttpResult>> AssignFinding(
        long id, AssignRequest body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        Respond(await FindingCommands.AssignAsync(db, CurrentUser.ScopeOf(user), id, new AssignInput(body.UnitId, body.Person, body.PlannedDate), body.Version, ChinaTime.Today(clock), ct), clock);

    public static async Task<Results<Ok<FindingDto>, NotFound, ValidationProblem, ProblemHttpResult>> StartRectifying(
        long id, VersionRequest body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        Respond(await FindingCommands.StartRectifyingAsync(db, CurrentUser.ScopeOf(user), id, body.Version, ct), clock);

    public static async Task<Results<Ok<FindingDto>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitExplanation(
        long id, ExplanationRequest body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var files = (body.Attachments ?? []).Select(a => new AttachmentInput(a?.FileName, a?.ContentType, a?.Content)).ToList();
        return Respond(await FindingCommands.SubmitExplanationAsync(db, CurrentUser.ScopeOf(user), id, new ExplanationInput(body.Text, files), body.Version, ct), clock);
    }

    public static async Task<Results<Ok<FindingDto>, NotFound, ValidationProblem, ProblemHttpResult>> AcceptExplanation(
        long id, DecisionRequest body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        Respond(await FindingCommands.AcceptAsync(db, CurrentUser.ScopeOf(user), id, new DecisionInput(body.Reason, body.SetAsideUntil), body.Version, ChinaTime.Today(clock), ct), clock);

    public static async Task<Results<Ok<FindingDto>, NotFound, ValidationProblem, ProblemHttpResult>> RejectExplanation(
        long id, DecisionRequest body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        Respond(await FindingCommands.RejectAsync(db, CurrentUser.ScopeOf(user), id, new DecisionInput(body.Reason), body.Version, ChinaTime.Today(clock), ct), clock);

    /// <summary>Refused for every finding in scope: a finding is resolved only by an evaluation that no longer finds it.</summary>
    public static async Task<Results<NotFound, ValidationProblem>> ResolveFinding(long id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await LedgerQueries.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is null
            ? TypedResults.NotFound()
            : ProblemResults.Invalid([new FieldError("state", "状态：不能手工销号；整改完成后，重新评估不再发现该问题时自动核销为“已整改”")]);

    private static Results<Ok<FindingDto>, NotFound, ValidationProblem, ProblemHttpResult> Respond(CommandResult<FindingRecord> result, TimeProvider clock) =>
        CommandResponses.Updated(result, f => FindingDto.From(f, ChinaTime.Today(clock)), f => f.Version, "该问题");
}
