using System.ComponentModel;
using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M02Capability;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>Query string of the training and secondment lists (clause 二).</summary>
public sealed record CapabilityListQuery(
    [property: FromQuery(Name = "q"), Description("干部姓名、培训名称、举办单位或挂职单位（部分匹配）")] string? Q,
    [property: FromQuery(Name = "kind"), Description("培训类别（仅培训列表）")] TrainingKind? Kind,
    [property: FromQuery(Name = "level"), Description("举办单位或挂职单位层级")] AdministrativeLevel? Level,
    [property: FromQuery(Name = "destination"), Description("挂职去向（仅挂职列表）")] SecondmentDestination? Destination,
    [property: FromQuery(Name = "year"), Description("开始日期所在年份")] int? Year,
    [property: FromQuery(Name = "townshipId"), Description("乡镇（或任一单位）编号，含其下级单位")] int? TownshipId,
    [property: FromQuery(Name = "sort")] CapabilitySort? Sort,
    [property: FromQuery(Name = "desc"), Description("true 为倒序（默认 true：最近的在前）")] bool? Desc,
    [property: FromQuery(Name = "page"), Description("页码，从 1 开始，默认 1，最大 1000000")] int? Page,
    // The maximum is CapabilityFilter.MaxPageSize.
    [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200；超过 200 按 200 返回，响应中的 pageSize 为实际条数")] int? PageSize)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        void Known<T>(T? value, string field, string label) where T : struct, Enum
        {
            if (value is { } v && !Enum.IsDefined(v))
            {
                errors.Add(new FieldError(field, $"{label}：没有代码为 {Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} 的选项"));
            }
        }

        Known(Kind, "kind", "培训类别");
        Known(Level, "level", "层级");
        Known(Destination, "destination", "挂职去向");
        Known(Sort, "sort", "排序");
        if (Year is < 1949 or > 2100)
        {
            errors.Add(new FieldError("year", "年份：应为 1949 至 2100 之间"));
        }

        if (Page is < 1 or > CadreListQuery.MaxPage)
        {
            errors.Add(new FieldError("page", $"页码：应为 1 至 {CadreListQuery.MaxPage} 之间的整数"));
        }

        return errors;
    }

    public CapabilityFilter ToFilter() => new()
    {
        Text = Q, Kind = Kind, Level = Level, Destination = Destination, Year = Year, TownshipId = TownshipId,
        Sort = Sort ?? CapabilitySort.Start, Descending = Desc ?? true, Page = Page ?? 1, PageSize = PageSize ?? 20,
    };
}

/// <summary>
/// Clause 二 records: trainings (/api/v1/trainings) and secondments (/api/v1/secondments), each listed district-wide with
/// filters or per cadre (/api/v1/cadres/{id}/trainings, …/secondments), created, changed with their version and deleted;
/// all within the caller's scope, every change audited.
/// </summary>
public static class CapabilityApi
{
    public sealed record TrainingDto(
        int Id, int CadreId, TrainingKind Kind, string Title, string Provider, AdministrativeLevel ProviderLevel,
        DateOnly Start, DateOnly End, int Days, string? CertificateNumber, int Version)
    {
        public static TrainingDto Of(TrainingRecord t) =>
            new(t.Id, t.CadreId, t.Kind, t.Title, t.Provider, t.ProviderLevel, t.Start, t.End, t.Days, t.CertificateNumber, t.Version);
    }

    public sealed record SecondmentDto(
        int Id, int CadreId, string Place, SecondmentDestination Destination, AdministrativeLevel Level, string? PostTitle,
        DateOnly Start, DateOnly? End, int Version)
    {
        public static SecondmentDto Of(Secondment s) => new(s.Id, s.CadreId, s.Place, s.Destination, s.Level, s.PostTitle, s.Start, s.End, s.Version);
    }

    public sealed record TrainingUpdate(int? Version, TrainingInput? Training);

    public sealed record SecondmentUpdate(int? Version, SecondmentInput? Secondment);

