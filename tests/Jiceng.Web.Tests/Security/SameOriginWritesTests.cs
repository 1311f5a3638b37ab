using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth.ApiTokens;

namespace Jiceng.Web.Tests.Security;

/// <summary>
/// A write to the API with the session cookie must come from the app's own origin (Sec-Fetch-Site or Origin);
/// a write with a personal API token needs neither. The write is a delete of a unit that does not exist: accepted
/// means 404, refused means 403.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SameOriginWritesTests(JicengWebFactory app)
{
    private const string Write = "/api/v1/org-units/999999";

    [Theory]
    [InlineData(null, null, HttpStatusCode.Forbidden)]
    [InlineData("https://evil.example", null, HttpStatusCode.Forbidden)]
    [InlineData("https://localhost:8443", null, HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", null, HttpStatusCode.Forbidden)]
    [InlineData("null", null, HttpStatusCode.Forbidden)]
    [InlineData(null, "cross-site", HttpStatusCode.Forbidden)]
    [InlineData(null, "same-site", HttpStatusCode.Forbidden)]
    [InlineData("https://localhost", "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("https://localhost", null, HttpStatusCode.NotFound)]
    [InlineData(null, "same-origin", HttpStatusCode.NotFound)]
    [InlineData("https://localhost", "same-origin", HttpStatusCode.NotFound)]
    public async Task CookieWrite_IsAccepted_OnlyFromTheAppsOwnOrigin(string? origin, string? fetchSite, HttpStatusCode expected)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        client.DefaultRequestHeaders.Remove("Origin");
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(Write, UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        Assert.Equal(expected, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task CookieRead_NeedsNoOrigin()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        client.DefaultRequestHeaders.Remove("Origin");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/org-units", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://evil.example")]
    public async Task TokenWrite_IsExempt(string? origin)
    {
        var (_, token) = await Tokens.CreateAsync(app, await app.EnsureDistrictUserAsync("t-origin-token", Roles.OrgDepartment));
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(Write, UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Tokens.Client(app, token).SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }
}
