using Jiceng.Data.Demo;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 五's list pages in the browser on the demo district, as the organization department: /awards,
/// /village-fund, /assessment/schemes and /assessment/townships show the demo records, pass axe and fit 1280 px and
/// 360 px; the scheme form refuses weights not summing to 100 naming the field.
/// </summary>
public sealed class AssessmentPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    [Fact]
    public async Task TheClauseFivePages_ShowTheDemoData_PassAxe_AndFitBothWidths()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        (string Path, string Name, string Ready)[] pages =
        [
            ($"/awards?year={Year}", "awards", "防汛抢险嘉奖"),
            ($"/village-fund?year={Year}", "village-fund", "R5.2"),
            ("/assessment/schemes", "assessment-schemes", "乡镇（街道）年度综合考核方案（农业型）"),
            ($"/assessment/townships?year={Year}", "assessment-townships", "89.05"),
        ];
        try
        {
            foreach (var (path, name, ready) in pages)
            {
                await page.SetViewportSizeAsync(1280, 900);
                await page.GotoAsync($"{browser.BaseUrl}{path}");
                await Assertions.Expect(page.Locator(".mud-main-content")).ToContainTextAsync(ready, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
                if (name == "assessment-townships")
                {
                    await ClickUntilVisibleAsync(page, page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameString = "查看" }).First, page.Locator("#ta-total"));
                    await Assertions.Expect(page.Locator("#ta-total")).ToContainTextAsync("方案得分", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
                }

                await BrowserFixture.SaveAsync(page, $"{name}-1280");
                var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
                Assert.True(violations.Count == 0, $"{path}: " + string.Join(Environment.NewLine, violations));

                await page.SetViewportSizeAsync(360, 780);
                await page.WaitForTimeoutAsync(300);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                await BrowserFixture.SaveAsync(page, $"{name}-360", fullPage: false);
                Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
            }

            // The scheme form: one indicator of weight 60 is refused, naming the weights' sum.
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/assessment/schemes");
            await ClickUntilVisibleAsync(page, page.Locator("#schemes-add"), page.Locator("#scheme-form"));
            await page.Locator("#scheme-category").FillAsync("测试型");
            await page.Locator("#scheme-name").FillAsync("测试方案");
            await page.Locator("#indicator-0-name").FillAsync("党的建设");
            await page.Locator("#indicator-0-weight").FillAsync("60");
            await page.Locator("#indicator-0-weight").BlurAsync();
            await page.Locator("#save-scheme").ClickAsync();
            await Assertions.Expect(page.Locator("#scheme-error-indicators")).ToContainTextAsync("考核指标权重合计：应为100%，现为60%", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "assessment-schemes-form-1280");
            var formViolations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(formViolations.Count == 0, string.Join(Environment.NewLine, formViolations));
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-assessment-pages");
            throw;
        }
    }

    [Fact]
    public async Task ATownshipAssessment_IsRecorded_AndItsFeedbackEntered_InTheBrowser()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        try
        {
            // The demo records assessments for the data year and the one before: two years back, every township is unrecorded.
            await page.GotoAsync($"{browser.BaseUrl}/assessment/townships?year={Year - 2}");
            var add = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^录入考核") }).First;
            await Assertions.Expect(add).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            await ClickUntilVisibleAsync(page, add, page.Locator("#ta-add"));

            // The category is required: saving without it names the field.
            await page.Locator("#ta-add-save").ClickAsync();
            await Assertions.Expect(page.Locator("#ta-add")).ToContainTextAsync("乡镇类别：必填", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await page.Locator("#ta-add-category").FillAsync("农业型");
            await page.Locator("#ta-add-category").BlurAsync();
            await page.Locator("#ta-add-save").ClickAsync();
            await Assertions.Expect(page.Locator("#ta-detail")).ToContainTextAsync("农业型", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

            // A score above 100 is refused naming the field; a valid entry is listed and counted.
            await page.Locator("#ta-fb-respondents").FillAsync("30");
            await page.Locator("#ta-fb-score").FillAsync("101");
            await page.Locator("#ta-fb-collected").FillAsync($"{Year - 2}-06-01");
            await page.Locator("#ta-fb-collected").BlurAsync();
            await page.Locator("#ta-fb-score").BlurAsync();
            await page.Locator("#ta-fb-save").ClickAsync();
            await Assertions.Expect(page.Locator("#ta-detail")).ToContainTextAsync("平均分：应在0至100之间", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await page.Locator("#ta-fb-score").FillAsync("92.5");
            await page.Locator("#ta-fb-score").BlurAsync();
            await page.Locator("#ta-fb-save").ClickAsync();
            await Assertions.Expect(page.Locator(".ta-feedback")).ToContainTextAsync("92.5", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".ta-list")).Not.ToContainTextAsync("缺少多元评价", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "assessment-townships-feedback-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "assessment-townships-feedback-360", fullPage: false);
            Assert.True(overflow <= 0, $"the township assessment form is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-assessment-townships-feedback");
            throw;
        }
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
