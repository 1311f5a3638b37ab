using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The 简/繁 switch in the app bar, as a person uses it on a laptop and on a phone: the page comes back in Traditional
/// characters (and passes the accessibility checks), and the switch takes it back to Simplified.
/// </summary>
public sealed class LanguageSwitchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task TheSwitch_ShowsThePageInTraditional_AndBack(int width)
    {
        var page = await browser.NewSignedInPageAsync("/cadres", width, 800);
        try
        {
            await page.Locator("a.cadre-link").First.WaitForAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameString = "切换为繁体中文显示" }).ClickAsync();
            await page.WaitForURLAsync("**/cadres");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hant");
            await Assertions.Expect(page.Locator(".app-title")).ToHaveTextAsync("基層幹部激勵關愛管理系統");
            await page.Locator("a.cadre-link").First.WaitForAsync();
            await BrowserFixture.SaveAsync(page, $"language-traditional-{width}", fullPage: false);
            Assert.Empty(await AccessibilityCheck.ViolationsAsync(page));

            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameString = "切換爲簡體中文顯示" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Assertions.Expect(page.Locator(".app-title")).ToHaveTextAsync("基层干部激励关爱管理系统");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, $"failure-language-{width}");
            throw;
        }
    }
}
