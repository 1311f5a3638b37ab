using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 六 in the browser, as the organization department, on the demo district: the township burden view (bars,
/// the township over the cap, the R6 findings), the tasks page, and the inspection plan where a proposed item is
/// approved with a click; at 1280 and 360 px, each passing axe.
/// </summary>
public sealed class BurdenPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<int> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    private static async Task NoAxeViolationsAsync(IPage page, string within)
    {
        var violations = await AccessibilityCheck.ViolationsAsync(page, within);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task TheBurdenPages_ShowThePlantedBurden_AndAProposedPlanItemIsApprovedInTheBrowser()
    {
        var page = await browser.NewSignedInPageAsync("/burden", width: 1280, height: 900);
        try
        {
            var wait = new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 };
            await Assertions.Expect(page.Locator(".burden-row")).ToHaveCountAsync(2, wait);
            await Assertions.Expect(page.Locator(".burden-over")).ToHaveCountAsync(1, wait);
            await Assertions.Expect(page.Locator("svg.burden-bars")).ToHaveCountAsync(8, wait);
            foreach (var rule in new[] { "R6.1", "R6.2", "R6.3", "R6.4" })
            {
                await Assertions.Expect(page.Locator(".burden-findings")).ToContainTextAsync(rule);
            }

            await BrowserFixture.SaveAsync(page, "burden-1280");
            await NoAxeViolationsAsync(page, ".burden-table");
            await NoAxeViolationsAsync(page, ".burden-findings");

            await page.GotoAsync($"{browser.BaseUrl}/burden/tasks");
            await Assertions.Expect(page.Locator(".tasks-table .task-unfunded")).Not.ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".tasks-table")).ToContainTextAsync("农贸市场秩序整治");
            await BrowserFixture.SaveAsync(page, "burden-tasks-1280");
            await NoAxeViolationsAsync(page, ".tasks-table");

            await page.GotoAsync($"{browser.BaseUrl}/burden/plan");
            var row = page.Locator(".plan-table tr", new PageLocatorOptions { HasTextString = "食品安全督查" });
            await Assertions.Expect(row.Locator(".plan-approve")).ToHaveCountAsync(1, wait);
            await NoAxeViolationsAsync(page, ".plan-table");
            await row.Locator(".plan-approve").ClickAsync();
            await Assertions.Expect(row.Locator(".plan-status")).ToHaveTextAsync("已审批", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
            await Assertions.Expect(row.Locator(".plan-approve")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".inspections-table")).ToContainTextAsync("计划外");
            await BrowserFixture.SaveAsync(page, "burden-plan-1280");

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "burden-plan-360");
            Assert.True(await OverflowAsync(page) <= 0, "the plan page is wider than a 360px screen");
            await NoAxeViolationsAsync(page, ".inspections-table");

            await page.GotoAsync($"{browser.BaseUrl}/burden");
            await Assertions.Expect(page.Locator(".burden-row")).ToHaveCountAsync(2, wait);
            await BrowserFixture.SaveAsync(page, "burden-360");
            Assert.True(await OverflowAsync(page) <= 0, "the township burden page is wider than a 360px screen");
            await NoAxeViolationsAsync(page, ".burden-table");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-burden");
            throw;
        }
    }

    [Fact]
    public async Task TheLedger_ListsTheCounts_AndAReportedBurdenIsConfirmedInTheBrowser()
    {
        var page = await browser.NewSignedInPageAsync("/burden/ledger", width: 1280, height: 900);
        try
        {
            await Assertions.Expect(page.Locator(".ledger-table")).ToContainTextAsync("会议", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            for (var i = 0; i < 40 && !await page.Locator(".report-form").IsVisibleAsync(); i++)
            {
                await page.Locator("#report-new").ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }

            var form = page.Locator(".report-form");
            await PickAsync(page, form, "乡镇（街道）", "井坪镇");
            await PickAsync(page, form, "下达部门", "区自然资源局");
            await PickAsync(page, form, "类别", "填表报数");
            await page.Locator("#report-description").FillAsync("临时要求填报耕地保护统计表");
            await page.Locator("#report-description").BlurAsync();
            await page.Locator("#report-save").ClickAsync();

            var row = page.Locator(".reports-table tr", new PageLocatorOptions { HasTextString = "临时要求填报耕地保护统计表" });
            await Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(row).ToContainTextAsync("确认");
            await NoAxeViolationsAsync(page, ".reports-table");
            await NoAxeViolationsAsync(page, ".ledger-table");
            await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex("^确认") }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("已确认", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "burden-ledger-1280");

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "burden-ledger-360");
            Assert.True(await OverflowAsync(page) <= 0, "the ledger page is wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-burden-ledger");
            throw;
        }
    }

    [Fact]
    public async Task AListItemIsAddedInTheBrowser_AndThePrintViewShowsTheNumberedList()
    {
        var page = await browser.NewSignedInPageAsync("/burden/lists", width: 1280, height: 900);
        try
        {
            await Assertions.Expect(page.Locator(".lists-responsibility")).ToContainTextAsync("防汛抗旱", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            for (var i = 0; i < 40 && !await page.Locator(".item-form").IsVisibleAsync(); i++)
            {
                await page.Locator("#item-new").ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }

            await page.Locator("#item-title").FillAsync("森林草原防灭火");
            await page.Locator("#item-title").BlurAsync();
            await page.Locator("#item-basis").FillAsync("《森林防火条例》第五条");
            await page.Locator("#item-basis").BlurAsync();
            await page.Locator("#item-save").ClickAsync();
            var row = page.Locator(".lists-responsibility tr.list-item-row", new PageLocatorOptions { HasTextString = "森林草原防灭火" });
            await Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(row).ToContainTextAsync("《森林防火条例》第五条");
            await Assertions.Expect(page.Locator(".item-form")).ToHaveCountAsync(0);
            await BrowserFixture.SaveAsync(page, "burden-lists-1280");
            await NoAxeViolationsAsync(page, ".lists-responsibility");
            await NoAxeViolationsAsync(page, ".lists-power");

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "burden-lists-360");
            Assert.True(await OverflowAsync(page) <= 0, "the lists page is wider than a 360px screen");

            await page.SetViewportSizeAsync(1280, 900);
            await page.Locator("#lists-print").ClickAsync();
            await page.WaitForURLAsync("**/burden/lists/print?**");
            var sheet = page.Locator("#list-sheet");
            await Assertions.Expect(sheet.Locator(".list-sheet-title")).ToContainTextAsync("年度权力清单和责任清单", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(sheet).ToContainTextAsync("责任清单（共2项）");
            var printed = sheet.Locator("tr.list-sheet-row", new LocatorLocatorOptions { HasTextString = "森林草原防灭火" });
            await Assertions.Expect(printed.Locator("td").Nth(0)).ToHaveTextAsync("2");
            await Assertions.Expect(printed.Locator("td").Nth(2)).ToHaveTextAsync("《森林防火条例》第五条");
            await NoAxeViolationsAsync(page, "#list-sheet");
            await BrowserFixture.SaveAsync(page, "burden-lists-print-1280");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.False(await page.Locator(".mud-appbar").IsVisibleAsync(), "the menu bar prints");
            Assert.False(await page.Locator("#lists-print-now").IsVisibleAsync(), "the print button prints");
            await BrowserFixture.SaveAsync(page, "burden-lists-print-paper");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "burden-lists-print-360");
            Assert.True(await OverflowAsync(page) <= 0, "the print view is wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-burden-lists");
            throw;
        }
    }

    /// <summary>Chooses <paramref name="option"/> in the form's select labelled <paramref name="label"/>, and waits until its list has closed.</summary>
    private static async Task PickAsync(IPage page, ILocator form, string label, string option)
    {
        var select = form.Locator(".mud-select", new LocatorLocatorOptions { HasTextString = label }).First;
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(select.Locator("input").First).ToHaveValueAsync(new Regex(".+"));
    }
}
