using System.Net;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Localization;

/// <summary>
/// The 简/繁 switch: <c>/culture/zh-Hant</c> remembers Traditional in the culture cookie and goes back; pages then
/// speak Traditional and say so in <c>lang</c>; a browser asking for zh-TW gets Traditional too; only local return
/// addresses are followed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UiCultureTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SwitchingToTraditional_SetsTheCookie_AndTheNextPageIsTraditional_AndBackAgain()
    {
        var client = app.NewClient();
        var before = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        Assert.Contains("<html lang=\"zh-CN\"", before, StringComparison.Ordinal);
        Assert.Contains("基层干部激励关爱管理系统", before, StringComparison.Ordinal);

        var switched = await client.GetAsync(new Uri("/culture/zh-Hant?returnUrl=%2Faccount%2Flogin", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var after = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        Assert.Contains("<html lang=\"zh-Hant\"", after, StringComparison.Ordinal);
        Assert.Contains("基層幹部激勵關愛管理系統", after, StringComparison.Ordinal);
        Assert.DoesNotContain("基层干部激励关爱管理系统", after, StringComparison.Ordinal);

        await client.GetAsync(new Uri("/culture/zh-CN?returnUrl=%2Faccount%2Flogin", UriKind.Relative), Ct);
        var back = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        Assert.Contains("基层干部激励关爱管理系统", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrowserAskingForTaiwanOrHongKongChinese_GetsTraditional_AndMainlandBrowsersSimplified()
    {
        foreach (var (language, title) in new[] { ("zh-TW", "基層幹部激勵關愛管理系統"), ("zh-HK", "基層幹部激勵關愛管理系統"), ("zh-CN,zh;q=0.9", "基层干部激励关爱管理系统"), ("en-US", "基层干部激励关爱管理系统") })
        {
            var client = app.NewClient();
            client.DefaultRequestHeaders.Add("Accept-Language", language);
            Assert.Contains(title, await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task AForeignReturnAddress_GoesHomeInstead(string returnUrl)
    {
        var response = await app.NewClient().GetAsync(new Uri($"/culture/zh-Hant?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnUnknownLanguage_IsNotFound_AndSetsNothing()
    {
        var response = await app.NewClient().GetAsync(new Uri("/culture/en-US", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }
}
