using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.ApiTokens;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Api;

/// <summary>
/// /api/v1/account/tokens: the signed-in user's own personal API tokens. Reached with the session cookie only: a token
/// cannot list, mint or revoke tokens (it could otherwise outlive its own expiry). The administrators (三员) hold none.
/// </summary>
public static class ApiTokensApi
{
    public static RouteGroupBuilder MapApiTokensApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account/tokens").WithTags("ApiTokens").RequireAuthorization(Policies.CookieSession);
        group.MapGet("/", ListTokens).WithName("ListApiTokens").WithSummary("列出本人的访问令牌");
        group.MapPost("/", CreateToken).WithName("CreateApiToken").WithSummary("创建访问令牌（令牌只显示这一次）");
        group.MapDelete("/{id:int}", RevokeToken).WithName("RevokeApiToken").WithSummary("吊销访问令牌");
        return group;
    }

    public static async Task<Ok<ApiTokenDto[]>> ListTokens(JicengDbContext db, ClaimsPrincipal user, UserManager<AppUser> users, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok((await ApiTokenCommands.ListAsync(db, users.GetUserId(user) ?? "", ct)).Select(t => ApiTokenDto.Of(t, clock)).ToArray());

    public static async Task<Results<Created<CreatedApiTokenDto>, ValidationProblem, ProblemHttpResult>> CreateToken(
        ApiTokenInput input, JicengDbContext db, ClaimsPrincipal user, UserManager<AppUser> users, IOptions<ApiTokenOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        if (!ApiTokenCommands.MayHoldTokens(user.FindAll(ClaimTypes.Role).Select(c => c.Value)))
        {
            return TypedResults.Problem(title: "管理员不能创建访问令牌", detail: "系统管理员、安全管理员和审计管理员须使用带双因素认证的登录，不能持有访问令牌。",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var result = await ApiTokenCommands.CreateAsync(db, users.GetUserId(user) ?? "", input, options.Value, clock, ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/account/tokens/{result.Value!.Token.Id}", new CreatedApiTokenDto(ApiTokenDto.Of(result.Value.Token, clock), result.Value.Secret))
            : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<NoContent, NotFound>> RevokeToken(
        int id, JicengDbContext db, ClaimsPrincipal user, UserManager<AppUser> users, TimeProvider clock, CancellationToken ct) =>
        await ApiTokenCommands.RevokeAsync(db, users.GetUserId(user) ?? "", id, clock, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>A token as listed (never its secret); times in China time. <see cref="Status"/>: Active, Expired or Revoked.</summary>
public sealed record ApiTokenDto(
    int Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, string Status)
{
    public static ApiTokenDto Of(ApiTokenRow t, TimeProvider clock) => new(
        t.Id, t.Name, t.Hint, China(t.CreatedAt), China(t.ExpiresAt), t.RevokedAt is { } r ? China(r) : null,
        t.LastUsedAt is { } u ? China(u) : null,
        t.RevokedAt is not null ? "Revoked" : clock.GetUtcNow().UtcDateTime >= t.ExpiresAt ? "Expired" : "Active");

    private static DateTimeOffset China(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaTime.Offset);
}

/// <summary>A new token: <see cref="Token"/> is the secret, shown this once; keep it like a password.</summary>
public sealed record CreatedApiTokenDto(ApiTokenDto Info, string Token);
