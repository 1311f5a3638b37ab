using System.Net;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Forms without their antiforgery token are refused.</summary>
[Collection(WebCollection.Name)]
public sealed class CsrfTests(JicengWebFactory app)
{
    [Fact]
    public async Task SignOut_WithoutToken_Is400_AndTheSessionStays()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), empty, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutToken_Is400()
    {
        var user = await app.DistrictUserAsync();
        var client = app.NewClient();
        await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), TestContext.Current.CancellationToken); // has the cookie, not the field
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = user,
            ["Input.Password"] = JicengWebFactory.TestPassword,
        });
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
    }
}