    public static RouteGroupBuilder MapCapabilityApi(this RouteGroupBuilder api)
    {
        var trainings = api.MapGroup("/trainings").WithTags("Capability");
        trainings.MapGet("/", ListTrainings).WithName(nameof(ListTrainings)).WithSummary("查询培训记录（筛选、排序、分页）");
        trainings.MapGet("/{id:int}", GetTraining).WithName(nameof(GetTraining)).WithSummary("查看培训记录");
        trainings.MapPost("/", AddTraining).RequireAuthorization(Policies.EditData).WithName(nameof(AddTraining)).WithSummary("新增培训记录");
        trainings.MapPut("/{id:int}", UpdateTraining).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateTraining)).WithSummary("修改培训记录（须带版本号）");
        trainings.MapDelete("/{id:int}", DeleteTraining).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteTraining)).WithSummary("删除培训记录");

        var secondments = api.MapGroup("/secondments").WithTags("Capability");
        secondments.MapGet("/", ListSecondments).WithName(nameof(ListSecondments)).WithSummary("查询挂职记录（筛选、排序、分页）");
        secondments.MapGet("/{id:int}", GetSecondment).WithName(nameof(GetSecondment)).WithSummary("查看挂职记录");
        secondments.MapPost("/", AddSecondment).RequireAuthorization(Policies.EditData).WithName(nameof(AddSecondment)).WithSummary("新增挂职记录");
        secondments.MapPut("/{id:int}", UpdateSecondment).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateSecondment)).WithSummary("修改挂职记录（须带版本号；结束挂职即填写结束日期）");
        secondments.MapDelete("/{id:int}", DeleteSecondment).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteSecondment)).WithSummary("删除挂职记录");

        var cadre = api.MapGroup("/cadres/{id:int}").WithTags("Capability");
        cadre.MapGet("/trainings", ListCadreTrainings).WithName(nameof(ListCadreTrainings)).WithSummary("列出干部的培训记录");
        cadre.MapGet("/secondments", ListCadreSecondments).WithName(nameof(ListCadreSecondments)).WithSummary("列出干部的挂职记录");
        return trainings;
    }

    public static async Task<Results<Ok<Paged<TrainingListItem>>, ValidationProblem>> ListTrainings(
        [AsParameters] CapabilityListQuery q, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        q.Validate() is { Count: > 0 } errors
            ? ProblemResults.Invalid(errors)
            : TypedResults.Ok(await CapabilitySearch.TrainingsAsync(db, CurrentUser.ScopeOf(user), q.ToFilter(), ct));

    public static async Task<Results<Ok<TrainingDto>, NotFound>> GetTraining(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TrainingCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } t ? TypedResults.Ok(TrainingDto.Of(t)) : TypedResults.NotFound();

    public static async Task<Results<Created<TrainingDto>, NotFound, ValidationProblem>> AddTraining(
        TrainingInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await TrainingCommands.AddAsync(db, CurrentUser.ScopeOf(user), input, ct), t => $"/api/v1/trainings/{t.Id}", TrainingDto.Of);

    public static async Task<Results<Ok<TrainingDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateTraining(
        int id, TrainingUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        update.Training is not { } training
            ? ProblemResults.Invalid([MissingWrapper("training", typeof(TrainingUpdate))])
            : CommandResponses.Updated(await TrainingCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, training, update.Version, ct),
                TrainingDto.Of, t => t.Version, "该培训记录");

    public static async Task<Results<NoContent, NotFound>> DeleteTraining(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TrainingCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<TrainingDto[]>, NotFound>> ListCadreTrainings(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TrainingCommands.ListForCadreAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(TrainingDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Ok<Paged<SecondmentListItem>>, ValidationProblem>> ListSecondments(
        [AsParameters] CapabilityListQuery q, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        q.Validate() is { Count: > 0 } errors
            ? ProblemResults.Invalid(errors)
            : TypedResults.Ok(await CapabilitySearch.SecondmentsAsync(db, CurrentUser.ScopeOf(user), q.ToFilter(), ct));

    public static async Task<Results<Ok<SecondmentDto>, NotFound>> GetSecondment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SecondmentCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } s ? TypedResults.Ok(SecondmentDto.Of(s)) : TypedResults.NotFound();

    public static async Task<Results<Created<SecondmentDto>, NotFound, ValidationProblem>> AddSecondment(
        SecondmentInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await SecondmentCommands.AddAsync(db, CurrentUser.ScopeOf(user), input, ct), s => $"/api/v1/secondments/{s.Id}", SecondmentDto.Of);

    public static async Task<Results<Ok<SecondmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateSecondment(
        int id, SecondmentUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        update.Secondment is not { } secondment
            ? ProblemResults.Invalid([MissingWrapper("secondment", typeof(SecondmentUpdate))])
            : CommandResponses.Updated(await SecondmentCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, secondment, update.Version, ct),
                SecondmentDto.Of, s => s.Version, "该挂职记录");

    // A body without its record (`{}`, or the record sent bare) is told the shape it must have.
    private static Core.Common.FieldError MissingWrapper(string field, Type body) =>
        new(field, $"请求体应为 JSON 对象 {BodyShape.Describe(body)}，其中 {field} 必填。");

    public static async Task<Results<NoContent, NotFound>> DeleteSecondment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SecondmentCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<SecondmentDto[]>, NotFound>> ListCadreSecondments(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SecondmentCommands.ListForCadreAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(SecondmentDto.Of).ToArray())
            : TypedResults.NotFound();
}
