using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticAssets;

namespace Jiceng.Web.Security;

/// <summary>
/// Security headers on every response, error pages included (set when the response starts): a Content-Security-Policy
/// under which Blazor Server and MudBlazor work (scripts only from the app, plus the import map by nonce; inline styles
/// for MudBlazor), no framing, no MIME sniffing, no referrer, and <c>no-store</c> on everything but static files.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment env)
{
    private const string NonceKey = "jiceng.csp-nonce";

    /// <summary>The per-response nonce that lets the app's own inline import map run.</summary>
    public static string? NonceOf(HttpContext ctx) => ctx.Items.TryGetValue(NonceKey, out var n) ? n as string : null;

    public static string ContentSecurityPolicy(string nonce, string host) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        $"connect-src 'self' wss://{host} ws://{host}; " +
        "object-src 'none'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'";

    public Task InvokeAsync(HttpContext ctx)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        ctx.Items[NonceKey] = nonce;
        ctx.Response.OnStarting(() =>
        {
            var headers = ctx.Response.Headers;
            // The development-only API explorer (Scalar) runs its own inline script.
            if (!(env.IsDevelopment() && ctx.Request.Path.StartsWithSegments("/scalar", StringComparison.Ordinal)))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, ctx.Request.Host.Value ?? "");
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // Static assets carry their own caching headers and hold no personal data; nothing else is stored.
            if (ctx.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(ctx);
    }
}
