using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The policy page's 政策用例 tab: the shipped cases load, run and pass; one expected value changed by hand fails with
/// its difference under the case. Screenshots at 1280 and 360 px (artifacts/screenshots/look-policy-cases-*.png),
/// no sideways scrolling, axe-core WCAG 2.1 AA.
/// </summary>
public sealed class PolicyCasesTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task TheShippedCases_Pass_AndAChangedExpectation_FailsWithItsDifference(int width)
    {
        var page = await browser.NewSignedInPageAsync("/policy", width, 800);
        var problems = new List<string>();
        try
        {
            await OpenCasesTabAsync(page);
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameString = "r4.2-post-tenure.yaml" }).ClickAsync();
            await page.Locator("#cases-run").ClickAsync();
            var summary = page.Locator("#cases-summary");
            await Assertions.Expect(summary).ToContainTextAsync("/ 0 未通过", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
            await Assertions.Expect(page.Locator(".case-table tr.case-passed").First).ToContainTextAsync("通过");
            await ScrollToTopAsync(page, "#cases-target");
            await PageLookTests.CheckAsync(page, $"policy-cases-{width}", problems, fullPage: false);

            var editor = page.Locator(":is(textarea#cases-yaml, #cases-yaml textarea)").First;
            var yaml = await editor.InputValueAsync();
            Assert.Contains("due: 2020-07-01, required", yaml, StringComparison.Ordinal);
            await editor.FillAsync(yaml.Replace("due: 2020-07-01, required", "due: 2020-08-01, required", StringComparison.Ordinal));
            await editor.PressAsync("Tab");
            await page.Locator("#cases-run").ClickAsync();
            await Assertions.Expect(summary).ToContainTextAsync("/ 1 未通过", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
            var failed = page.Locator(".case-table tr.case-failed");
            await Assertions.Expect(failed).ToContainTextAsync("满5年当日应调整");
            await Assertions.Expect(failed).ToContainTextAsync("未通过");
            await Assertions.Expect(page.Locator(".case-table tr.case-differences")).ToContainTextAsync("2020-08-01");
            await failed.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
            await PageLookTests.CheckAsync(page, $"policy-cases-failure-{width}", problems, fullPage: false);
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, $"failure-policy-cases-{width}");
            throw;
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // The screenshot shows the results, not the long editor above them.
    private static Task ScrollToTopAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");

    /// <summary>Opens the tab, then clicks 载入随附用例 until the page is interactive and the shipped files show.</summary>
    private static async Task OpenCasesTabAsync(IPage page)
    {
        var load = page.Locator("#cases-load-shipped");
        await PageLookTests.OpenTabAsync(page, "政策用例", load);
        for (var i = 0; i < 40 && await page.Locator(".case-files button").CountAsync() == 0; i++)
        {
            await load.ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }
    }
}
