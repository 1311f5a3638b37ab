using System.Net;
using System.Text.RegularExpressions;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;

namespace Jiceng.Web.Tests.Accounts;

/// <summary>Signs accounts in the way their people do: a one-time password replaced at first sign-in, and an administrator's authenticator enrolled.</summary>
public static partial class AccountSessions
{
    public const string ChosenPassword = "Chosen-Passw0rd!";

    /// <summary>Signs in and completes whatever the account must do first; returns the client and the authenticator key (administrators).</summary>
    public static async Task<(HttpClient Client, string? Key)> FirstSignInAsync(JicengWebFactory app, string userName, string password)
    {
        var client = app.NewClient();
        var response = await JicengWebFactory.PostLoginAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (Forms.RedirectTarget(await Forms.GetAsync(client, "/")) == "/account/change-password")
        {
            var changed = await Forms.SubmitAsync(client, "/account/change-password", "change-password", new Dictionary<string, string>
            {
                ["Input.Current"] = password,
                ["Input.New"] = ChosenPassword,
                ["Input.Confirm"] = ChosenPassword,
            });
            Assert.Equal("/", Forms.RedirectTarget(changed));
        }

        string? key = null;
        if (Forms.RedirectTarget(await Forms.GetAsync(client, "/")) == "/account/two-factor")
        {
            key = await EnrolAsync(client);
        }

        Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(client, "/")).StatusCode);
        return (client, key);
    }

    /// <summary>Enrols an authenticator on the two-factor page; returns its key.</summary>
    public static async Task<string> EnrolAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative), TestContext.Current.CancellationToken);
        var key = Forms.ElementText(page, "shared-key").Replace(" ", "", StringComparison.Ordinal);
        await Forms.SubmitAsync(client, "/account/two-factor", "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        return key;
    }

    /// <summary>The recovery codes a page shows.</summary>
    public static IReadOnlyList<string> RecoveryCodes(string page)
    {
        var list = RecoveryList().Match(page);
        return list.Success ? CodeItem().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value).ToList() : [];
    }

    [GeneratedRegex("id=\"recovery-codes\"[^>]*>(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex RecoveryList();

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex CodeItem();
}
