using Microsoft.AspNetCore.Identity;

namespace Jiceng.Web.Auth.ApiTokens;

/// <summary>Names of the token scheme and of the scheme that picks cookie or token per request.</summary>
public static class ApiTokenDefaults
{
    /// <summary>Personal API tokens in <c>Authorization: Bearer jct_…</c>; also the identity's authentication type.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The default scheme: the token scheme when a Bearer header is present, else the session cookie.</summary>
    public const string CookieOrToken = "CookieOrToken";

    public const string BearerPrefix = "Bearer ";

    /// <summary>True when the request carries an <c>Authorization: Bearer</c> header (then the cookie is ignored).</summary>
    public static bool HasBearer(HttpContext ctx) => TokenText(ctx) is not null;

    /// <summary>The text after <c>Bearer</c> (empty when none), or null when the request carries no Bearer header.</summary>
    public static string? TokenText(HttpContext ctx)
    {
        var header = ctx.Request.Headers.Authorization.ToString().Trim();
        return header.Equals(BearerPrefix.Trim(), StringComparison.OrdinalIgnoreCase) ? ""
            : header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim()
            : null;
    }

    public static string SchemeFor(HttpContext ctx) => HasBearer(ctx) ? Scheme : IdentityConstants.ApplicationScheme;

    /// <summary>Tokens reach the API only: never pages, the interactive circuit, sign-out or the audit export.</summary>
    public static bool IsTokenPath(PathString path) => path.StartsWithSegments("/api", StringComparison.Ordinal);
}
