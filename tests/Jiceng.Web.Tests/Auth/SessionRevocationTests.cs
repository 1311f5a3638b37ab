using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>A session ends at once, even for a copy of its cookie, on sign-out, disable and role change.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionRevocationTests(JicengWebFactory app)
{
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string name)
    {
        var client = app.NewClient();
        var response = await JicengWebFactory.PostLoginAsync(client, name, JicengWebFactory.TestPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Forms.SessionCookie(response);
        Assert.Equal(HttpStatusCode.OK, (await Forms.ReplayAsync(app, cookie, "/api/v1/org-units")).StatusCode);
        return (client, cookie);
    }

    [Fact]
    public async Task SignOut_MakesACopiedCookieWorthless()
    {
        var (client, cookie) = await SignInAsync(await app.EnsureDistrictUserAsync("t-signout", Roles.OrgDepartment));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = JicengWebFactory.AntiforgeryToken(home) });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form, TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.ReplayAsync(app, cookie, "/api/v1/org-units")).StatusCode);
        Assert.Equal("/account/login", Forms.RedirectTarget(await Forms.ReplayAsync(app, cookie, "/"))?.Split('?')[0]);
    }

    [Fact]
    public async Task Disable_EndsTheSession_AndBlocksSignIn()
    {
        var name = await app.EnsureDistrictUserAsync("t-disable", Roles.OrgDepartment);
        var (client, cookie) = await SignInAsync(name);
        await app.WithUsersAsync(async users => await users.SetDisabledAsync((await users.FindByNameAsync(name))!, true));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.ReplayAsync(app, cookie, "/api/v1/org-units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await JicengWebFactory.PostLoginAsync(app.NewClient(), name, JicengWebFactory.TestPassword)).StatusCode);

        await app.WithUsersAsync(async users => await users.SetDisabledAsync((await users.FindByNameAsync(name))!, false));
        await SignInAsync(name);
    }

    [Fact]
    public async Task RoleChange_EndsTheSession()
    {
        var name = await app.EnsureDistrictUserAsync("t-rolechange", Roles.OrgDepartment);
        var (_, cookie) = await SignInAsync(name);
        var added = await app.WithUsersAsync(async users => await users.AddToRoleAsync((await users.FindByNameAsync(name))!, Roles.Finance));
        Assert.True(added.Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.ReplayAsync(app, cookie, "/api/v1/org-units")).StatusCode);

        var (_, second) = await SignInAsync(name);
        await app.WithUsersAsync(async users => await users.RemoveFromRoleAsync((await users.FindByNameAsync(name))!, Roles.Finance));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.ReplayAsync(app, second, "/api/v1/org-units")).StatusCode);
    }
}
