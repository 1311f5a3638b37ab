using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Security;

/// <summary>
/// Pages need HTTPS (their cookies are Secure and antiforgery refuses anything else), except plain HTTP between
/// loopback addresses, which browsers treat as secure. Any other plain-HTTP page request — a foreign Host header, a
/// forwarded client address without <c>X-Forwarded-Proto: https</c>, a direct request from another machine — gets a
/// 400 that says to use HTTPS, instead of failing deep inside antiforgery. The API and the health check are left alone.
/// </summary>
public sealed class SecureTransportMiddleware(RequestDelegate next, IStringLocalizer<SharedResource> text)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        if (ctx.Request.IsHttps || LoopbackAntiforgery.IsLoopbackHttp(ctx)
            || ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            || ctx.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
        {
            return next(ctx);
        }

        ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        return ctx.Response.WriteAsync(text["InsecureTransportText"], ctx.RequestAborted);
    }
}
