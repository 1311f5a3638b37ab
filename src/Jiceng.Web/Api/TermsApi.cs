using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Posts;
using Jiceng.Data;
using Jiceng.Data.Posts;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Terms (届) of township leadership teams and village two committees with their seats (职数): listed and created under
/// /api/v1/org-units/{id}/terms, read, changed and ended under /api/v1/terms/{id}. R1.1, R10.3, R1.4 and R10.6 read them.
/// </summary>
public static class TermsApi
{
    public static RouteGroupBuilder MapTermsApi(this RouteGroupBuilder api)
    {
        var unit = api.MapGroup("/org-units/{id:int}/terms").WithTags("Terms");
        unit.MapGet("/", ListTerms).WithName(nameof(ListTerms)).WithSummary("列出单位的届次及职数");
        unit.MapPost("/", CreateTerm).RequireAuthorization(Policies.EditData).WithName(nameof(CreateTerm)).WithSummary("登记新的届次");

        var group = api.MapGroup("/terms").WithTags("Terms");
        group.MapGet("/{id:int}", GetTerm).WithName(nameof(GetTerm)).WithSummary("查看届次");
        group.MapPut("/{id:int}", UpdateTerm).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateTerm)).WithSummary("修改届次（须带版本号）");
        group.MapPost("/{id:int}/end", EndTerm).RequireAuthorization(Policies.EditData).WithName(nameof(EndTerm)).WithSummary("结束届次（设定届满日期）");
        return group;
    }

    public sealed record SeatDto(PostKind Kind, int Count);

    /// <param name="Overdue">The latest term begun, ended, with no next term begun (R1.4, R10.6), as of today.</param>
    public sealed record TermDto(int Id, int OrgUnitId, TermBody Body, int Number, DateOnly Start, DateOnly End, SeatDto[] Seats, int TotalSeats, bool Overdue, int Version)
    {
        public static TermDto From(Term t, bool overdue = false) =>
            new(t.Id, t.OrgUnitId, t.Body, t.Number, t.Start, t.End, [.. t.Seats.OrderBy(s => s.Kind).Select(s => new SeatDto(s.Kind, s.Count))], t.TotalSeats, overdue, t.Version);
    }

    /// <summary>An update carries the version it read.</summary>
    public sealed record TermUpdate(int? Version, TermInput Term);

    public sealed record TermEnd(int? Version, DateOnly? End);

    public static async Task<Results<Ok<TermDto[]>, NotFound>> ListTerms(int id, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (await TermCommands.ListAsync(db, CurrentUser.ScopeOf(user), id, ct) is not { } terms)
        {
            return TypedResults.NotFound();
        }

        var overdue = TermCommands.Overdue(terms, ChinaTime.Today(clock));
        return TypedResults.Ok(terms.Select(t => TermDto.From(t, t == overdue)).ToArray());
    }

    public static async Task<Results<Ok<TermDto>, NotFound>> GetTerm(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await TermCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } term ? TypedResults.Ok(TermDto.From(term)) : TypedResults.NotFound();

    public static async Task<Results<Created<TermDto>, NotFound, ValidationProblem>> CreateTerm(
        int id, TermInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await TermCommands.CreateAsync(db, CurrentUser.ScopeOf(user), id, input, ct), t => $"/api/v1/terms/{t.Id}", t => TermDto.From(t));

    public static async Task<Results<Ok<TermDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateTerm(
        int id, TermUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        Respond(await TermCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Term, update.Version, ct));

    public static async Task<Results<Ok<TermDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndTerm(
        int id, TermEnd end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        Respond(await TermCommands.EndAsync(db, CurrentUser.ScopeOf(user), id, end.End, end.Version, ct));

    private static Results<Ok<TermDto>, NotFound, ValidationProblem, ProblemHttpResult> Respond(Data.Common.CommandResult<Term> result) =>
        CommandResponses.Updated(result, t => TermDto.From(t), t => t.Version, "该届次");
}
