using Jiceng.Data.Audit;
using Jiceng.Web.Auth.ApiTokens;

namespace Jiceng.Web.Security;

/// <summary>
/// A cookie-authenticated write to the API must come from one of the app's own pages: <c>Sec-Fetch-Site:
/// same-origin</c>, or else an <c>Origin</c> equal to the app's own. Browsers send one of these on every write, so a
/// missing or foreign one means another site (or a script with a stolen cookie) is driving the session. This backs up
/// SameSite=Strict, which older browsers and same-site subdomains do not honour. Token-authenticated calls are exempt:
/// a page of another site cannot set an <c>Authorization</c> header without a CORS preflight, which the app never grants.
/// </summary>
public sealed class SameOriginWrites(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext ctx, IAuditLog audit)
    {
        if (!MustCheck(ctx) || IsSameOrigin(ctx.Request))
        {
            await next(ctx);
            return;
        }

        await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, "Endpoint", $"{ctx.Request.Method} {ctx.Request.Path}",
            new { reason = "cross-origin", origin = ctx.Request.Headers.Origin.ToString(), fetchSite = ctx.Request.Headers["Sec-Fetch-Site"].ToString() },
            ct: ctx.RequestAborted);
        await TypedResults.Problem(
            title: "请求来源不明",
            detail: "接口的写操作须由本系统页面发起（同源请求）。脚本请使用个人访问令牌（Authorization: Bearer）。",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(ctx);
    }

    /// <summary>Writes (not GET, HEAD, OPTIONS, TRACE) to the API by a user signed in with the session cookie.</summary>
    private static bool MustCheck(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
        && !(HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method) || HttpMethods.IsOptions(ctx.Request.Method) || HttpMethods.IsTrace(ctx.Request.Method))
        && ctx.User.Identity is { IsAuthenticated: true } identity
        && identity.AuthenticationType != ApiTokenDefaults.Scheme;

    public static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && Uri.TryCreate(origin, UriKind.Absolute, out var from)
            && string.Equals(from.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
