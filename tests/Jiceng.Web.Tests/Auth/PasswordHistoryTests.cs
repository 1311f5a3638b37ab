using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>The last five passwords (the current one included) cannot be chosen again; the sixth-last can.</summary>
[Collection(WebCollection.Name)]
public sealed class PasswordHistoryTests(JicengWebFactory app)
{
    [Fact]
    public async Task OneOfTheLastFive_IsRefused_TheSixthIsAllowed()
    {
        var name = await app.EnsureDistrictUserAsync("t-history", Roles.Finance);
        string[] passwords = [JicengWebFactory.TestPassword, "Hist-Pass1!", "Hist-Pass2!", "Hist-Pass3!", "Hist-Pass4!", "Hist-Pass5!"];
        await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync(name))!;
            for (var i = 1; i <= 4; i++)
            {
                Assert.True((await users.ChangePasswordAsync(user, passwords[i - 1], passwords[i])).Succeeded);
            }

            // Current: Hist-Pass4!; the last five are passwords[0..4].
            var reuse = await users.ChangePasswordAsync(user, passwords[4], passwords[0]);
            Assert.Contains(reuse.Errors, e => e.Code == "PasswordReused");
            Assert.Contains(reuse.Errors, e => e.Description.Contains("最近 5 次", StringComparison.Ordinal));

            Assert.True((await users.ChangePasswordAsync(user, passwords[4], passwords[5])).Succeeded);
            // Now the last five are passwords[1..5]: passwords[1] is refused, passwords[0] (the sixth-last) allowed.
            Assert.Contains((await users.ChangePasswordAsync(user, passwords[5], passwords[1])).Errors, e => e.Code == "PasswordReused");
            Assert.Contains((await users.ChangePasswordAsync(user, passwords[5], passwords[5])).Errors, e => e.Code == "PasswordReused");
            Assert.True((await users.ChangePasswordAsync(user, passwords[5], passwords[0])).Succeeded);
            return true;
        });
    }
}
