using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Jiceng.Web.Security;

/// <summary>
/// Antiforgery with Secure cookies also on http://localhost. Browsers treat loopback addresses as secure contexts and
/// accept Secure (and <c>__Host-</c>) cookies there, but ASP.NET Core's antiforgery refuses any non-HTTPS request when
/// its cookie must be Secure. For a plain-HTTP request from and to a loopback address only, the antiforgery calls
/// run as on HTTPS; everywhere else the app must be served over HTTPS (directly or behind a TLS proxy).
/// </summary>
public sealed class LoopbackAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => AsSecure(httpContext, () => inner.GetAndStoreTokens(httpContext));

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => AsSecure(httpContext, () => inner.GetTokens(httpContext));

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => AsSecureAsync(httpContext, () => inner.IsRequestValidAsync(httpContext));

    public Task ValidateRequestAsync(HttpContext httpContext) => AsSecureAsync(httpContext, async () =>
    {
        await inner.ValidateRequestAsync(httpContext);
        return true;
    });

    public void SetCookieTokenAndHeader(HttpContext httpContext) => AsSecure(httpContext, () =>
    {
        inner.SetCookieTokenAndHeader(httpContext);
        return true;
    });

    /// <summary>Plain HTTP between loopback addresses (http://localhost, http://127.0.0.1), which browsers count as secure.</summary>
    public static bool IsLoopbackHttp(HttpContext ctx) =>
        !ctx.Request.IsHttps
        && ctx.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && (string.Equals(ctx.Request.Host.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(ctx.Request.Host.Host, out var host) && IPAddress.IsLoopback(host)));

    public static void Register(IServiceCollection services)
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(descriptor);
        services.AddSingleton<IAntiforgery>(sp => new LoopbackAntiforgery(descriptor.ImplementationType is { } type
            ? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, type)
            : descriptor.ImplementationFactory is { } factory ? (IAntiforgery)factory(sp) : (IAntiforgery)descriptor.ImplementationInstance!));
    }

    private static T AsSecure<T>(HttpContext ctx, Func<T> action)
    {
        if (!IsLoopbackHttp(ctx))
        {
            return action();
        }

        ctx.Request.Scheme = Uri.UriSchemeHttps;
        try
        {
            return action();
        }
        finally
        {
            ctx.Request.Scheme = Uri.UriSchemeHttp;
        }
    }

    private static async Task<T> AsSecureAsync<T>(HttpContext ctx, Func<Task<T>> action)
    {
        if (!IsLoopbackHttp(ctx))
        {
            return await action();
        }

        ctx.Request.Scheme = Uri.UriSchemeHttps;
        try
        {
            return await action();
        }
        finally
        {
            ctx.Request.Scheme = Uri.UriSchemeHttp;
        }
    }
}
