using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Tests.Accounts;

namespace Jiceng.Web.Tests.Auth;

/// <summary>An authenticator code counts once (ASVS 2.8.4): seen once, it opens no second sign-in, nor does any earlier code.</summary>
[Collection(WebCollection.Name)]
public sealed class TotpReplayTests(JicengWebFactory app)
{
    [Fact]
    public async Task ACodeAcceptedInOneSignIn_IsRefusedInTheNext_ALaterCodeIsAccepted()
    {
        var name = await app.EnsureDistrictUserAsync("t-replay", Roles.AuditAdmin);
        var (_, key) = await AccountSessions.FirstSignInAsync(app, name, JicengWebFactory.TestPassword);
        var code = Totp.Code(key!, DateTimeOffset.UtcNow.AddSeconds(30));

        Assert.Equal("/", Forms.RedirectTarget(await SecondFactorAsync(name, code)));
        var replay = await SecondFactorAsync(name, code);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("验证码错误", await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        // The enrolment's own code (an earlier time step) is refused too.
        Assert.Equal(HttpStatusCode.OK, (await SecondFactorAsync(name, Totp.Code(key!, DateTimeOffset.UtcNow))).StatusCode);

        Assert.Equal("/", Forms.RedirectTarget(await SecondFactorAsync(name, Totp.Code(key!, DateTimeOffset.UtcNow.AddSeconds(60)))));
    }

    private async Task<HttpResponseMessage> SecondFactorAsync(string name, string code)
    {
        var client = app.NewClient();
        var password = await JicengWebFactory.PostLoginAsync(client, name, JicengWebFactory.TestPassword);
        Assert.StartsWith("/account/login-2fa", Forms.RedirectTarget(password), StringComparison.Ordinal);
        return await Forms.SubmitAsync(client, "/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = code });
    }
}
