using System.Globalization;
using System.Security.Claims;
using Jiceng.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Auth;

/// <summary>
/// The session cookie's checks on every request: the absolute lifetime (counted from sign-in, kept across renewals)
/// and then the security stamp (a sign-out, disable or role change elsewhere ends this session at once).
/// </summary>
public static class SessionCookieEvents
{
    /// <summary>Sign-in time (UTC, round-trip format), in the ticket's properties and as a claim for open circuits.</summary>
    public const string SignedInAt = "jiceng:signedin";

    public static Task OnSigningIn(CookieSigningInContext ctx)
    {
        var now = Clock(ctx.HttpContext, ctx.Options).GetUtcNow();
        if (!ctx.Properties.Items.TryGetValue(SignedInAt, out var at) || at is null)
        {
            at = now.ToString("O", CultureInfo.InvariantCulture);
            ctx.Properties.Items[SignedInAt] = at;
        }

        if (ctx.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignedInAt))
        {
            identity.AddClaim(new Claim(SignedInAt, at));
        }

        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext ctx)
    {
        var session = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<SessionPolicyOptions>>().Value;
        var now = Clock(ctx.HttpContext, ctx.Options).GetUtcNow();
        ctx.Properties.Items.TryGetValue(SignedInAt, out var at);
        if (!IsWithinLifetime(at, now, session.AbsoluteLifetime))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(ctx);
    }

    /// <summary>Keeps the sign-in time when the security-stamp check rebuilds the principal.</summary>
    public static Task OnRefreshingPrincipal(SecurityStampRefreshingPrincipalContext ctx)
    {
        var at = ctx.CurrentPrincipal?.FindFirst(SignedInAt);
        if (at is not null && ctx.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignedInAt))
        {
            identity.AddClaim(new Claim(SignedInAt, at.Value));
        }

        return Task.CompletedTask;
    }

    public static bool IsWithinLifetime(string? signedInAt, DateTimeOffset now, TimeSpan lifetime) =>
        DateTimeOffset.TryParseExact(signedInAt, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) && now - at <= lifetime;

    private static TimeProvider Clock(HttpContext http, AuthenticationSchemeOptions options) =>
        options.TimeProvider ?? http.RequestServices.GetRequiredService<TimeProvider>();
}
