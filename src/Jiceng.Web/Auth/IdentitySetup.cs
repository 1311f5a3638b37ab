using Jiceng.Data.Identity;
using Jiceng.Web.Auth.ApiTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Auth;

public static class IdentitySetup
{
    /// <summary>ASP.NET Core Identity on EF Core with cookie sign-in; every endpoint requires a signed-in user unless marked anonymous.</summary>
    public static IServiceCollection AddJicengIdentity(this IServiceCollection services)
    {
        services.AddOptions<SessionPolicyOptions>().BindConfiguration(SessionPolicyOptions.Section);

        // The default scheme picks the session cookie, or a personal API token when a Bearer header is sent.
        services.AddAuthentication(ApiTokens.ApiTokenDefaults.CookieOrToken).AddIdentityCookies();
        services.AddApiTokens();
        services.AddJicengIdentityCore()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>();

        // Every request re-reads the user: a sign-out, disable or role change ends the other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = SessionCookieEvents.OnRefreshingPrincipal;
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionPolicyOptions>>((o, session) =>
            {
                Harden(o.Cookie, CookieNames.Session);
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/access-denied";
                o.ExpireTimeSpan = session.Value.IdleTimeout;
                o.SlidingExpiration = true;
                o.Events.OnSigningIn = SessionCookieEvents.OnSigningIn;
                o.Events.OnValidatePrincipal = SessionCookieEvents.OnValidatePrincipal;
                // The API answers 401/403 instead of redirecting to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
            });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            Harden(o.Cookie, CookieNames.TwoFactorUser);
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => Harden(o.Cookie, CookieNames.TwoFactorRemember));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => Harden(o.Cookie, CookieNames.External));
        services.AddAntiforgery(o => Harden(o.Cookie, CookieNames.Antiforgery));
        Security.LoopbackAntiforgery.Register(services);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.EditData, p => p.RequireRole(Roles.DataEditors))
            .AddPolicy(Policies.EditPolicy, p => p.RequireRole(Roles.OrgDepartment))
            .AddPolicy(Policies.DecideExplanations, p => p.RequireRole(Roles.OrgDepartment))
            .AddPolicy(Policies.RevealIdNumber, p => p.RequireRole(Roles.IdNumberReaders))
            .AddPolicy(Policies.ReadDiscipline, p => p.RequireRole(Roles.DisciplineReaders))
            .AddPolicy(Policies.ReadMentalHealth, p => p.RequireRole(Roles.MentalHealthReaders))
            .AddPolicy(Policies.ReadAccounts, p => p.RequireRole(Roles.Administrators))
            .AddPolicy(Policies.ManageAccounts, p => p.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.GrantAccess, p => p.RequireRole(Roles.SecurityAdmin))
            .AddPolicy(Policies.EditAssessmentSchemes, p => p.RequireRole(Roles.OrgDepartment))
            .AddPolicy(Policies.EditVillagePayStandards, p => p.RequireRole(Roles.OrgDepartment, Roles.Finance));
        services.AddScoped<CurrentUser>();

        // Open interactive pages (Blazor circuits) re-check their session and end when idle.
        services.AddScoped<CircuitActivity>();
        services.AddScoped<CircuitHandler, CircuitActivityHandler>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        return services;
    }

    /// <summary>__Host- name, HTTPS only, not readable by scripts, never sent with requests started by other sites.</summary>
    public static void Harden(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
