using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 八's village cadre pay page (/village-cadres/pay) in the browser as the organization department: the demo's
/// standards and the first township's sheet show, pass axe and fit 1280 px and 360 px; a standard is refused with a
/// Chinese field error, then recorded; a payment line is recorded for a cadre and listed.
/// </summary>
public sealed class VillagePayPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Long = new() { Timeout = 30_000 };

    [Fact]
    public async Task AStandardAndAPayment_AreRecordedInTheBrowser_AndThePageFitsBothWidths()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/village-cadres/pay");
            await Assertions.Expect(page.Locator(".standard-list")).ToContainTextAsync("3,200.00", Long);
            await Assertions.Expect(page.Locator(".pay-sheet").First).ToContainTextAsync("元/月", Long);
            await BrowserFixture.SaveAsync(page, "village-pay-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "village-pay-360", fullPage: false);
            Assert.True(overflow <= 0, $"/village-cadres/pay is {overflow}px wider than a 360px screen");
            await page.SetViewportSizeAsync(1280, 900);

            // A standard: a negative amount is refused naming the field; then a 2020 members' standard is recorded.
            await ClickUntilVisibleAsync(page, page.Locator("#standard-add"), page.Locator("#standard-form"));
            var form = page.Locator("#standard-form");
            await PickAsync(page, form, "岗位", "其他村“两委”成员");
            await page.Locator("#standard-amount").FillAsync("-1");
            await page.Locator("#standard-amount").BlurAsync();
            await page.Locator("#standard-from").FillAsync("2020-01-01");
            await page.Locator("#standard-to").FillAsync("2020-12-31");
            await page.Locator("#standard-document").FillAsync("平组发〔2020〕1号");
            await page.Locator("#standard-document").BlurAsync();
            await page.Locator("#save-standard").ClickAsync();
            await Assertions.Expect(form).ToContainTextAsync("月基本报酬（元）：应为不小于0的金额", Long);
            await page.Locator("#standard-amount").FillAsync("1200");
            await page.Locator("#standard-amount").BlurAsync();
            await page.Locator("#save-standard").ClickAsync();
            await Assertions.Expect(page.Locator(".standard-list")).ToContainTextAsync("2020-01-01 — 2020-12-31", Long);

            // A payment for the first cadre of the sheet: this month's remuneration, listed among the year's lines.
            await ClickUntilVisibleAsync(page, page.Locator(".record-payment").First, page.Locator("#payment-form"));
            await page.Locator("#payment-amount").FillAsync("3210.5");
            await page.Locator("#payment-amount").BlurAsync();
            await page.Locator("#payment-note").FillAsync("E2E");
            await page.Locator("#payment-note").BlurAsync();
            await BrowserFixture.SaveAsync(page, "village-pay-payment-form-1280");
            var formViolations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(formViolations.Count == 0, string.Join(Environment.NewLine, formViolations));
            await page.Locator("#save-payment").ClickAsync();
            await Assertions.Expect(page.Locator(".payment-lines")).ToContainTextAsync("3,210.50", Long);
            await Assertions.Expect(page.Locator("#payment-form")).ToHaveCountAsync(0);
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-village-pay");
            throw;
        }
    }

    private static async Task PickAsync(IPage page, ILocator form, string label, string option)
    {
        var select = form.Locator(".mud-select", new LocatorLocatorOptions { HasTextString = label }).First;
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(select.Locator("input").First).ToHaveValueAsync(new Regex(".+"));
    }

    /// <summary>Clicks until the target shows: the first clicks may land before the page's circuit is interactive.</summary>
    private static async Task ClickUntilVisibleAsync(IPage page, ILocator button, ILocator target)
    {
        for (var i = 0; i < 40 && !await target.IsVisibleAsync(); i++)
        {
            try
            {
                await button.ClickAsync(new LocatorClickOptions { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
            }

            await page.WaitForTimeoutAsync(500);
        }
    }
}
