using System.Security.Claims;
using Jiceng.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Auth;

/// <summary>
/// Re-checks an open interactive page's session every <see cref="SessionPolicyOptions.RevalidationInterval"/>: the
/// security stamp (sign-out, disable, role change), the absolute lifetime, idleness and any required step. When it
/// fails the circuit's user becomes anonymous and the page sends the browser to the sign-in page.
/// </summary>
public sealed class SessionRevalidatingStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IOptions<SessionPolicyOptions> session,
    CircuitActivity activity,
    TimeProvider time) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => session.Value.RevalidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        IsStillValidAsync(state.User);

    /// <summary>True while the circuit's session may go on.</summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal principal)
    {
        if (activity.IdleFor > session.Value.IdleTimeout
            || !SessionCookieEvents.IsWithinLifetime(principal.FindFirstValue(SessionCookieEvents.SignedInAt), time.GetUtcNow(), session.Value.AbsoluteLifetime))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<AppUserManager>();
        var user = await users.GetUserAsync(principal);
        return user is not null
            && !user.IsDisabled
            && user.SecurityStamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)
            && !users.MustChangePassword(user)
            && !await users.MustEnrolTwoFactorAsync(user);
    }
}
