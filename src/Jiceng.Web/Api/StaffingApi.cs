using System.ComponentModel;
using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 三 staffing records under /api/v1/staffing: establishments with staffing and vacancies, recruitment positions,
/// dispatched agencies and the decisions about their heads. Every read and write is confined to the caller's scope;
/// writes are audited by the data context.
/// </summary>
public static class StaffingApi
{
    private const string Tag = "Staffing";

    public static RouteGroupBuilder MapStaffingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/staffing").WithTags(Tag);
        var edit = api.MapGroup("/staffing").WithTags(Tag).RequireAuthorization(Policies.EditData);

        group.MapGet("/establishments", ListEstablishments).WithName(nameof(ListEstablishments)).WithSummary("查询编制与实有人数、空编（筛选、排序、分页）");
        group.MapGet("/establishments/{id:int}", GetEstablishment).WithName(nameof(GetEstablishment)).WithSummary("读取一条核定编制及其实有人数");
        edit.MapPost("/establishments", CreateEstablishment).WithName(nameof(CreateEstablishment)).WithSummary("登记核定编制");
        edit.MapPut("/establishments/{id:int}", UpdateEstablishment).WithName(nameof(UpdateEstablishment)).WithSummary("修改核定编制（须带版本号）");
        edit.MapPost("/establishments/{id:int}/end", EndEstablishment).WithName(nameof(EndEstablishment)).WithSummary("截止核定编制");

        group.MapGet("/positions", ListPositions).WithName(nameof(ListPositions)).WithSummary("查询招录岗位（筛选、排序、分页）");
        group.MapGet("/positions/{id:int}", GetPosition).WithName(nameof(GetPosition)).WithSummary("读取招录岗位");
        edit.MapPost("/positions", CreatePosition).WithName(nameof(CreatePosition)).WithSummary("新增招录岗位");
        edit.MapPut("/positions/{id:int}", UpdatePosition).WithName(nameof(UpdatePosition)).WithSummary("修改招录岗位（须带版本号）");
        edit.MapDelete("/positions/{id:int}", DeletePosition).WithName(nameof(DeletePosition)).WithSummary("删除招录岗位");

