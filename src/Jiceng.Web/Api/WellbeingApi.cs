using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Data;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Security;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 九 records under /api/v1: heart-to-heart talks and health checkups of a cadre (/cadres/{id}/talks,
/// /cadres/{id}/checkups), village stationings, personal-safety incidents with their steps (/safety-incidents; the
/// overdue ones are the organization department's to-do list) and lectures and activities (/care-activities). The
/// mental-health part of a checkup is a restricted category: /health-checkups/{id}/mental-health needs
/// <see cref="Policies.ReadMentalHealth"/> (others get 403, audited), and every read is audited.
/// </summary>
public static class WellbeingApi
{
    public static RouteGroupBuilder MapWellbeingApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/").WithTags("Care");
        g.MapGet("/cadres/{id:int}/talks", ListTalks).WithName(nameof(ListTalks)).WithSummary("列出干部的谈心谈话及诉求跟进");
        g.MapPost("/cadres/{id:int}/talks", AddTalk).RequireAuthorization(Policies.EditData).WithName(nameof(AddTalk)).WithSummary("登记谈心谈话");
        g.MapPut("/talks/{id:int}", UpdateTalk).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateTalk)).WithSummary("修改谈心谈话及诉求跟进（须带版本号）");
        g.MapGet("/cadres/{id:int}/checkups", ListCheckups).WithName(nameof(ListCheckups)).WithSummary("列出干部的体检（不含心理健康测评结果）");
        g.MapPost("/cadres/{id:int}/checkups", AddCheckup).RequireAuthorization(Policies.EditData).WithName(nameof(AddCheckup)).WithSummary("登记体检");
        g.MapPut("/health-checkups/{id:int}", UpdateCheckup).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateCheckup)).WithSummary("修改体检（须带版本号）");
        g.MapGet("/health-checkups/{id:int}/mental-health", GetMentalHealth).RequireAuthorization(Policies.ReadMentalHealth)
            .WithName(nameof(GetMentalHealth)).WithSummary("查看心理健康测评结果、转介和随访（限定角色，记入审计日志）");
        g.MapPut("/health-checkups/{id:int}/mental-health", SetMentalHealth).RequireAuthorization(Policies.ReadMentalHealth).RequireAuthorization(Policies.EditData)
            .WithName(nameof(SetMentalHealth)).WithSummary("登记心理健康测评结果、转介和随访（限定角色，须带版本号）");
        g.MapPost("/cadres/{id:int}/stationings", AddStationing).RequireAuthorization(Policies.EditData).WithName(nameof(AddStationing)).WithSummary("登记驻村");
        g.MapGet("/cadres/{id:int}/stationings", ListStationings).WithName(nameof(ListStationings)).WithSummary("列出干部的驻村经历");
        g.MapPut("/stationings/{id:int}", UpdateStationing).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateStationing)).WithSummary("修改驻村（村、起止日期）");
        g.MapDelete("/stationings/{id:int}", DeleteStationing).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteStationing)).WithSummary("删除误录的驻村");
        g.MapGet("/safety-incidents", ListIncidents).WithName(nameof(ListIncidents)).WithSummary("列出人身安全事件（overdue=true：超时未受理或未办结的待办）");
        g.MapPost("/cadres/{id:int}/safety-incidents", ReportIncident).RequireAuthorization(Policies.EditData).WithName(nameof(ReportIncident)).WithSummary("登记人身安全事件报告");
        g.MapPost("/safety-incidents/{id:int}/steps", AddIncidentStep).RequireAuthorization(Policies.EditData).WithName(nameof(AddIncidentStep)).WithSummary("记录受理、处置或办结（须带版本号）");
        g.MapGet("/care-activities", ListActivities).WithName(nameof(ListActivities)).WithSummary("列出心理健康讲座和文体活动");
        g.MapPost("/care-activities", AddActivity).RequireAuthorization(Policies.EditData).WithName(nameof(AddActivity)).WithSummary("登记心理健康讲座或文体活动及参加人员");
        g.MapPut("/care-activities/{id:int}", UpdateActivity).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateActivity)).WithSummary("修改讲座或活动及参加人员（须带版本号）");
        g.MapDelete("/care-activities/{id:int}", DeleteActivity).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteActivity)).WithSummary("删除误录的讲座或活动");
        return g;
    }

    public sealed record TalkNeedDto(int Id, string Need, bool Resolved, string? ResolvedBy, DateOnly? ResolvedOn, string? FollowUp);

    public sealed record TalkDto(int Id, int CadreId, DateOnly TalkedOn, string Talker, string Topics, TalkNeedDto[] Needs, int Version)
    {
        public static TalkDto Of(HeartTalk t) => new(t.Id, t.CadreId, t.TalkedOn, t.Talker, t.Topics,
            [.. t.Needs.Select(n => new TalkNeedDto(n.Id, n.Need, n.Resolved, n.ResolvedBy, n.ResolvedOn, n.FollowUp))], t.Version);
    }

    public sealed record TalkUpdate(int? Version, TalkInput Talk);

    public sealed record CheckupDto(int Id, int CadreId, string Institution, DateOnly CheckedOn, string Items, decimal CostYuan, CheckupPayer PaidBy,
        bool MentalHealthAssessed, int Version)
    {
        public static CheckupDto Of(HealthCheckup c) => new(c.Id, c.CadreId, c.Institution, c.CheckedOn, c.Items, c.CostYuan, c.PaidBy, c.MentalHealthAssessed, c.Version);

        public static CheckupDto Of(CheckupRow c) => new(c.Id, c.CadreId, c.Institution, c.CheckedOn, c.Items, c.CostYuan, c.PaidBy, c.MentalHealthAssessed, c.Version);
    }

    public sealed record CheckupUpdate(int? Version, CheckupInput Checkup);

    public sealed record StationingDto(int Id, int CadreId, int VillageId, DateOnly Start, DateOnly? End)
    {
        public static StationingDto Of(VillageStationing s) => new(s.Id, s.CadreId, s.VillageId, s.Start, s.End);
    }

    public sealed record ActivityUpdate(int? Version, ActivityInput Activity);

    public sealed record IncidentStepDto(int Id, DateTimeOffset At, string Action, string By);

    public sealed record IncidentDto(int Id, int CadreId, string? CadreName, DateTimeOffset ReportedAt, string Summary, DateTimeOffset? AcceptedAt,
        DateTimeOffset? ClosedAt, string? Outcome, IncidentStepDto[] Steps, string[] Overdue, int Version)
    {
        public static IncidentDto Of(SafetyIncident i) => new(i.Id, i.CadreId, i.Cadre?.Name, Utc(i.ReportedAt), i.Summary, Utc(i.AcceptedAt), Utc(i.ClosedAt), i.Outcome,
            [.. i.Steps.OrderBy(s => s.At).Select(s => new IncidentStepDto(s.Id, Utc(s.At), s.Action, s.By))], [], i.Version);

        public static IncidentDto Of(IncidentRow r) => new(r.Id, r.CadreId, r.CadreName, Utc(r.ReportedAt), r.Summary, Utc(r.AcceptedAt), Utc(r.ClosedAt), r.Outcome,
            [.. r.Steps.Select(s => new IncidentStepDto(s.Id, Utc(s.At), s.Action, s.By))], [.. r.Overdue], r.Version);

        private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

        private static DateTimeOffset? Utc(DateTime? t) => t is { } v ? Utc(v) : null;
    }

    public sealed record ActivityDto(int Id, int OrgUnitId, CareActivityKind Kind, DateOnly HeldOn, string Title, int Attendance, int Version)
    {
        public static ActivityDto Of(CareActivity a) => new(a.Id, a.OrgUnitId, a.Kind, a.HeldOn, a.Title, a.Attendance.Count, a.Version);
    }

    public static async Task<Results<Ok<TalkDto[]>, ValidationProblem>> ListTalks(int id, int? year, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (year is < 1950 or > 2099)
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：须在1950至2099之间")]);
        }

        return TypedResults.Ok((await CareCommands.TalksAsync(db, CurrentUser.ScopeOf(user), id, year, ct)).Select(TalkDto.Of).ToArray());
    }

    public static async Task<Results<Created<TalkDto>, NotFound, ValidationProblem>> AddTalk(
        int id, TalkInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CareCommands.AddTalkAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            t => $"/api/v1/cadres/{t.CadreId}/talks", TalkDto.Of);

    public static async Task<Results<Ok<TalkDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateTalk(
        int id, TalkUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CareCommands.UpdateTalkAsync(db, CurrentUser.ScopeOf(user), id, update.Talk ?? new TalkInput(null, null, null, null), update.Version,
            ChinaTime.Today(clock), ct), TalkDto.Of, t => t.Version, "该谈话记录");

    public static async Task<Ok<CheckupDto[]>> ListCheckups(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await CareCommands.CheckupsAsync(db, CurrentUser.ScopeOf(user), id, ct)).Select(CheckupDto.Of).ToArray());

    public static async Task<Results<Created<CheckupDto>, NotFound, ValidationProblem>> AddCheckup(
        int id, CheckupInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CareCommands.AddCheckupAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            c => $"/api/v1/cadres/{c.CadreId}/checkups", CheckupDto.Of);

    public static async Task<Results<Ok<CheckupDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateCheckup(
        int id, CheckupUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CareCommands.UpdateCheckupAsync(db, CurrentUser.ScopeOf(user), id, update.Checkup ?? new CheckupInput(null, null, null, null, null, null),
            update.Version, ChinaTime.Today(clock), ct), CheckupDto.Of, c => c.Version, "该体检记录");

    public static async Task<Results<Ok<MentalHealthView>, NotFound>> GetMentalHealth(
        int id, JicengDbContext db, ClaimsPrincipal user, ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await CareCommands.ReadMentalHealthAsync(db, CurrentUser.ScopeOf(user), id, auditor, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound();

    public static async Task<Results<Ok<CheckupDto>, NotFound, ValidationProblem, ProblemHttpResult>> SetMentalHealth(
        int id, MentalHealthInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await CareCommands.SetMentalHealthAsync(db, CurrentUser.ScopeOf(user), id, input, ct), CheckupDto.Of, c => c.Version, "该体检记录");

    public static async Task<Results<Created<StationingDto>, NotFound, ValidationProblem>> AddStationing(
        int id, StationingInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CareCommands.AddStationingAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            s => $"/api/v1/cadres/{s.CadreId}/stationings", StationingDto.Of);

    public static async Task<Ok<StationingRow[]>> ListStationings(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await CareCommands.StationingsAsync(db, CurrentUser.ScopeOf(user), id, ct)).ToArray());

    public static async Task<Results<Ok<StationingDto>, NotFound, ValidationProblem>> UpdateStationing(
        int id, StationingInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var result = await CareCommands.UpdateStationingAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } s ? TypedResults.Ok(StationingDto.Of(s)) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteStationing(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await CareCommands.DeleteStationingAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<IncidentDto[]>, ValidationProblem>> ListIncidents(
        int? cadreId, bool? overdue, DateOnly? asOf, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var day = asOf ?? ChinaTime.Today(clock);
        if (Dates.OutsideRecordRange(day) is { } outside)
        {
            return ProblemResults.Invalid([new FieldError("asOf", $"统计日期：{outside}")]);
        }

        if (!profiles.Set.TryInForceOn(day, out var profile))
        {
            return ProblemResults.Invalid([new FieldError("asOf", $"统计日期：{Dates.Format(day)}没有生效的政策配置")]);
        }

        var rows = await CareCommands.IncidentsAsync(db, CurrentUser.ScopeOf(user), profile.At(day), day, cadreId, overdue == true, ct);
        return TypedResults.Ok(rows.Select(IncidentDto.Of).ToArray());
    }

    public static async Task<Results<Created<IncidentDto>, NotFound, ValidationProblem>> ReportIncident(
        int id, IncidentInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CareCommands.ReportIncidentAsync(db, CurrentUser.ScopeOf(user), id, input, clock.GetUtcNow(), ct),
            i => $"/api/v1/safety-incidents?cadreId={i.CadreId}", IncidentDto.Of);

    public static async Task<Results<Ok<IncidentDto>, NotFound, ValidationProblem, ProblemHttpResult>> AddIncidentStep(
        int id, IncidentStepInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CareCommands.AddIncidentStepAsync(db, CurrentUser.ScopeOf(user), id, input, clock.GetUtcNow(), ct), IncidentDto.Of, i => i.Version, "该事件");

    public static async Task<Results<Ok<ActivityRow[]>, ValidationProblem>> ListActivities(
        int? year, CareActivityKind? kind, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (year is < 1950 or > 2099)
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：须在1950至2099之间")]);
        }

        return TypedResults.Ok((await CareCommands.ActivitiesAsync(db, CurrentUser.ScopeOf(user), year, kind, ct)).ToArray());
    }

    public static async Task<Results<Created<ActivityDto>, NotFound, ValidationProblem>> AddActivity(
        ActivityInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CareCommands.AddActivityAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            a => $"/api/v1/care-activities?year={a.HeldOn.Year}", ActivityDto.Of);

    public static async Task<Results<Ok<ActivityDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateActivity(
        int id, ActivityUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CareCommands.UpdateActivityAsync(db, CurrentUser.ScopeOf(user), id, update.Activity ?? new ActivityInput(null, null, null, null, null),
            update.Version, ChinaTime.Today(clock), ct), ActivityDto.Of, a => a.Version, "该活动");

    public static async Task<Results<NoContent, NotFound>> DeleteActivity(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await CareCommands.DeleteActivityAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
