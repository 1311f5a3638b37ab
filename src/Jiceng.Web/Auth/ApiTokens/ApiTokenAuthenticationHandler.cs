using System.Security.Claims;
using System.Text.Encodings.Web;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.ApiTokens;
using Jiceng.Web.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Auth.ApiTokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer jct_…</c>. The token is looked up by its hash and checked on every request
/// together with its user, whose principal is built afresh by the same factory as the session's: a revoked or expired
/// token, or a disabled, locked-out or administrator user, is refused at once, and a role or scope change applies
/// to the next request. Every use is audited as a sign-in naming the token, and so is a refusal of a known token;
/// unknown tokens are not (anyone can send garbage, and the entry could name no user).
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    JicengDbContext db,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> claims,
    IAuditLog audit,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Last-used times are written at most this often per token (a busy script must not write on every call).</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokenDefaults.TokenText(Context) is not { } text)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiTokenDefaults.IsTokenPath(Request.Path))
        {
            return AuthenticateResult.Fail("访问令牌只能用于 /api 接口，不能用于页面或账号操作。");
        }

        if (!ApiTokenSecret.LooksLikeToken(text))
        {
            return AuthenticateResult.Fail("访问令牌格式不正确。");
        }

        var hash = ApiTokenSecret.Hash(text);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (token is null || user is null)
        {
            return AuthenticateResult.Fail("访问令牌无效。");
        }

        var now = clock.GetUtcNow();
        var refusal = await RefusalAsync(token, user, now.UtcDateTime);
        if (refusal is not null)
        {
            await AuditRefusalAsync(token, user, refusal.Value.Reason);
            return AuthenticateResult.Fail(refusal.Value.Message);
        }

        await TouchAsync(token, now);
        var principal = await claims.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, ApiTokenDefaults.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(AuditActor.ApiTokenClaim, Id(token)));
        var signedIn = new ClaimsPrincipal(identity);
        await AuditUseAsync(token, signedIn);
        return AuthenticateResult.Success(new AuthenticationTicket(signedIn, ApiTokenDefaults.Scheme));
    }

    /// <summary>
    /// Every request made with a token is a sign-in of its own, audited like one: the user, the token and the request
    /// (method and path; never the query string, which may hold an ID number being searched for).
    /// </summary>
    private Task AuditUseAsync(ApiToken token, ClaimsPrincipal user) =>
        audit.WriteAsync(AuditAction.SignIn, AuditOutcome.Success, "ApiToken", Id(token),
            new { method = "token", request = $"{Request.Method} {Request.PathBase}{Request.Path}" },
            AuditActor.From(user, AuditSetup.ClientAddress(Context)), Context.RequestAborted);

    private static string Id(ApiToken token) => token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>401 with a Chinese problem that says why, and the Bearer challenge of RFC 6750.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await TypedResults.Problem(title: "访问令牌无效", detail: result.Failure?.Message ?? "请提供有效的访问令牌。", statusCode: StatusCodes.Status401Unauthorized)
            .ExecuteAsync(Context);
    }

    private async Task<(string Reason, string Message)?> RefusalAsync(ApiToken token, AppUser user, DateTime now)
    {
        if (token.RevokedAt is not null)
        {
            return ("revoked", "访问令牌已被吊销。");
        }

        if (now >= token.ExpiresAt)
        {
            return ("expired", "访问令牌已过期，请重新创建。");
        }

        if (user.IsDisabled)
        {
            return ("disabled", "账号已停用。");
        }

        if (user.LockoutEnabled && user.LockoutEnd is { } end && end > now)
        {
            return ("locked-out", "账号已锁定。");
        }

        return ApiTokenCommands.MayHoldTokens(await users.GetRolesAsync(user)) ? null : ("administrator", "管理员账号不能使用访问令牌。");
    }

    private Task AuditRefusalAsync(ApiToken token, AppUser user, string reason)
    {
        var actor = new AuditActor(user.UserName ?? "", "", user.OrgUnitId, AuditSetup.ClientAddress(Context)) { ApiTokenId = token.Id };
        return audit.WriteAsync(AuditAction.SignInFailed, AuditOutcome.Failure, "ApiToken", Id(token),
            new { method = "token", reason }, actor, Context.RequestAborted);
    }

    // A direct update: bookkeeping, not an audited change of the token.
    private async Task TouchAsync(ApiToken token, DateTimeOffset now)
    {
        var at = AuditHasher.Truncate(now);
        var before = at - LastUsedResolution;
        if (token.LastUsedAt is null || token.LastUsedAt < before)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < before))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at), Context.RequestAborted);
        }
    }
}
