using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Authenticator keys and recovery codes are stored encrypted with the field-encryption keys, never as the secret itself.</summary>
[Collection(WebCollection.Name)]
public sealed class AuthenticatorSecretsTests(JicengWebFactory app)
{
    [Fact]
    public async Task TheAuthenticatorKeyAndRecoveryCodes_AreStoredEncrypted_AndStillWork()
    {
        var name = await app.EnsureDistrictUserAsync("t-seed", Roles.SecurityAdmin);
        var (_, key) = await AccountSessions.FirstSignInAsync(app, name, JicengWebFactory.TestPassword);
        var codes = await app.WithUsersAsync(async users => (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByNameAsync(name))!, 3))!.ToList());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var userId = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var stored = await db.UserTokens.Where(t => t.UserId == userId).ToDictionaryAsync(t => t.Name, t => t.Value ?? "", TestContext.Current.CancellationToken);

        Assert.StartsWith("v", stored["AuthenticatorKey"], StringComparison.Ordinal);
        Assert.DoesNotContain(key!, stored["AuthenticatorKey"], StringComparison.OrdinalIgnoreCase);
        Assert.All(codes, c => Assert.DoesNotContain(c, stored["RecoveryCodes"], StringComparison.Ordinal));
        Assert.Equal(key, await app.WithUsersAsync(async users => await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync(name))!)), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(3, await app.WithUsersAsync(async users => await users.CountRecoveryCodesAsync((await users.FindByNameAsync(name))!)));
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        var name = await app.EnsureDistrictUserAsync("t-recovery", Roles.AuditAdmin);
        await AccountSessions.FirstSignInAsync(app, name, JicengWebFactory.TestPassword);
        var code = await app.WithUsersAsync(async users => (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByNameAsync(name))!, 2))!.First());

        Assert.Equal("/", Forms.RedirectTarget(await SecondFactorAsync(name, code)));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await SecondFactorAsync(name, code)).StatusCode);
    }

    private async Task<HttpResponseMessage> SecondFactorAsync(string name, string code)
    {
        var client = app.NewClient();
        await JicengWebFactory.PostLoginAsync(client, name, JicengWebFactory.TestPassword);
        return await Forms.SubmitAsync(client, "/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = code });
    }
}
