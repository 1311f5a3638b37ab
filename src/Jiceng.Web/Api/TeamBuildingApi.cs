using System.ComponentModel;
using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M01TeamBuilding;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 一 records: township candidate pools (/api/v1/candidate-pool; added under /api/v1/org-units/{id}/candidate-pool),
/// commendations (/api/v1/commendations; added under /api/v1/cadres/{id}/commendations) and the leadership-team
/// structure of townships (/api/v1/team-structure).
/// </summary>
public static class TeamBuildingApi
{
    public static RouteGroupBuilder MapTeamBuildingApi(this RouteGroupBuilder api)
    {
        var pool = api.MapGroup("/candidate-pool").WithTags("TeamBuilding");
        pool.MapGet("/", ListCandidates).WithName(nameof(ListCandidates)).WithSummary("列出乡镇领导班子推荐人选库（默认为评价日在库的推荐提拔人选名单）");
        pool.MapPut("/{id:int}", UpdateCandidate).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateCandidate)).WithSummary("修改推荐人选入库记录（须带版本号）");
        pool.MapPost("/{id:int}/end", EndCandidate).RequireAuthorization(Policies.EditData).WithName(nameof(EndCandidate)).WithSummary("推荐人选出库（提拔任用、退出人选库等）");
        api.MapPost("/org-units/{id:int}/candidate-pool", AddCandidate).WithTags("TeamBuilding").RequireAuthorization(Policies.EditData)
            .WithName(nameof(AddCandidate)).WithSummary("干部进入乡镇领导班子推荐人选库");

        var commendations = api.MapGroup("/commendations").WithTags("TeamBuilding");
        commendations.MapGet("/", ListCommendations).WithName(nameof(ListCommendations)).WithSummary("列出干部表彰奖励");
        commendations.MapPut("/{id:int}", UpdateCommendation).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateCommendation)).WithSummary("修改表彰奖励（须带版本号）");
        commendations.MapDelete("/{id:int}", DeleteCommendation).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteCommendation)).WithSummary("删除误录的表彰奖励（须带版本号）");
        api.MapPost("/cadres/{id:int}/commendations", AddCommendation).WithTags("TeamBuilding").RequireAuthorization(Policies.EditData)
            .WithName(nameof(AddCommendation)).WithSummary("登记干部表彰奖励");

        api.MapGet("/team-structure", GetTeamStructure).WithTags("TeamBuilding").WithName(nameof(GetTeamStructure)).WithSummary("乡镇领导班子结构情况（年龄、学历、专业、女干部、党外、少数民族、老中青）");
        return pool;
    }

    public sealed record CandidateDto(
        int Id, int CadreId, string? CadreName, int OrgUnitId, string? Township, CandidateSource Source, DateOnly From, DateOnly? To,
        CandidateLeaveReason? LeaveReason, string? Note, int Version)
    {
        public static CandidateDto Of(CandidatePoolEntry e) =>
            new(e.Id, e.CadreId, e.Cadre?.Name, e.OrgUnitId, e.OrgUnit?.Name, e.Source, e.From, e.To, e.LeaveReason, e.Note, e.Version);

        public static CandidateDto Of(PoolRow r) =>
            new(r.Id, r.CadreId, r.CadreName, r.OrgUnitId, r.Township, r.Source, r.From, r.To, r.LeaveReason, r.Note, r.Version);
    }

    public sealed record CandidateUpdate(int? Version, CandidatePoolInput Entry);

    public sealed record CandidateEnd(int? Version, DateOnly? To, CandidateLeaveReason? LeaveReason, string? Note);

    public sealed record CandidateListQuery(
        [property: FromQuery(Name = "q"), Description("干部姓名（部分匹配）")] string? Q,
        [property: FromQuery(Name = "townshipId"), Description("乡镇（街道）编号")] int? TownshipId,
        [property: FromQuery(Name = "source")] CandidateSource? Source,
        [property: FromQuery(Name = "status"), Description("InForce（默认，今天在库）/Ended/All")] PoolStatus? Status,
        [property: FromQuery(Name = "sort")] PoolSort? Sort,
        [property: FromQuery(Name = "desc"), Description("true 为倒序")] bool? Desc,
        [property: FromQuery(Name = "page"), Description("页码，从 1 开始")] int? Page,
        [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200")] int? PageSize)
    {
        public PoolFilter ToFilter() => new()
        {
            Text = Q, OrgUnitId = TownshipId, Source = Source, Status = Status ?? PoolStatus.InForce, Sort = Sort ?? PoolSort.From,
            Descending = Desc ?? false, Page = Page ?? 1, PageSize = PageSize ?? 20,
        };

        public IReadOnlyList<FieldError> Validate() => ApiQueryChecks.Check(Page, ("source", "人选来源", Source), ("status", "状态", Status), ("sort", "排序", Sort));
    }

    public sealed record CommendationDto(
        int Id, int CadreId, string? CadreName, string Title, CommendationKind Kind, string AwardingBody, AwardLevel Level, DateOnly AwardedOn, int Version)
    {
        public static CommendationDto Of(Commendation c) => new(c.Id, c.CadreId, c.Cadre?.Name, c.Title, c.Kind, c.AwardingBody, c.Level, c.AwardedOn, c.Version);

        public static CommendationDto Of(CommendationRow r) => new(r.Id, r.CadreId, r.CadreName, r.Title, r.Kind, r.AwardingBody, r.Level, r.AwardedOn, r.Version);
    }

    public sealed record CommendationUpdate(int? Version, CommendationInput Commendation);

    public sealed record CommendationListQuery(
        [property: FromQuery(Name = "q"), Description("干部姓名或表彰名称（部分匹配）")] string? Q,
        [property: FromQuery(Name = "orgUnitId"), Description("单位编号，含其下级单位")] int? OrgUnitId,
        [property: FromQuery(Name = "cadreId")] int? CadreId,
        [property: FromQuery(Name = "kind")] CommendationKind? Kind,
        [property: FromQuery(Name = "level")] AwardLevel? Level,
        [property: FromQuery(Name = "year"), Description("表彰年度")] int? Year,
        [property: FromQuery(Name = "sort")] CommendationSort? Sort,
        [property: FromQuery(Name = "desc"), Description("true 为倒序（默认）")] bool? Desc,
        [property: FromQuery(Name = "page"), Description("页码，从 1 开始")] int? Page,
        [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200")] int? PageSize)
    {
        public CommendationFilter ToFilter() => new()
        {
            Text = Q, OrgUnitId = OrgUnitId, CadreId = CadreId, Kind = Kind, Level = Level, Year = Year, Sort = Sort ?? CommendationSort.AwardedOn,
            Descending = Desc ?? true, Page = Page ?? 1, PageSize = PageSize ?? 20,
        };

        public IReadOnlyList<FieldError> Validate()
        {
            var errors = ApiQueryChecks.Check(Page, ("kind", "表彰类别", Kind), ("level", "授予机关级别", Level), ("sort", "排序", Sort)).ToList();
            if (Year is < 1949 or > 2099)
            {
                errors.Add(new FieldError("year", "表彰年度：应为1949至2099之间的年份"));
            }

            return errors;
        }
    }

    public sealed record TeamStructureDto(int OrgUnitId, string Name, int? TermNumber, DateOnly? TermStart, DateOnly? TermEnd, DateOnly AsOf, TeamStructureSummary Structure);

    public static async Task<Results<Ok<Paged<CandidateDto>>, ValidationProblem>> ListCandidates(
        [AsParameters] CandidateListQuery q, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (q.Validate() is { Count: > 0 } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        var page = await CandidatePoolCommands.ListAsync(db, CurrentUser.ScopeOf(user), q.ToFilter(), ChinaTime.Today(clock), ct);
        return TypedResults.Ok(new Paged<CandidateDto>([.. page.Items.Select(CandidateDto.Of)], page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Created<CandidateDto>, NotFound, ValidationProblem>> AddCandidate(
        int id, CandidatePoolInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CandidatePoolCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            e => $"/api/v1/candidate-pool?townshipId={id}", CandidateDto.Of);

    public static async Task<Results<Ok<CandidateDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateCandidate(
        int id, CandidateUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CandidatePoolCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Entry, update.Version, ChinaTime.Today(clock), ct),
            CandidateDto.Of, e => e.Version);

    public static async Task<Results<Ok<CandidateDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndCandidate(
        int id, CandidateEnd end, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CandidatePoolCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.To, end.LeaveReason, end.Note, end.Version, ChinaTime.Today(clock), ct),
            CandidateDto.Of, e => e.Version);

    public static async Task<Results<Ok<Paged<CommendationDto>>, ValidationProblem>> ListCommendations(
        [AsParameters] CommendationListQuery q, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (q.Validate() is { Count: > 0 } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        var page = await CommendationCommands.ListAsync(db, CurrentUser.ScopeOf(user), q.ToFilter(), ct);
        return TypedResults.Ok(new Paged<CommendationDto>([.. page.Items.Select(CommendationDto.Of)], page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<Created<CommendationDto>, NotFound, ValidationProblem>> AddCommendation(
        int id, CommendationInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await CommendationCommands.AddAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            c => $"/api/v1/commendations?cadreId={id}", CommendationDto.Of);

    public static async Task<Results<Ok<CommendationDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateCommendation(
        int id, CommendationUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await CommendationCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Commendation, update.Version, ChinaTime.Today(clock), ct),
            CommendationDto.Of, c => c.Version);

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteCommendation(
        int id, [FromQuery(Name = "version"), Description("读取时的版本号")] int? version, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await CommendationCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, version, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Conflict is { } current)
        {
            return ProblemResults.Conflict($"该表彰记录已被他人修改（当前版本 {current.Version}），请刷新后重试。");
        }

        return result.Succeeded ? TypedResults.NoContent() : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<TeamStructureDto[]>, NotFound, ValidationProblem>> GetTeamStructure(
        [FromQuery(Name = "townshipId"), Description("乡镇（街道）编号；不填为全部乡镇")] int? townshipId,
        [FromQuery(Name = "asOf"), Description("统计日期，默认今天")] DateOnly? asOf,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var day = asOf ?? ChinaTime.Today(clock);
        // The 老中青 line is the young age of the profile in force on the day: a day outside the records' range, or
        // before the first profile, has no structure to show.
        if (Dates.OutsideRecordRange(day) is { } outside)
        {
            return ProblemResults.Invalid([new FieldError("asOf", "统计日期" + outside)]);
        }

        if (!profiles.Set.TryInForceOn(day, out var profile))
        {
            return ProblemResults.Invalid([new FieldError("asOf", $"统计日期{Dates.Format(day)}没有生效的政策配置")]);
        }

        var youngAge = profile.Int(ParameterIds.P1.YoungAge);
        var rows = await TeamStructureQueries.OnDayAsync(db, CurrentUser.ScopeOf(user), day, youngAge, townshipId, ct);
        return townshipId is not null && rows.Count == 0
            ? TypedResults.NotFound()
            : TypedResults.Ok(rows.Select(r => new TeamStructureDto(r.OrgUnitId, r.Name, r.TermNumber, r.TermStart, r.TermEnd, day, r.Structure)).ToArray());
    }
}

/// <summary>The checks every list query shares: a page of 1…1 000 000 and known enum codes (binding accepts any number).</summary>
internal static class ApiQueryChecks
{
    public static IReadOnlyList<FieldError> Check(int? page, params (string Field, string Label, Enum? Value)[] enums)
    {
        var errors = new List<FieldError>();
        foreach (var (field, label, value) in enums)
        {
            if (value is not null && !Enum.IsDefined(value.GetType(), value))
            {
                errors.Add(new FieldError(field, $"{label}：未知的代码“{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}”"));
            }
        }

        if (page is < 1 or > CadreListQuery.MaxPage)
        {
            errors.Add(new FieldError("page", $"页码：应为 1 至 {CadreListQuery.MaxPage} 之间的整数"));
        }

        return errors;
    }
}
