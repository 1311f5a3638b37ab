using System.Globalization;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Localization;

namespace Jiceng.Web.Localization;

/// <summary>
/// The two UI languages: Simplified Chinese (zh-CN, the default) and Traditional (zh-Hant, a switch in the app bar).
/// A browser asking for zh-TW or zh-HK falls back to zh-Hant. The choice lives in the standard culture cookie.
/// </summary>
public static class UiCultures
{
    public const string Simplified = "zh-CN";
    public const string Traditional = "zh-Hant";

    public static readonly CultureInfo[] Supported = [new(Simplified), new(Traditional)];

    public static bool IsTraditional(CultureInfo culture) =>
        culture.Name == Traditional || culture.Parent.Name == Traditional;

    /// <summary>The html <c>lang</c> of a page in this culture.</summary>
    public static string LangOf(CultureInfo culture) => IsTraditional(culture) ? Traditional : Simplified;

    public static RequestLocalizationOptions Options() => new()
    {
        DefaultRequestCulture = new RequestCulture(Simplified),
        SupportedCultures = Supported,
        SupportedUICultures = Supported,
        FallBackToParentCultures = true,
        FallBackToParentUICultures = true,
    };

    /// <summary><c>GET /culture/{name}?returnUrl=</c>: remembers the language for a year and goes back (local addresses only).</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext ctx) =>
            {
                if (Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } culture)
                {
                    return Results.NotFound();
                }

                ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, Path = "/" });
                return Results.LocalRedirect(ReturnUrls.Safe(returnUrl));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