        group.MapGet("/agencies", ListAgencies).WithName(nameof(ListAgencies)).WithSummary("查询派驻机构（筛选、排序、分页）");
        group.MapGet("/agencies/{id:int}", GetAgency).WithName(nameof(GetAgency)).WithSummary("读取派驻机构及其负责人考核、任免记录");
        edit.MapPost("/agencies", CreateAgency).WithName(nameof(CreateAgency)).WithSummary("登记派驻机构");
        edit.MapPut("/agencies/{id:int}", UpdateAgency).WithName(nameof(UpdateAgency)).WithSummary("修改派驻机构（须带版本号）");
        edit.MapPost("/agencies/{id:int}/end", EndAgency).WithName(nameof(EndAgency)).WithSummary("撤销派驻机构");
        edit.MapPost("/agencies/{id:int}/decisions", AddDecision).WithName(nameof(AddDecision)).WithSummary("登记派驻机构负责人考核、任免及乡镇党委意见");
        edit.MapPut("/agency-decisions/{id:int}", UpdateDecision).WithName(nameof(UpdateDecision)).WithSummary("修改负责人考核、任免记录或补录乡镇党委意见（须带版本号）");
        edit.MapDelete("/agency-decisions/{id:int}", DeleteDecision).WithName(nameof(DeleteDecision)).WithSummary("删除误登的负责人考核、任免记录");
        return group;
    }

    // ---- establishments ----

    public sealed record EstablishmentDto(
        int Id, int OrgUnitId, string OrgUnitName, EstablishmentKind Kind, int Approved, int Staff, int Vacancies, int Over,
        DateOnly From, DateOnly? To, string? Document, int Version)
    {
        public static EstablishmentDto Of(StaffingRow r) =>
            new(r.QuotaId, r.OrgUnitId, r.OrgUnitName, r.Kind, r.Approved, r.Staff, r.Vacancies, r.Over, r.From, r.To, r.Document, r.Version);
    }

    /// <summary>Query string of the establishment overview.</summary>
    public sealed record EstablishmentQuery(
        [property: FromQuery(Name = "q"), Description("单位名称（部分匹配）")] string? Q,
        [property: FromQuery(Name = "kind"), Description("编制类型")] EstablishmentKind? Kind,
        [property: FromQuery(Name = "townships"), Description("true 只看乡镇（街道），false 只看区直部门")] bool? Townships,
        [property: FromQuery(Name = "status"), Description("Over 超编、Vacant 有空编、Full 满编")] StaffingStatus? Status,
        [property: FromQuery(Name = "day"), Description("在该日有效的编制，默认今天")] DateOnly? Day,
        [property: FromQuery(Name = "all"), Description("true 列出全部编制（含已截止）")] bool? All,
        [property: FromQuery(Name = "sort")] StaffingSort? Sort,
        [property: FromQuery(Name = "desc"), Description("true 为倒序")] bool? Desc,
        [property: FromQuery(Name = "page"), Description("页码，从 1 开始")] int? Page,
        [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200")] int? PageSize)
    {
        public StaffingFilter Filter(DateOnly today) => new()
        {
            Text = Q, Kind = Kind, Townships = Townships, Status = Status, Day = All == true ? null : Day ?? today,
            Sort = Sort ?? StaffingSort.Unit, Descending = Desc ?? false, Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }

    public sealed record EstablishmentUpdate(int? Version, EstablishmentQuotaInput Establishment);

    public sealed record EndRequest(int? Version, DateOnly? To);

    public static async Task<Results<Ok<Paged<EstablishmentDto>>, ValidationProblem>> ListEstablishments(
        [AsParameters] EstablishmentQuery query, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (Unknown(("kind", "编制类型", query.Kind), ("status", "状态", query.Status), ("sort", "排序", query.Sort)) is { } problem)
        {
            return problem;
        }

        var page = await StaffingOverview.RunAsync(db, CurrentUser.ScopeOf(user), query.Filter(ChinaTime.Today(clock)), ct);
        return TypedResults.Ok(new Paged<EstablishmentDto>([.. page.Items.Select(EstablishmentDto.Of)], page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Ok<EstablishmentDto>, NotFound>> GetEstablishment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await RowAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } row ? TypedResults.Ok(EstablishmentDto.Of(row)) : TypedResults.NotFound();

    public static async Task<Results<Created<EstablishmentDto>, NotFound, ValidationProblem>> CreateEstablishment(
        EstablishmentQuotaInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await EstablishmentQuotaCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, ct);
        var staff = result.Value is { } q ? await StaffCounts.OfAsync(db, q.OrgUnitId, q.Kind, ct) : 0;
        return CommandResponses.Created(result, q => $"/api/v1/staffing/establishments/{q.Id}", q => QuotaDto(q, staff));
    }

    public static async Task<Results<Ok<EstablishmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateEstablishment(
        int id, EstablishmentUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await EstablishmentQuotaCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Establishment, update.Version, ct);
        return await QuotaResponseAsync(db, result, ct);
    }

    public static async Task<Results<Ok<EstablishmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndEstablishment(
        int id, EndRequest end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await QuotaResponseAsync(db, await EstablishmentQuotaCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.To, end.Version, ct), ct);

    private static async Task<Results<Ok<EstablishmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> QuotaResponseAsync(
        JicengDbContext db, CommandResult<EstablishmentQuota> result, CancellationToken ct)
    {
        var staff = result.Value is { } q ? await StaffCounts.OfAsync(db, q.OrgUnitId, q.Kind, ct) : 0;
        return CommandResponses.Updated(result, q => QuotaDto(q, staff), q => q.Version, "该编制");
    }

    private static EstablishmentDto QuotaDto(EstablishmentQuota q, int staff) =>
        new(q.Id, q.OrgUnitId, q.OrgUnit?.Name ?? "", q.Kind, q.Approved, staff, EstablishmentRule.Vacancies(q.Approved, staff),
            Math.Max(0, staff - q.Approved), q.From, q.To, q.Document, q.Version);

    private static async Task<StaffingRow?> RowAsync(JicengDbContext db, Data.Scope.DataScope scope, int id, CancellationToken ct)
    {
        if (await EstablishmentQuotaCommands.GetAsync(db, scope, id, ct) is not { } q)
        {
            return null;
        }

        var staff = await StaffCounts.OfAsync(db, q.OrgUnitId, q.Kind, ct);
        return new StaffingRow(q.Id, q.OrgUnitId, q.OrgUnit!.Name, q.OrgUnit.Kind, q.OrgUnit.IsRemoteHardship, q.Kind, q.Approved, staff, q.From, q.To, q.Document, q.Version);
    }

    // ---- recruitment positions ----

    public sealed record PositionDto(
        int Id, int OrgUnitId, string OrgUnitName, bool Remote, int Year, string Title, int Hires, int ExamRatio,
        bool AnyMajor, bool RelaxedEducation, bool RelaxedAge, int Version)
    {
        public static PositionDto Of(RecruitmentPosition p) => new(p.Id, p.OrgUnitId, p.OrgUnit?.Name ?? "", p.OrgUnit?.IsRemoteHardship ?? false,
            p.Year, p.Title, p.Hires, p.ExamRatio, p.AnyMajor, p.RelaxedEducation, p.RelaxedAge, p.Version);
    }

    public sealed record PositionQuery(
        [property: FromQuery(Name = "q"), Description("岗位名称或单位名称（部分匹配）")] string? Q,
        [property: FromQuery(Name = "year"), Description("招录年度")] int? Year,
        [property: FromQuery(Name = "remote"), Description("true 只看艰苦边远乡镇，false 只看其他单位")] bool? Remote,
        [property: FromQuery(Name = "ratioAbove"), Description("只看艰苦边远乡镇开考比例高于该值的岗位")] int? RatioAbove,
        [property: FromQuery(Name = "sort")] PositionSort? Sort,
        [property: FromQuery(Name = "desc"), Description("true 为倒序")] bool? Desc,
        [property: FromQuery(Name = "page"), Description("页码，从 1 开始")] int? Page,
        [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200")] int? PageSize)
    {
        public PositionFilter Filter() => new()
        {
            Text = Q, Year = Year, Remote = Remote, RatioAbove = RatioAbove, Sort = Sort ?? PositionSort.Year, Descending = Desc ?? false,
            Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }

    public sealed record PositionUpdate(int? Version, RecruitmentPositionInput Position);

    public static async Task<Results<Ok<Paged<PositionDto>>, ValidationProblem>> ListPositions(
        [AsParameters] PositionQuery query, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Unknown(("sort", "排序", query.Sort)) is { } problem)
        {
            return problem;
        }

        var page = await RecruitmentPositionCommands.ListAsync(db, CurrentUser.ScopeOf(user), query.Filter(), ct);
        return TypedResults.Ok(new Paged<PositionDto>([.. page.Items.Select(PositionDto.Of)], page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Ok<PositionDto>, NotFound>> GetPosition(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await RecruitmentPositionCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } p ? TypedResults.Ok(PositionDto.Of(p)) : TypedResults.NotFound();

    public static async Task<Results<Created<PositionDto>, NotFound, ValidationProblem>> CreatePosition(
        RecruitmentPositionInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await RecruitmentPositionCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, ct),
            p => $"/api/v1/staffing/positions/{p.Id}", PositionDto.Of);

    public static async Task<Results<Ok<PositionDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdatePosition(
        int id, PositionUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await RecruitmentPositionCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Position, update.Version, ct),
            PositionDto.Of, p => p.Version, "该招录岗位");

    public static async Task<Results<NoContent, NotFound>> DeletePosition(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        (await RecruitmentPositionCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct)).Succeeded ? TypedResults.NoContent() : TypedResults.NotFound();

    // ---- dispatched agencies ----

    public sealed record AgencyDto(
        int Id, string Name, int TownshipId, string TownshipName, int DepartmentId, string DepartmentName,
        DateOnly From, DateOnly? To, int Decisions, int WithoutOpinion, int Version)
    {
        public static AgencyDto Of(AgencyRow r) => new(r.Id, r.Name, r.TownshipId, r.TownshipName, r.DepartmentId, r.DepartmentName, r.From, r.To, r.Events, r.WithoutOpinion, r.Version);

        public static AgencyDto Of(DispatchedAgency a) => new(a.Id, a.Name, a.TownshipId, a.Township?.Name ?? "", a.DepartmentId, a.Department?.Name ?? "",
            a.From, a.To, a.HeadEvents.Count, a.HeadEvents.Count(e => AgencyHeadOpinionRule.LacksOpinion(e.Date, e.OpinionOn)), a.Version);
    }

    public sealed record DecisionDto(
        int Id, int AgencyId, int CadreId, string? CadreName, AgencyHeadEventKind Kind, DateOnly Date, DateOnly? OpinionOn,
        TownshipOpinion? Opinion, string? OpinionText, bool WithoutOpinion, int Version)
    {
        public static DecisionDto Of(AgencyHeadEvent e) => new(e.Id, e.AgencyId, e.CadreId, e.Cadre?.Name, e.Kind, e.Date, e.OpinionOn, e.Opinion,
            e.OpinionText, AgencyHeadOpinionRule.LacksOpinion(e.Date, e.OpinionOn), e.Version);
    }

    public sealed record AgencyDetailDto(AgencyDto Agency, DecisionDto[] Decisions);

    public sealed record AgencyQuery(
        [property: FromQuery(Name = "q"), Description("机构、乡镇或部门名称（部分匹配）")] string? Q,
        [property: FromQuery(Name = "townshipId"), Description("所在乡镇编号")] int? TownshipId,
        [property: FromQuery(Name = "departmentId"), Description("派出部门编号")] int? DepartmentId,
        [property: FromQuery(Name = "withoutOpinion"), Description("true 只看有未征求乡镇党委意见事项的机构")] bool? WithoutOpinion,
        [property: FromQuery(Name = "includeEnded"), Description("true 包含已撤销的机构")] bool? IncludeEnded,
        [property: FromQuery(Name = "sort")] AgencySort? Sort,
        [property: FromQuery(Name = "desc"), Description("true 为倒序")] bool? Desc,
        [property: FromQuery(Name = "page"), Description("页码，从 1 开始")] int? Page,
        [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200")] int? PageSize)
    {
        public AgencyFilter Filter() => new()
        {
            Text = Q, TownshipId = TownshipId, DepartmentId = DepartmentId, WithoutOpinionOnly = WithoutOpinion ?? false, IncludeEnded = IncludeEnded ?? false,
            Sort = Sort ?? AgencySort.Township, Descending = Desc ?? false, Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }

    public sealed record AgencyUpdate(int? Version, DispatchedAgencyInput Agency);

    public sealed record DecisionUpdate(int? Version, AgencyHeadEventInput Decision);

    public static async Task<Results<Ok<Paged<AgencyDto>>, ValidationProblem>> ListAgencies(
        [AsParameters] AgencyQuery query, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (Unknown(("sort", "排序", query.Sort)) is { } problem)
        {
            return problem;
        }

        var page = await DispatchedAgencyCommands.ListAsync(db, CurrentUser.ScopeOf(user), query.Filter(), ChinaTime.Today(clock), ct);
        return TypedResults.Ok(new Paged<AgencyDto>([.. page.Items.Select(AgencyDto.Of)], page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Ok<AgencyDetailDto>, NotFound>> GetAgency(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await DispatchedAgencyCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } a
            ? TypedResults.Ok(new AgencyDetailDto(AgencyDto.Of(a), [.. a.HeadEvents.Select(DecisionDto.Of)]))
            : TypedResults.NotFound();

    public static async Task<Results<Created<AgencyDto>, NotFound, ValidationProblem>> CreateAgency(
        DispatchedAgencyInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await DispatchedAgencyCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, ct),
            a => $"/api/v1/staffing/agencies/{a.Id}", AgencyDto.Of);

    public static async Task<Results<Ok<AgencyDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAgency(
        int id, AgencyUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await DispatchedAgencyCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Agency, update.Version, ct),
            AgencyDto.Of, a => a.Version, "该派驻机构");

    public static async Task<Results<Ok<AgencyDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndAgency(
        int id, EndRequest end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await DispatchedAgencyCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.To, end.Version, ct),
            AgencyDto.Of, a => a.Version, "该派驻机构");

    public static async Task<Results<Created<DecisionDto>, NotFound, ValidationProblem>> AddDecision(
        int id, AgencyHeadEventInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await DispatchedAgencyCommands.AddEventAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            _ => $"/api/v1/staffing/agencies/{id}", DecisionDto.Of);

    public static async Task<Results<Ok<DecisionDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateDecision(
        int id, DecisionUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await DispatchedAgencyCommands.UpdateEventAsync(db, CurrentUser.ScopeOf(user), id, update.Decision, update.Version, ChinaTime.Today(clock), ct),
            DecisionDto.Of, e => e.Version, "该记录");

    public static async Task<Results<NoContent, NotFound>> DeleteDecision(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        (await DispatchedAgencyCommands.DeleteEventAsync(db, CurrentUser.ScopeOf(user), id, ct)).Succeeded ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Binding accepts any number for an enum, so undefined codes are refused here.</summary>
    private static ValidationProblem? Unknown(params (string Field, string Label, Enum? Value)[] values)
    {
        var errors = values.Where(v => v.Value is { } e && !Enum.IsDefined(e.GetType(), e))
            .Select(v => new FieldError(v.Field, $"{v.Label}：未知的代码“{Convert.ToInt64(v.Value, System.Globalization.CultureInfo.InvariantCulture)}”"))
            .ToList();
        return errors.Count > 0 ? ProblemResults.Invalid(errors) : null;
    }
}
