using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Engine;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 六 records under /api/v1/burden: power and responsibility list items, tasks assigned to townships, the yearly
/// inspection plan (proposed by departments, approved, filed or rejected by the organization department), inspections
/// held, the burden ledger (meetings, documents, forms), townships' reports of unrecorded burdens, and the township and
/// department views. Everything goes through the user's scope (a township sees its own; a department what it imposed);
/// writes need <see cref="Policies.EditData"/>; corrections carry the version read; lists take a year (default this year).
/// </summary>
public static class BurdenApi
{
    public static RouteGroupBuilder MapBurdenApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/burden").WithTags("Burden");
        g.MapGet("/townships", ListTownshipBurdens).WithName(nameof(ListTownshipBurdens)).WithSummary("各乡镇某年度督查检查考核、会议、发文、填表报数与上年对比及次数上限");
        g.MapGet("/departments", ListDepartmentBurdens).WithName(nameof(ListDepartmentBurdens)).WithSummary("各区直部门某年度向乡镇下达的检查、事项、会议、发文和报表");
        g.MapGet("/findings", ListBurdenFindings).WithName(nameof(ListBurdenFindings)).WithSummary("减轻基层负担规则（R6.1–R6.4）在某年度的发现");

        g.MapGet("/items", ListResponsibilityItems).WithName(nameof(ListResponsibilityItems)).WithSummary("列出某年度乡镇、村的权力清单和责任清单事项");
        g.MapPost("/items", AddResponsibilityItem).RequireAuthorization(Policies.EditData).WithName(nameof(AddResponsibilityItem)).WithSummary("添加清单事项");
        g.MapPost("/items/{id:int}/end", EndResponsibilityItem).RequireAuthorization(Policies.EditData).WithName(nameof(EndResponsibilityItem))
            .WithSummary("清单事项停止适用（须带版本号）");
        g.MapPut("/items/{id:int}", UpdateResponsibilityItem).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateResponsibilityItem))
            .WithSummary("修改清单事项（须带版本号）");
        g.MapDelete("/items/{id:int}", DeleteResponsibilityItem).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteResponsibilityItem))
            .WithSummary("删除误录的清单事项（须带版本号；已有下派事项归入的不能删除）");
        g.MapPost("/items/copy", CopyResponsibilityItems).RequireAuthorization(Policies.EditData).WithName(nameof(CopyResponsibilityItems))
            .WithSummary("将某单位上一年度仍适用的清单事项沿用到新年度");

        g.MapGet("/tasks", ListAssignedTasks).WithName(nameof(ListAssignedTasks)).WithSummary("列出某年度区直部门向乡镇下派的事项（含清单事项、随事经费）");
        g.MapPost("/tasks", AddAssignedTask).RequireAuthorization(Policies.EditData).WithName(nameof(AddAssignedTask)).WithSummary("登记下派事项");
        g.MapPut("/tasks/{id:int}", UpdateAssignedTask).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateAssignedTask)).WithSummary("修改下派事项（须带版本号）");
        g.MapPost("/tasks/{id:int}/withdraw", WithdrawAssignedTask).RequireAuthorization(Policies.EditData).WithName(nameof(WithdrawAssignedTask))
            .WithSummary("撤回下派事项（须带版本号）");

        g.MapGet("/plan-items", ListPlanItems).WithName(nameof(ListPlanItems)).WithSummary("列出某年度督查检查考核计划事项及审批情况");
        g.MapPost("/plan-items", ProposePlanItem).RequireAuthorization(Policies.EditData).WithName(nameof(ProposePlanItem)).WithSummary("部门报送计划事项（待审批）");
        g.MapPost("/plan-items/{id:int}/approve", ApprovePlanItem).RequireAuthorization(Policies.EditData).WithName(nameof(ApprovePlanItem))
            .WithSummary("组织部门审批计划事项（须带版本号）");
        g.MapPost("/plan-items/{id:int}/file", FilePlanItem).RequireAuthorization(Policies.EditData).WithName(nameof(FilePlanItem))
            .WithSummary("组织部门登记计划事项报备（须带版本号）");
        g.MapPost("/plan-items/{id:int}/reject", RejectPlanItem).RequireAuthorization(Policies.EditData).WithName(nameof(RejectPlanItem))
            .WithSummary("组织部门不予批准计划事项（须带版本号）");
        g.MapPut("/plan-items/{id:int}", UpdatePlanItem).RequireAuthorization(Policies.EditData).WithName(nameof(UpdatePlanItem))
            .WithSummary("修改待审批的计划事项（须带版本号；已审批、已报备或不予批准的不能修改）");
        g.MapDelete("/plan-items/{id:int}", DeletePlanItem).RequireAuthorization(Policies.EditData).WithName(nameof(DeletePlanItem))
            .WithSummary("删除误报的待审批计划事项（须带版本号；已有检查登记的不能删除）");

        g.MapGet("/inspections", ListInspections).WithName(nameof(ListInspections)).WithSummary("列出某年度实际开展的督查检查考核");
        g.MapPost("/inspections", RecordInspection).RequireAuthorization(Policies.EditData).WithName(nameof(RecordInspection)).WithSummary("登记一次督查检查考核");
        g.MapPut("/inspections/{id:int}", UpdateInspection).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateInspection))
            .WithSummary("修改督查检查考核记录（须带版本号）");
        g.MapDelete("/inspections/{id:int}", DeleteInspection).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteInspection))
            .WithSummary("删除误录的督查检查考核记录（须带版本号）");

        g.MapGet("/counts", ListBurdenCounts).WithName(nameof(ListBurdenCounts)).WithSummary("减负台账：某年度及上年度各乡镇会议、发文、填表报数");
        g.MapPut("/counts", SetBurdenCount).RequireAuthorization(Policies.EditData).WithName(nameof(SetBurdenCount)).WithSummary("登记或更正台账数量（乡镇、年度、类别、部门）");

        g.MapGet("/reports", ListBurdenReports).WithName(nameof(ListBurdenReports)).WithSummary("列出某年度乡镇反映的未登记负担");
        g.MapPost("/reports", AddBurdenReport).RequireAuthorization(Policies.EditData).WithName(nameof(AddBurdenReport)).WithSummary("乡镇反映未登记的负担");
        g.MapPost("/reports/{id:int}/decision", DecideBurdenReport).RequireAuthorization(Policies.EditData).WithName(nameof(DecideBurdenReport))
            .WithSummary("组织部门确认或不予确认乡镇反映（须带版本号）");
        return g;
    }

    public sealed record ItemDto(int Id, int OrgUnitId, string? OrgUnitName, int Year, ResponsibilityListKind Kind, string Title, string LegalBasis, DateOnly? EndedOn, int Version)
    {
        public static ItemDto Of(ResponsibilityItem i) => new(i.Id, i.OrgUnitId, i.OrgUnit?.Name, i.Year, i.Kind, i.Title, i.LegalBasis, i.EndedOn, i.Version);
    }

    public sealed record TaskDto(
        int Id, int TownshipId, string? TownshipName, int DepartmentId, string? DepartmentName, string Title, DateOnly AssignedOn, DateOnly? Deadline,
        int? ResponsibilityItemId, string? ResponsibilityItemTitle, decimal? FundingYuan, string FundingSource, DateOnly? WithdrawnOn, int Version)
    {
        public static TaskDto Of(AssignedTask t) => new(t.Id, t.TownshipId, t.Township?.Name, t.DepartmentId, t.Department?.Name, t.Title, t.AssignedOn, t.Deadline,
            t.ResponsibilityItemId, t.ResponsibilityItem?.Title, t.FundingYuan, t.FundingSource, t.WithdrawnOn, t.Version);
    }

    public sealed record PlanItemDto(int Id, int Year, int DepartmentId, string? DepartmentName, string Title, PlanItemStatus Status, string StatusLabel,
        string DecidedBy, DateOnly? DecidedOn, int Version)
    {
        public static PlanItemDto Of(InspectionPlanItem i) =>
            new(i.Id, i.Year, i.DepartmentId, i.Department?.Name, i.Title, i.Status, BurdenLabels.Of(i.Status), i.DecidedBy, i.DecidedOn, i.Version);
    }

    public sealed record InspectionDto(int Id, int TownshipId, string? TownshipName, int DepartmentId, string? DepartmentName, DateOnly HeldOn, string Title,
        int? PlanItemId, string? PlanItemTitle, int Version)
    {
        public static InspectionDto Of(Inspection i) => new(i.Id, i.TownshipId, i.Township?.Name, i.DepartmentId, i.Department?.Name, i.HeldOn, i.Title,
            i.PlanItemId, i.PlanItem?.Title, i.Version);
    }

    public sealed record CountDto(int Id, int TownshipId, string? TownshipName, int DepartmentId, string? DepartmentName, int Year, BurdenKind Kind, int Count)
    {
        public static CountDto Of(BurdenCount c) => new(c.Id, c.TownshipId, c.Township?.Name, c.DepartmentId, c.Department?.Name, c.Year, c.Kind, c.Count);
    }

    public sealed record ReportDto(int Id, int TownshipId, string? TownshipName, int DepartmentId, string? DepartmentName, BurdenKind Kind, DateOnly OccurredOn,
        int Count, string Description, BurdenReportStatus Status, string DecidedBy, DateOnly? DecidedOn, int Version)
    {
        public static ReportDto Of(BurdenReport r) => new(r.Id, r.TownshipId, r.Township?.Name, r.DepartmentId, r.Department?.Name, r.Kind, r.OccurredOn,
            r.Count, r.Description, r.Status, r.DecidedBy, r.DecidedOn, r.Version);
    }

    /// <summary>An R6 finding: the rule, how bad, about which unit (a department for R6.1/R6.4, a township for R6.2/R6.3).</summary>
    public sealed record BurdenFindingDto(string Rule, Severity Severity, int OrgUnitId, string OrgUnitName, string Measured, string Required, string Message, DateOnly? Due)
    {
        public static BurdenFindingDto Of(Finding f) => new(f.Rule, f.Severity, f.Subject.Id, f.Subject.Name, f.Measured, f.Required, f.Message, f.Due);
    }

    /// <summary>A township's row with the cap of the profile in force for the year.</summary>
    public sealed record TownshipBurdenDto(TownshipBurden Burden, int InspectionCap, bool OverCap);

    public sealed record EndRequest(int? Version, DateOnly? EndedOn);

    public sealed record ItemUpdate(int? Version, ResponsibilityItemInput Item);

    public sealed record CopyRequest(int? OrgUnitId, int? FromYear, int? ToYear);

    public sealed record TaskUpdate(int? Version, AssignedTaskInput Task);

    public sealed record PlanItemUpdate(int? Version, PlanItemInput Item);

    public sealed record InspectionUpdate(int? Version, InspectionInput Inspection);

    public sealed record WithdrawRequest(int? Version, DateOnly? WithdrawnOn);

    public sealed record DecisionRequest(int? Version, string? DecidedBy, DateOnly? DecidedOn);

    public sealed record ReportDecisionRequest(int? Version, bool? Confirm, string? DecidedBy, DateOnly? DecidedOn);

    /// <summary>The year asked for, this year when none; a year outside 2000–9998 is refused with a Chinese field error.</summary>
    private static bool TryYear(int? year, TimeProvider clock, out int value, out ValidationProblem? problem)
    {
        value = year ?? ChinaTime.Today(clock).Year;
        problem = BurdenOverview.IsViewYear(value) ? null : ProblemResults.Invalid([new FieldError("year", "年度：应为2000至9998之间的四位年份")]);
        return problem is null;
    }

    /// <summary>The profile judging <paramref name="year"/>: in force at its end (or today while it runs).</summary>
    public static Core.Policy.PolicyProfile ProfileOfYear(PolicyProfiles profiles, int year, DateOnly today) =>
        profiles.Set.TryInForceOn(EvaluationContext.ForYear(year, today).AsOf, out var p) ? p : profiles.Set.Versions[0];

    /// <summary>R6.1–R6.4 judged for a year in a scope (as of today while the year runs), nothing stored.</summary>
    public static async Task<IReadOnlyList<Finding>> FindingsAsync(JicengDbContext db, Data.Scope.DataScope scope, PolicyProfiles profiles, int year, DateOnly today, CancellationToken ct)
    {
        var result = await Evaluator.EvaluateAsync(db, scope, ProfileOfYear(profiles, year, today), EvaluationContext.ForYear(year, today),
            [.. RuleCatalog.All.Where(r => r.Clause == 6)], ct: ct);
        return result.Findings;
    }

    public static async Task<Results<Ok<TownshipBurdenDto[]>, ValidationProblem>> ListTownshipBurdens(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        if (!TryYear(year, clock, out var y, out var problem))
        {
            return problem!;
        }

        var cap = ProfileOfYear(profiles, y, ChinaTime.Today(clock)).Int(Core.Policy.ParameterIds.P6.MaxInspectionsPerTownship);
        var rows = await BurdenOverview.TownshipsAsync(db, CurrentUser.ScopeOf(user), y, ct);
        return TypedResults.Ok(rows.Select(r => new TownshipBurdenDto(r, cap, r.Inspections > cap)).ToArray());
    }

    public static async Task<Results<Ok<DepartmentBurden[]>, ValidationProblem>> ListDepartmentBurdens(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenOverview.DepartmentsAsync(db, CurrentUser.ScopeOf(user), y, ct)).ToArray())
            : problem!;

    public static async Task<Results<Ok<BurdenFindingDto[]>, ValidationProblem>> ListBurdenFindings(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        if (!TryYear(year, clock, out var y, out var problem))
        {
            return problem!;
        }

        var findings = await FindingsAsync(db, CurrentUser.ScopeOf(user), profiles, y, ChinaTime.Today(clock), ct);
        return TypedResults.Ok(findings.Select(BurdenFindingDto.Of).ToArray());
    }

    public static async Task<Results<Ok<ItemDto[]>, ValidationProblem>> ListResponsibilityItems(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenCommands.ListItemsAsync(db, CurrentUser.ScopeOf(user), y, ct)).Select(ItemDto.Of).ToArray())
            : problem!;

    public static async Task<Results<Created<ItemDto>, NotFound, ValidationProblem>> AddResponsibilityItem(
        ResponsibilityItemInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await BurdenCommands.AddItemAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            i => $"/api/v1/burden/items/{i.Id}", ItemDto.Of);

    public static async Task<Results<Ok<ItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndResponsibilityItem(
        int id, EndRequest request, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await BurdenCommands.EndItemAsync(db, CurrentUser.ScopeOf(user), id, request.Version, request.EndedOn, ct),
            ItemDto.Of, i => i.Version, "该清单事项");

    public static async Task<Results<Ok<ItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateResponsibilityItem(
        int id, ItemUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        update.Item is null
            ? ProblemResults.Invalid([new FieldError("item", "清单事项：必填")])
            : CommandResponses.Updated(await BurdenCommands.UpdateItemAsync(db, CurrentUser.ScopeOf(user), id, update.Version, update.Item, ChinaTime.Today(clock), ct),
                ItemDto.Of, i => i.Version, "该清单事项");

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteResponsibilityItem(
        int id, int? version, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        Deleted(await BurdenCommands.DeleteItemAsync(db, CurrentUser.ScopeOf(user), id, version, ct), i => i.Version, "该清单事项");

    /// <summary>A delete's answer: 204, 404 outside scope, 409 with the current version, 400 with the reason it is kept.</summary>
    private static Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult> Deleted<T>(CommandResult<T> result, Func<T, int> version, string what)
    {
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Conflict is { } current)
        {
            return ProblemResults.Conflict($"{what}已被他人修改（当前版本 {version(current)}），请刷新后重新操作。");
        }

        return result.Succeeded ? TypedResults.NoContent() : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<BurdenCommands.CopyResult>, ValidationProblem>> CopyResponsibilityItems(
        CopyRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var result = await BurdenCommands.CopyItemsAsync(db, CurrentUser.ScopeOf(user), request.OrgUnitId, request.FromYear, request.ToYear, ChinaTime.Today(clock), ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<TaskDto[]>, ValidationProblem>> ListAssignedTasks(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenCommands.ListTasksAsync(db, CurrentUser.ScopeOf(user), y, ct)).Select(TaskDto.Of).ToArray())
            : problem!;

    public static async Task<Results<Created<TaskDto>, NotFound, ValidationProblem>> AddAssignedTask(
        AssignedTaskInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await BurdenCommands.AddTaskAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            t => $"/api/v1/burden/tasks/{t.Id}", TaskDto.Of);

    public static async Task<Results<Ok<TaskDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAssignedTask(
        int id, TaskUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        update.Task is null
            ? ProblemResults.Invalid([new FieldError("task", "下派事项：必填")])
            : CommandResponses.Updated(await BurdenCommands.UpdateTaskAsync(db, CurrentUser.ScopeOf(user), id, update.Version, update.Task, ChinaTime.Today(clock), ct),
                TaskDto.Of, t => t.Version, "该下派事项");

    public static async Task<Results<Ok<TaskDto>, NotFound, ValidationProblem, ProblemHttpResult>> WithdrawAssignedTask(
        int id, WithdrawRequest request, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await BurdenCommands.WithdrawTaskAsync(db, CurrentUser.ScopeOf(user), id, request.Version, request.WithdrawnOn, ct),
            TaskDto.Of, t => t.Version, "该下派事项");

    public static async Task<Results<Ok<PlanItemDto[]>, ValidationProblem>> ListPlanItems(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenCommands.ListPlanItemsAsync(db, CurrentUser.ScopeOf(user), y, ct)).Select(PlanItemDto.Of).ToArray())
            : problem!;

    public static async Task<Results<Created<PlanItemDto>, NotFound, ValidationProblem>> ProposePlanItem(
        PlanItemInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await BurdenCommands.ProposePlanItemAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            i => $"/api/v1/burden/plan-items/{i.Id}", PlanItemDto.Of);

    public static async Task<Results<Ok<PlanItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdatePlanItem(
        int id, PlanItemUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        update.Item is null
            ? ProblemResults.Invalid([new FieldError("item", "计划事项：必填")])
            : CommandResponses.Updated(await BurdenCommands.UpdatePlanItemAsync(db, CurrentUser.ScopeOf(user), id, update.Version, update.Item, ChinaTime.Today(clock), ct),
                PlanItemDto.Of, i => i.Version, "该计划事项");

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeletePlanItem(
        int id, int? version, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        Deleted(await BurdenCommands.DeletePlanItemAsync(db, CurrentUser.ScopeOf(user), id, version, ct), i => i.Version, "该计划事项");

    private static async Task<Results<Ok<PlanItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> DecideAsync(
        int id, DecisionRequest request, PlanItemStatus status, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await BurdenCommands.DecidePlanItemAsync(db, CurrentUser.ScopeOf(user), id, request.Version,
                new PlanDecisionInput(status, request.DecidedBy, request.DecidedOn), ChinaTime.Today(clock), ct),
            PlanItemDto.Of, i => i.Version, "该计划事项");

    public static Task<Results<Ok<PlanItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> ApprovePlanItem(
        int id, DecisionRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        DecideAsync(id, request, PlanItemStatus.Approved, db, user, clock, ct);

    public static Task<Results<Ok<PlanItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> FilePlanItem(
        int id, DecisionRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        DecideAsync(id, request, PlanItemStatus.Filed, db, user, clock, ct);

    public static Task<Results<Ok<PlanItemDto>, NotFound, ValidationProblem, ProblemHttpResult>> RejectPlanItem(
        int id, DecisionRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        DecideAsync(id, request, PlanItemStatus.Rejected, db, user, clock, ct);

    public static async Task<Results<Ok<InspectionDto[]>, ValidationProblem>> ListInspections(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenCommands.ListInspectionsAsync(db, CurrentUser.ScopeOf(user), y, ct)).Select(InspectionDto.Of).ToArray())
            : problem!;

    public static async Task<Results<Created<InspectionDto>, NotFound, ValidationProblem>> RecordInspection(
        InspectionInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await BurdenCommands.RecordInspectionAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            i => $"/api/v1/burden/inspections/{i.Id}", InspectionDto.Of);

    public static async Task<Results<Ok<InspectionDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateInspection(
        int id, InspectionUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        update.Inspection is null
            ? ProblemResults.Invalid([new FieldError("inspection", "检查记录：必填")])
            : CommandResponses.Updated(await BurdenCommands.UpdateInspectionAsync(db, CurrentUser.ScopeOf(user), id, update.Version, update.Inspection, ChinaTime.Today(clock), ct),
                InspectionDto.Of, i => i.Version, "该检查记录");

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteInspection(
        int id, int? version, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        Deleted(await BurdenCommands.DeleteInspectionAsync(db, CurrentUser.ScopeOf(user), id, version, ct), i => i.Version, "该检查记录");

    public static async Task<Results<Ok<CountDto[]>, ValidationProblem>> ListBurdenCounts(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenCommands.ListCountsAsync(db, CurrentUser.ScopeOf(user), y, ct)).Select(CountDto.Of).ToArray())
            : problem!;

    public static async Task<Results<Ok<CountDto>, ValidationProblem>> SetBurdenCount(
        BurdenCountInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var result = await BurdenCommands.SetCountAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct);
        return result.Succeeded ? TypedResults.Ok(CountDto.Of(result.Value!)) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<ReportDto[]>, ValidationProblem>> ListBurdenReports(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        TryYear(year, clock, out var y, out var problem)
            ? TypedResults.Ok((await BurdenCommands.ListReportsAsync(db, CurrentUser.ScopeOf(user), y, ct)).Select(ReportDto.Of).ToArray())
            : problem!;

    public static async Task<Results<Created<ReportDto>, NotFound, ValidationProblem>> AddBurdenReport(
        BurdenReportInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await BurdenCommands.ReportAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            r => $"/api/v1/burden/reports/{r.Id}", ReportDto.Of);

    public static async Task<Results<Ok<ReportDto>, NotFound, ValidationProblem, ProblemHttpResult>> DecideBurdenReport(
        int id, ReportDecisionRequest request, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        request.Confirm is not { } confirm
            ? ProblemResults.Invalid([new FieldError("confirm", "核实结果：必填（确认或不予确认）")])
            : CommandResponses.Updated(await BurdenCommands.DecideReportAsync(db, CurrentUser.ScopeOf(user), id, request.Version,
                    new ReportDecisionInput(confirm, request.DecidedBy, request.DecidedOn), ChinaTime.Today(clock), ct),
                ReportDto.Of, r => r.Version, "该反映");
}
