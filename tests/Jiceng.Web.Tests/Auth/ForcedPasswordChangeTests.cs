using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>A user who must change the password (first sign-in, reset) reaches nothing else until they do.</summary>
[Collection(WebCollection.Name)]
public sealed class ForcedPasswordChangeTests(JicengWebFactory app)
{
    [Fact]
    public async Task FirstSignIn_LeadsToTheChangePage_UntilChanged()
    {
        var name = await app.EnsureDistrictUserAsync("t-firstlogin", Roles.OrgDepartment);
        await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync(name))!;
            user.MustChangePassword = true;
            return await users.UpdateAsync(user);
        });

        var client = await app.SignedInClientAsync(name);
        Assert.Equal("/account/change-password", Forms.RedirectTarget(await Forms.GetAsync(client, "/")));
        Assert.Equal("/account/change-password", Forms.RedirectTarget(await Forms.GetAsync(client, "/cadres")));
        var api = await Forms.GetAsync(client, "/api/v1/cadres");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("修改密码", await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var page = await Forms.GetAsync(client, "/account/change-password");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("请先设置自己的新密码", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // A password breaking the rules is refused with the reason, in Chinese.
        var weak = await Forms.SubmitAsync(client, "/account/change-password", "change-password", Fields(JicengWebFactory.TestPassword, "a123456"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码至少需要 8 个字符", await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var changed = await Forms.SubmitAsync(client, "/account/change-password", "change-password", Fields(JicengWebFactory.TestPassword, "New-Passw0rd!"));
        Assert.Equal("/", Forms.RedirectTarget(changed));
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/api/v1/cadres")).StatusCode);
        Assert.False(await app.WithUsersAsync(async users => (await users.FindByNameAsync(name))!.MustChangePassword));
    }

    private static Dictionary<string, string> Fields(string current, string next) => new()
    {
        ["Input.Current"] = current,
        ["Input.New"] = next,
        ["Input.Confirm"] = next,
    };
}
