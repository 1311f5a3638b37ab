using System.Net;
using System.Text.RegularExpressions;
using Jiceng.Testing;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Security headers on pages and API responses; cookie attributes as the browser receives them.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeadersTests(JicengWebFactory app)
{
    private static void AssertSecurityHeaders(HttpResponseMessage r)
    {
        var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self' 'nonce-", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(r.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(r.Headers.GetValues("Referrer-Policy")));
        Assert.True(r.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task Page_HasTheHeaders_AndItsInlineScriptCarriesTheNonce()
    {
        var response = await Forms.GetAsync(app.NewClient(), "/account/login");
        AssertSecurityHeaders(response);
        var nonce = Regex.Match(string.Join(";", response.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var inline = Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>");
        Assert.NotEmpty(inline); // the import map
        foreach (Match script in inline)
        {
            Assert.Contains($"nonce=\"{nonce}\"", System.Net.WebUtility.HtmlDecode(script.Value), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignedInPage_And_Api_HaveTheHeaders()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        AssertSecurityHeaders(await Forms.GetAsync(client, "/"));
        AssertSecurityHeaders(await Forms.GetAsync(client, "/api/v1/cadres"));
        AssertSecurityHeaders(await Forms.GetAsync(app.NewClient(), "/api/v1/cadres"));
    }

    [Fact]
    public async Task Hsts_OneYear_OverHttps_Only()
    {
        var https = app.CreateClient(new() { BaseAddress = new Uri("https://jiceng.example"), AllowAutoRedirect = false });
        var response = await https.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        var http = app.CreateClient(new() { BaseAddress = new Uri("http://jiceng.example"), AllowAutoRedirect = false });
        Assert.False((await http.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken)).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cookies_AreHostPrefixed_Secure_HttpOnly_SameSiteStrict()
    {
        var client = app.NewClient();
        var page = await Forms.GetAsync(client, "/account/login");
        var signIn = await JicengWebFactory.PostLoginAsync(client, await app.DistrictUserAsync(), JicengWebFactory.TestPassword);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(CookieNames.Antiforgery + "=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(CookieNames.Session + "=", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=strict", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain", StringComparison.Ordinal));
        }
    }
}
