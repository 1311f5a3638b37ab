using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Everything that depends on time, on a clock the test moves: password expiry, lockout, idle and absolute session limits.</summary>
[Collection(ClockedCollection.Name)]
public sealed class ClockTests(ClockedWebFactory app)
{
    [Fact]
    public async Task Password_ValidOnDay90_ForcedChangeOnDay91()
    {
        var name = await app.EnsureDistrictUserAsync("t-expiry", Roles.OrgDepartment);
        app.Time.Advance(TimeSpan.FromDays(90));
        var day90 = await app.SignedInClientAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(day90, "/")).StatusCode);

        app.Time.Advance(TimeSpan.FromDays(1));
        var day91 = await app.SignedInClientAsync(name);
        Assert.Equal("/account/change-password", Forms.RedirectTarget(await Forms.GetAsync(day91, "/")));
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.GetAsync(day91, "/api/v1/cadres")).StatusCode);
        var page = await (await Forms.GetAsync(day91, "/account/change-password")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("密码已过期", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["Input.Current"] = JicengWebFactory.TestPassword, ["Input.New"] = "Renewed-Pass1!", ["Input.Confirm"] = "Renewed-Pass1!" };
        Assert.Equal("/", Forms.RedirectTarget(await Forms.SubmitAsync(day91, "/account/change-password", "change-password", fields)));
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(day91, "/")).StatusCode);
    }

    [Fact]
    public async Task Lockout_AfterFiveFailures_RefusesTheRightPassword_UntilFifteenMinutesPass()
    {
        var name = await app.EnsureDistrictUserAsync("t-lockout", Roles.OrgDepartment);
        var client = app.NewClient();
        string? wrongMessage = null;
        for (var i = 0; i < 5; i++)
        {
            var wrong = await JicengWebFactory.PostLoginAsync(client, name, "Wrong-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            wrongMessage = Forms.ElementText(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "login-error");
        }

        var locked = await JicengWebFactory.PostLoginAsync(client, name, JicengWebFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        // The same generic message while locked: the page does not tell a locked account from a wrong password.
        Assert.Equal(wrongMessage, Forms.ElementText(await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "login-error"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.GetAsync(client, "/api/v1/cadres")).StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await JicengWebFactory.PostLoginAsync(client, name, JicengWebFactory.TestPassword)).StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await JicengWebFactory.PostLoginAsync(client, name, JicengWebFactory.TestPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/cadres")).StatusCode);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyIdleMinutes_AndSlidesWhileUsed()
    {
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-idle", Roles.OrgDepartment));
        for (var i = 0; i < 3; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
        }

        // The interactive pages' keep-alive renews the cookie like any request.
        app.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.NoContent, (await Forms.GetAsync(client, "/account/keepalive")).StatusCode);
        app.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
        Assert.Equal("/account/login", Forms.RedirectTarget(await Forms.GetAsync(client, "/account/keepalive"))?.Split('?')[0]);
    }

    [Fact]
    public async Task Session_EndsAfterEightHours_HoweverActive()
    {
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-absolute", Roles.OrgDepartment));
        var elapsed = TimeSpan.Zero;
        while (elapsed + TimeSpan.FromMinutes(20) <= TimeSpan.FromHours(8))
        {
            app.Time.Advance(TimeSpan.FromMinutes(20));
            elapsed += TimeSpan.FromMinutes(20);
            Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
        }

        app.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);
    }
}
