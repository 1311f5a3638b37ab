namespace Jiceng.E2E;

/// <summary>The 访问令牌 page in a real browser: a token is created and shown once, and the page fits a phone.</summary>
public sealed class ApiTokensPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CreatingAToken_ShowsItOnce_OnAPhoneScreen()
    {
        var page = await browser.NewSignedInPageAsync("/account/tokens", width: 390, height: 844);
        await page.FillAsync("#token-name", "月报脚本");
        await page.ClickAsync("button[type=submit].primary-button");
        var token = await page.Locator("#new-token").TextContentAsync();
        Assert.StartsWith("jct_", token, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".token-item").Filter(new() { HasText = "月报脚本" }).CountAsync());

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await BrowserFixture.SaveAsync(page, "phone-api-tokens");
        Assert.True(overflow <= 0, $"the tokens page is {overflow}px wider than the screen");

        await page.GotoAsync($"{browser.BaseUrl}/account/tokens");
        Assert.Equal(0, await page.Locator("#new-token").CountAsync());
    }
}
