using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M04Promotion;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 3/4 records: cadres' moves (/api/v1/moves: list with filters, create, change, complete, cancel; the yearly
/// summary by direction) and transfer wishes (/api/v1/transfer-wishes). A done move out of the grassroots before the
/// minimum service is refused (400) naming R3.2 and clause 三.
/// </summary>
public static class MovesApi
{
    public static RouteGroupBuilder MapMovesApi(this RouteGroupBuilder api)
    {
        var moves = api.MapGroup("/moves").WithTags("Moves");
        moves.MapGet("/", ListMoves).WithName(nameof(ListMoves)).WithSummary("列出干部调动/交流（按年度、方向、方式、状态、单位筛选，分页）");
        moves.MapGet("/summary", MoveSummary).WithName(nameof(MoveSummary)).WithSummary("按年度、方向统计已调动人数");
        moves.MapGet("/{id:int}", GetMove).WithName(nameof(GetMove)).WithSummary("读取一条调动/交流");
        moves.MapPost("/", CreateMove).RequireAuthorization(Policies.EditData).WithName(nameof(CreateMove)).WithSummary("登记调动/交流（拟调动或已调动）");
        moves.MapPut("/{id:int}", UpdateMove).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateMove)).WithSummary("修改调动/交流（须带版本号）");
        moves.MapPost("/{id:int}/complete", CompleteMove).RequireAuthorization(Policies.EditData).WithName(nameof(CompleteMove))
            .WithSummary("办结拟调动：改为已调动，干部转入调入单位，可同时免去原职务");
        moves.MapPost("/{id:int}/cancel", CancelMove).RequireAuthorization(Policies.EditData).WithName(nameof(CancelMove)).WithSummary("取消拟调动");
        api.MapGet("/cadres/{id:int}/moves", CadreMoves).WithTags("Moves").WithName(nameof(CadreMoves)).WithSummary("列出一名干部的调动/交流");

        var wishes = api.MapGroup("/transfer-wishes").WithTags("Moves");
        wishes.MapGet("/", ListWishes).WithName(nameof(ListWishes)).WithSummary("列出交流意愿（按年度、答复状态、单位筛选，分页）");
        wishes.MapPost("/", CreateWish).RequireAuthorization(Policies.EditData).WithName(nameof(CreateWish)).WithSummary("登记交流意愿");
        wishes.MapPut("/{id:int}", UpdateWish).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateWish)).WithSummary("修改或答复交流意愿（须带版本号）");
        wishes.MapDelete("/{id:int}", DeleteWish).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteWish)).WithSummary("删除误登记的交流意愿");
        return moves;
    }

    public sealed record MoveDto(
        int Id, int CadreId, string? CadreName, int FromOrgUnitId, string? FromOrgUnitName, int? ToOrgUnitId, string? ToOrgUnitName,
        string? ExternalDestination, DateOnly EffectiveOn, MoveKind Kind, MoveStatus Status, MoveDirection Direction, string? DocumentNumber,
        string? Note, int Version)
    {
        public static MoveDto Of(CadreMove m) => new(m.Id, m.CadreId, m.Cadre?.Name, m.FromOrgUnitId, m.FromOrgUnit?.Name, m.ToOrgUnitId,
            m.ToOrgUnit?.Name, m.ExternalDestination, m.EffectiveOn, m.Kind, m.Status, m.Direction, m.DocumentNumber, m.Note, m.Version);
    }

    public sealed record MoveCreate(MoveInput? Move, bool EndPosts);

    public sealed record MoveUpdate(int? Version, MoveInput? Move);

    public sealed record MoveCompletion(int? Version, DateOnly? EffectiveOn, bool EndPosts);

    public sealed record VersionOnly(int? Version);

    public sealed record MoveListQuery(
        string? Q, int? Year, MoveDirection? Direction, MoveKind? Kind, MoveStatus? Status, int? OrgUnitId, MoveSort? Sort, bool? Desc, int? Page, int? PageSize)
    {
        public MoveFilter ToFilter() => new()
        {
            Text = Q, Year = Year, Direction = Direction, Kind = Kind, Status = Status, OrgUnitId = OrgUnitId, Sort = Sort ?? MoveSort.EffectiveOn,
            Descending = Desc ?? true, Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }

    public sealed record MoveSummaryRow(int Year, IReadOnlyDictionary<MoveDirection, int> Counts, int Total);

    public static async Task<Ok<Paged<MoveRow>>> ListMoves([AsParameters] MoveListQuery q, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await MoveSearch.RunAsync(db, CurrentUser.ScopeOf(user), q.ToFilter(), ct));

    public static async Task<Results<Ok<MoveSummaryRow[]>, ValidationProblem>> MoveSummary(
        int? from, int? to, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var last = to ?? ChinaTime.Today(clock).Year;
        var first = from ?? last - 4;
        if (first > last || last - first > 30 || first < 1949 || last > 2099)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["起止年度：起始年度不能晚于终止年度，且跨度不超过30年（1949–2099）"] });
        }

        var rows = await MoveSearch.YearlyAsync(db, CurrentUser.ScopeOf(user), first, last, ct);
        return TypedResults.Ok(rows.Select(r => new MoveSummaryRow(r.Year, r.Counts, r.Total)).ToArray());
    }

    public static async Task<Results<Ok<MoveDto>, NotFound>> GetMove(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await MoveCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } m ? TypedResults.Ok(MoveDto.Of(m)) : TypedResults.NotFound();

    public static async Task<Results<Ok<MoveDto[]>, NotFound>> CadreMoves(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await MoveCommands.ForCadreAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } list
            ? TypedResults.Ok(list.Select(MoveDto.Of).ToArray())
            : TypedResults.NotFound();

    public static async Task<Results<Created<MoveDto>, NotFound, ValidationProblem>> CreateMove(
        MoveCreate body, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        return CommandResponses.Created(await MoveCommands.CreateAsync(db, CurrentUser.ScopeOf(user), body.Move ?? new MoveInput(), profiles.InForceOn(today), today, body.EndPosts, ct),
            m => $"/api/v1/moves/{m.Id}", MoveDto.Of);
    }

    public static async Task<Results<Ok<MoveDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateMove(
        int id, MoveUpdate body, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        return CommandResponses.Updated(await MoveCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, body.Move ?? new MoveInput(), body.Version, profiles.InForceOn(today), today, ct),
            MoveDto.Of, m => m.Version);
    }

    public static async Task<Results<Ok<MoveDto>, NotFound, ValidationProblem, ProblemHttpResult>> CompleteMove(
        int id, MoveCompletion body, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        return CommandResponses.Updated(await MoveCommands.CompleteAsync(db, CurrentUser.ScopeOf(user), id, body.Version, body.EffectiveOn, body.EndPosts,
            profiles.InForceOn(today), today, ct), MoveDto.Of, m => m.Version);
    }

    public static async Task<Results<Ok<MoveDto>, NotFound, ValidationProblem, ProblemHttpResult>> CancelMove(
        int id, VersionOnly body, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await MoveCommands.CancelAsync(db, CurrentUser.ScopeOf(user), id, body.Version, ct), MoveDto.Of, m => m.Version);

    public sealed record WishDto(
        int Id, int CadreId, DateOnly RegisteredOn, string Destination, string Reason, DateOnly? AnsweredOn, string? Answer, string? AnsweredBy, int Version)
    {
        public static WishDto Of(TransferWish w) => new(w.Id, w.CadreId, w.RegisteredOn, w.Destination, w.Reason, w.AnsweredOn, w.Answer, w.AnsweredBy, w.Version);
    }

    public sealed record WishUpdate(int? Version, WishInput? Wish);

    public sealed record WishListQuery(string? Q, int? Year, WishState? State, int? OrgUnitId, bool? SortByName, bool? Desc, int? Page, int? PageSize)
    {
        public WishFilter ToFilter() => new()
        {
            Text = Q, Year = Year, State = State, OrgUnitId = OrgUnitId, SortByName = SortByName ?? false, Descending = Desc ?? true,
            Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }

    public static async Task<Ok<Paged<WishRow>>> ListWishes(
        [AsParameters] WishListQuery q, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var days = profiles.InForceOn(today).Int(Core.Policy.ParameterIds.P4.WishResponseDays);
        return TypedResults.Ok(await WishSearch.RunAsync(db, CurrentUser.ScopeOf(user), q.ToFilter(), today, days, ct));
    }

    public static async Task<Results<Created<WishDto>, NotFound, ValidationProblem>> CreateWish(
        WishInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await WishCommands.CreateAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            w => $"/api/v1/transfer-wishes/{w.Id}", WishDto.Of);

    public static async Task<Results<Ok<WishDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateWish(
        int id, WishUpdate body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await WishCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, body.Wish ?? new WishInput(), body.Version, ChinaTime.Today(clock), ct),
            WishDto.Of, w => w.Version);

    public static async Task<Results<NoContent, NotFound>> DeleteWish(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await WishCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
