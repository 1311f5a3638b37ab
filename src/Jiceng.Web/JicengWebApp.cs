using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Storage;
using Jiceng.Web.Api;
using Jiceng.Web.Audit;
using Jiceng.Web.Auth;
using Jiceng.Web.Components;
using Jiceng.Web.Compliance;
using Jiceng.Web.Exchange;
using Jiceng.Web.Export;
using Jiceng.Web.Localization;
using Jiceng.Web.Security;
using Jiceng.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Jiceng.Web;

/// <summary>Builds the web host: the one place that wires services and the request pipeline (also used by <c>jiceng serve</c>).</summary>
public static class JicengWebApp
{
    public static WebApplication Build(string[] args)
    {
        // The application name is fixed so `jiceng serve` (another entry assembly) finds this app's static assets.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(JicengWebApp).Assembly.GetName().Name });
        // Serve MudBlazor's and Blazor's files from their packages when not running a published build (any environment).
        StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);
        LaunchDefaults.Apply(builder);
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddJicengData();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // A YAML editor (policy draft, case file) sends its whole text in one message: room for the case-file bound
        // (CaseSetLimits.MaxFileLength characters, up to 3 bytes each in UTF-8) instead of SignalR's default 32 KB.
        services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = false)
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 256 * 1024);
        services.AddCascadingAuthenticationState();
        services.AddJicengIdentity();
        services.AddJicengAudit();
        services.AddSignInRateLimiting();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // A TLS proxy on the same machine (the only proxies trusted by default) passes on the scheme and client address.
        services.AddForwardedHeadersFromConfiguration();
        services.AddMudServices();
        // Chinese text is written as characters, not as &#x...; entities (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Malformed request bodies reach JsonBodyErrorHandler, which names the field in Chinese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ChineseProblemTitles.Apply);
        services.AddExceptionHandler<JsonBodyErrorHandler>();
        services.AddExceptionHandler<RequestLimitErrorHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddJicengOpenApi();
        services.AddHostedService<StartupTasks>();
        services.AddSingleton<PolicyProfiles>();
        services.AddSingleton<PolicyCaseSets>();
        services.AddSingleton<EvaluationService>();
        services.AddHostedService<NightlyEvaluation>();
        services.AddHostedService<StartupBanner>();

        var app = builder.Build();

        app.UseMiddleware<LastResortErrorMiddleware>();
        app.UseForwardedHeaders();
        // Before the rest, so every response gets the security headers, error pages included.
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // No stack traces reach a client, in any environment: the API answers a 500 with problem details for every method,
        // pages get the generic error page. (Re-executing /error, a page, for an API call answered a failing DELETE or
        // PUT with 405 and no details.)
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { CreateScopeForErrors = true }));
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true }));
        app.UseMiddleware<SecureTransportMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            // Only sent over HTTPS; one year.
            app.UseHsts();
        }

        app.UseRequestLocalization(Localization.UiCultures.Options());
        // Pages get the Chinese "not found" page; the API gets problem details (never an HTML page).
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status-code pages, so a re-executed /not-found (or /account/access-denied) is matched afresh.
        app.UseRouting();
        app.UseSignInRateLimiting();
        app.UseAuthentication();
        app.UseAuditActor();
        app.UseMiddleware<SameOriginWrites>();
        app.UseMiddleware<RequiredStepMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapGet("/health", () => TypedResults.Ok("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapAccountEndpoints();
        app.MapCultureSwitch();
        app.MapAuditExport();
        app.MapLedgerFiles();
        app.MapCadreListExport();
        app.MapCadreRosterExport();
        app.MapComplianceExports();
        app.MapOrgUnitExport();
        app.MapStaffingExports();
        app.MapRankListExport();
        app.MapAssessmentExports();
        app.MapMoveExports();
        app.MapRankQuotaExport();
        app.MapCapabilityExports();
        app.MapTeamBuildingExports();
        app.MapImportFiles();
        app.MapOrgRecordExports();
        app.MapDisciplineExports();
        app.MapLrmxListExport();
        app.MapBurdenExports();
        app.MapVillagePayExport();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/scalar").RequireAuthorization();
        }

        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.AddEndpointFilter<NotFoundAuditFilter>();
        api.MapOrgUnitsApi();
        api.MapCadresApi();
        api.MapLrmxApi();
        api.MapPostsApi();
        api.MapVillageCadresApi();
        api.MapPartyDevelopmentApi();
        api.MapReserveDevelopmentApi();
        api.MapMovesApi();
        api.MapApiTokensApi();
        api.MapAccountsApi();
        api.MapTermsApi();
        api.MapPolicyCasesApi();
        api.MapFindingsApi();
        api.MapStaffingApi();
        api.MapRanksApi();
        api.MapCapabilityApi();
        api.MapTeamBuildingApi();
        api.MapErrorToleranceApi();
        api.MapWellbeingApi();
        api.MapImportsApi();
        api.MapCalcApi();
        api.MapAssessmentApi();
        api.MapAssessmentSchemesApi();
        api.MapBurdenApi();
        api.MapCareApi();
        api.MapVillagePayApi();
        api.MapGuaranteesApi();

        // Pages carry [Authorize] (Components/Pages/_Imports.razor) or an explicit [AllowAnonymous].
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
}
