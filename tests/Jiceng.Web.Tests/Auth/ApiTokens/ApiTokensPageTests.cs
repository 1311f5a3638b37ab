using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth.ApiTokens;

/// <summary>The 访问令牌 page: the created token is shown in the answer to the form, once; revoking from the page works.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ApiTokensPageTests(JicengWebFactory app)
{
    [GeneratedRegex("id=\"new-token\"[^>]*>(jct_[A-Za-z0-9_-]+)<")]
    private static partial Regex NewToken();

    [Fact]
    public async Task CreateForm_ShowsTheTokenOnce_AndTheTokenWorks_UntilRevokedOnThePage()
    {
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-token-page", Roles.OrgDepartment));
        var created = await Auth.Forms.SubmitAsync(client, "/account/tokens", "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = "页面创建",
            ["Input.ExpiresOn"] = Tokens.Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var html = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = NewToken().Match(html);
        Assert.True(match.Success, "the new token is not shown");
        var token = match.Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(Tokens.Client(app, token), "/api/v1/org-units")).StatusCode);

        var again = await client.GetStringAsync(new Uri("/account/tokens", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(token, again, StringComparison.Ordinal);
        Assert.Contains("页面创建", again, StringComparison.Ordinal);

        var id = Regex.Match(again, "name=\"_handler\" value=\"(revoke-[0-9]+)\"").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Equal(HttpStatusCode.OK, (await Auth.Forms.SubmitAsync(client, "/account/tokens", id, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.GetAsync(Tokens.Client(app, token), "/api/v1/org-units")).StatusCode);
    }
}
