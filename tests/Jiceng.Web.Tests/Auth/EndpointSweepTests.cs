using System.Net;
using Jiceng.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>
/// Every endpoint in the app's endpoint data source, so routes added later are covered without touching this test.
/// Decision: every endpoint must carry an explicit mark: authorization metadata ([Authorize], RequireAuthorization,
/// a policy) or [AllowAnonymous]. The fallback policy would protect an unmarked route at runtime, but relying on it
/// silently is what this test refuses. Pages get [Authorize] from Components/Pages/_Imports.razor. The exceptions are
/// the framework's own endpoints that the app cannot mark (Blazor's circuit hub under /_blazor, its redirect helper
/// /_framework/opaque-redirect, and the static-file fallback {**path:file}); they are listed here by name, and the
/// anonymous sweep below checks that the fallback policy refuses them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EndpointSweepTests(JicengWebFactory app)
{
    private static readonly string[] FrameworkPrefixes = ["/_blazor", "/_framework/opaque-redirect", "/{**path:file}"];

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = app.Server; // starts the host
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static string RouteOf(RouteEndpoint e) => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');

    private static bool IsAnonymous(Endpoint e) => e.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static bool IsProtected(Endpoint e) => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 || e.Metadata.GetMetadata<AuthorizationPolicy>() is not null;

    private static bool IsFramework(RouteEndpoint e) => FrameworkPrefixes.Any(p => RouteOf(e).StartsWith(p, StringComparison.Ordinal));

    private static IEnumerable<string> Methods(Endpoint e) => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    [Fact]
    public void EveryEndpoint_IsExplicitlyProtected_OrExplicitlyAnonymous()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} endpoints found");
        var unmarked = endpoints.Where(e => !IsAnonymous(e) && !IsProtected(e) && !IsFramework(e))
            .Select(e => $"{string.Join(",", Methods(e))} {RouteOf(e)} ({e.DisplayName})").ToList();
        Assert.True(unmarked.Count == 0, "endpoints without [Authorize] or [AllowAnonymous]:\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void OnlyTheSignInPages_Health_Errors_TheLanguageSwitch_AndStaticFiles_AreAnonymous()
    {
        // The language switch only sets the culture cookie and redirects to a local address (UiCultureTests).
        string[] allowed = ["/account/login", "/account/login-2fa", "/health", "/error", "/not-found", "/culture/{name}"];
        var anonymous = Endpoints().Where(IsAnonymous)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .Select(RouteOf).Where(r => !allowed.Contains(r, StringComparer.Ordinal)).Distinct().ToList();
        Assert.Empty(anonymous);
    }

    [Fact]
    public async Task EveryProtectedGetRoute_RefusesAnonymousRequests()
    {
        var client = app.NewClient(handleCookies: false);
        var checkedRoutes = 0;
        foreach (var e in Endpoints().Where(e => !IsAnonymous(e) && Methods(e).Contains("GET", StringComparer.OrdinalIgnoreCase)))
        {
            var path = Sample(e.RoutePattern);
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/openapi/", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized || response.StatusCode == HttpStatusCode.Redirect && IsLogin(response),
                    $"{path}: {(int)response.StatusCode}");
                if (path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                }
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && IsLogin(response), $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
            }

            checkedRoutes++;
        }

        Assert.True(checkedRoutes > 5, $"only {checkedRoutes} GET routes checked");
    }

    [Fact]
    public async Task EveryApiGetRouteWithAnId_AuditsItsNotFound()
    {
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var routes = Endpoints().Where(e => RouteOf(e).StartsWith("/api/", StringComparison.Ordinal) && e.RoutePattern.GetParameter("id") is not null
            && Methods(e).Contains("GET", StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.True(routes.Count >= 3, $"only {routes.Count} API GET routes with an id");
        var audited = 0;
        foreach (var e in routes)
        {
            var path = Sample(e.RoutePattern).Replace("/1", "/987654321", StringComparison.Ordinal);
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                continue; // a collection under an id may answer empty; the id routes themselves must be 404
            }

            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Jiceng.Data.JicengDbContext>();
            Assert.True(db.AuditEntries.Any(a => a.UserName == user && a.RecordId == "GET " + path && a.Action == Jiceng.Data.Audit.AuditAction.AccessDenied),
                $"{path}: 404 not audited");
            audited++;
        }

        Assert.True(audited >= 2, $"only {audited} routes answered 404");
    }

    private static bool IsLogin(HttpResponseMessage r) =>
        r.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;

    /// <summary>A concrete path for a route pattern: numbers for numeric parameters, a word for the others.</summary>
    private static string Sample(RoutePattern pattern)
    {
        var parts = pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart sp => sp.Content,
            RoutePatternParameterPart pp when pp.ParameterPolicies.Any(x => x.Content is "int" or "long") => "1",
            RoutePatternParameterPart pp when pp.Name == "documentName" => "v1",
            RoutePatternParameterPart pp when pp.ParameterPolicies.Any(x => x.Content == "file") => "x.txt",
            RoutePatternParameterPart => "x",
            _ => "",
        })));
        return "/" + string.Join('/', parts);
    }
}
