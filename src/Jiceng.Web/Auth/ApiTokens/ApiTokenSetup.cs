using Jiceng.Data.Identity.ApiTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Jiceng.Web.Auth.ApiTokens;

public static class ApiTokenSetup
{
    /// <summary>
    /// The token scheme beside the session cookie, and the default scheme that picks one of them per request; the
    /// <see cref="Policies.CookieSession"/> policy for what a token may never do (manage tokens, anything of the account).
    /// </summary>
    public static IServiceCollection AddApiTokens(this IServiceCollection services)
    {
        services.AddOptions<ApiTokenOptions>().BindConfiguration(ApiTokenOptions.Section);
        services.AddAuthentication()
            .AddPolicyScheme(ApiTokenDefaults.CookieOrToken, "Cookie or token", o => o.ForwardDefaultSelector = ApiTokenDefaults.SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.Scheme, null);
        services.AddAuthorizationBuilder().AddPolicy(Policies.CookieSession, p => p
            .RequireAuthenticatedUser()
            .RequireAssertion(ctx => ctx.User.Identity?.AuthenticationType != ApiTokenDefaults.Scheme));
        return services;
    }
}
