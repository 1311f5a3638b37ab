using System.Net;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

[Collection(WebCollection.Name)]
public sealed class SignInTests(JicengWebFactory app)
{
    private HttpClient Anonymous() => app.NewClient(handleCookies: false);

    [Theory]
    [InlineData("/")]
    [InlineData("/cadres")]
    [InlineData("/org")]
    [InlineData("/townships")]
    public async Task Pages_WithoutSignIn_RedirectToTheSignInPage(string path)
    {
        var response = await Anonymous().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/cadres")]
    [InlineData("/api/v1/org-units")]
    [InlineData("/api/v1/cadres/1")]
    public async Task Api_WithoutSignIn_Is401(string path)
    {
        var response = await Anonymous().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignInPage_And_Health_AreOpen()
    {
        var client = Anonymous();
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("基层干部激励关爱管理系统", page, StringComparison.Ordinal);
        Assert.Contains("登录", page, StringComparison.Ordinal);
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task WrongPassword_ShowsOneGenericMessage_AndSetsNoCookie()
    {
        var user = await app.DistrictUserAsync();
        var client = app.NewClient();
        var response = await JicengWebFactory.PostLoginAsync(client, user, "wrong-password-1");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", body, StringComparison.Ordinal);
        var api = await client.GetAsync(new Uri("/api/v1/cadres", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task RightPassword_SignsIn_AndPagesRenderInChinese()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("工作概览", home, StringComparison.Ordinal);
        Assert.Contains("干部名册", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var api = await client.GetAsync(new Uri("/api/v1/cadres", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
