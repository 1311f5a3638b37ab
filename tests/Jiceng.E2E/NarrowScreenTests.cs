using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>Village staff often have only a phone: the main pages fit a 390-pixel screen without sideways scrolling.</summary>
public sealed class NarrowScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MainPages_FitAPhoneScreen()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 390, height: 844);
        foreach (var (path, name, ready) in new[]
        {
            ("/", "phone-home", ".stat-card"),
            ("/cadres", "phone-cadres", "a.cadre-link"),
            ("/compliance", "phone-compliance", "#by-township"),
            ("/townships", "phone-townships", "table tbody tr"),
            ("/org", "phone-org", ".org-tree"),
        })
        {
            await page.GotoAsync($"{browser.BaseUrl}{path}");
            await page.Locator(ready).First.WaitForAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, name, fullPage: false);
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the screen");
        }
    }
}
