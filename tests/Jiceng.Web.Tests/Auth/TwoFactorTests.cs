using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Administrators must enrol an authenticator (TOTP) before anything else, and then sign in with a code.</summary>
[Collection(WebCollection.Name)]
public sealed class TwoFactorTests(JicengWebFactory app)
{
    [Fact]
    public async Task Admin_WithoutAuthenticator_MustEnrol_ThenSignsInWithACode()
    {
        var name = await app.EnsureDistrictUserAsync("t-secadmin", Roles.SecurityAdmin);
        var client = await app.SignedInClientAsync(name);
        Assert.Equal("/account/two-factor", Forms.RedirectTarget(await Forms.GetAsync(client, "/")));
        Assert.Equal("/account/two-factor", Forms.RedirectTarget(await Forms.GetAsync(client, "/cadres")));
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);

        var page = await client.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative), TestContext.Current.CancellationToken);
        var key = Forms.ElementText(page, "shared-key").Replace(" ", "", StringComparison.Ordinal);
        var uri = Forms.ElementText(page, "otpauth-uri");
        Assert.StartsWith("otpauth://totp/", uri, StringComparison.Ordinal);
        Assert.Contains("secret=" + key.ToUpperInvariant(), uri, StringComparison.Ordinal);
        // Showing the page does not end the session.
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/account/two-factor")).StatusCode);

        var wrong = await Forms.SubmitAsync(client, "/account/two-factor", "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("/account/two-factor", Forms.RedirectTarget(await Forms.GetAsync(client, "/")));

        var enrolled = await Forms.SubmitAsync(client, "/account/two-factor", "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        // Enrolled: the recovery codes are shown this once.
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(10, Accounts.AccountSessions.RecoveryCodes(await enrolled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Count);
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/org-units")).StatusCode);

        // Next sign-in: the password alone is not enough.
        var next = app.NewClient();
        var password = await JicengWebFactory.PostLoginAsync(next, name, JicengWebFactory.TestPassword);
        Assert.StartsWith("/account/login-2fa", Forms.RedirectTarget(password), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.GetAsync(next, "/api/v1/org-units")).StatusCode);
        var bad = await Forms.SubmitAsync(next, "/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("验证码错误", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var good = await Forms.SubmitAsync(next, "/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal("/", Forms.RedirectTarget(good));
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(next, "/api/v1/org-units")).StatusCode);
    }

    [Fact]
    public async Task SecondFactorPage_WithoutAPassword_SendsToSignIn()
    {
        var response = await Forms.GetAsync(app.NewClient(), "/account/login-2fa");
        Assert.Equal("/account/login", Forms.RedirectTarget(response));
    }

    [Fact]
    public async Task OtherUsers_AreOffered_NotForced()
    {
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-offered", Roles.Finance));
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/")).StatusCode);
        var page = await client.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("otpauth://totp/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("管理员账号必须启用", page, StringComparison.Ordinal);
    }

    // A code that is valid for no nearby time step.
    private static string WrongCode(string key)
    {
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }
}
