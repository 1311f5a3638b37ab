using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// A township civil servant with one year of grassroots service: a done move to a district department is refused
/// naming R3.2 and clause 三 (nothing saved); the same move as a plan is saved with the warning shown; the district's
/// moves page draws the yearly summary chart.
/// </summary>
public sealed class MovesTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ADoneMoveBreakingTheMinimum_IsRefused_APendingOneIsWarned_AndTheSummaryIsDrawn()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        // The server starts with the first page; the cadre is prepared once it runs.
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        var (cadreId, department) = await ShortServiceCadreAsync(today.AddYears(-1));
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}");
            // Clicks before the page turns interactive do nothing: click the tab until its form shows.
            var tab = page.Locator(".cadre-moves");
            for (var i = 0; i < 40 && !await tab.Locator(".move-add").IsVisibleAsync(); i++)
            {
                await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "交流" }).ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }

            await Assertions.Expect(tab.Locator(".move-add")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });

            await ChooseAsync(page, Select(tab, "调入单位"), department);
            await ChooseAsync(page, Select(tab, "状态"), "已调动");
            await tab.GetByLabel("生效日期").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await tab.GetByLabel("生效日期").PressAsync("Tab");
            await tab.Locator("#move-add").ClickAsync();
            var refusal = tab.Locator("#move-refusal");
            await Assertions.Expect(refusal).ToContainTextAsync("R3.2", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(refusal).ToContainTextAsync("第三条");
            Assert.Equal(0, await MoveCountAsync(cadreId));

            // The same move as a plan a month ahead: saved, with R3.2's warning.
            await ChooseAsync(page, Select(tab, "状态"), "拟调动");
            await tab.GetByLabel("生效日期").FillAsync(today.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await tab.GetByLabel("生效日期").PressAsync("Tab");
            await tab.Locator("#move-add").ClickAsync();
            await Assertions.Expect(tab.Locator("#move-warning")).ToContainTextAsync("R3.2", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(tab.Locator(".move-row[data-status='Pending']")).ToHaveCountAsync(1);
            Assert.Equal(1, await MoveCountAsync(cadreId));

            await tab.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "moves-tab-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".cadre-moves");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await tab.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "moves-tab-360", fullPage: false);
            Assert.True(overflow <= 0, $"the cadre page is {overflow}px wider than a 360px screen");

            // The district's yearly summary: a bar chart and its table.
            // A fresh desktop page: the phone layout's drawer state does not carry over.
            page = await browser.NewSignedInPageAsync("/moves", width: 1280, height: 900);
            await Assertions.Expect(page.Locator(".move-summary-chart svg").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".move-summary")).ToContainTextAsync(today.Year.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(page.Locator(".move-table")).ToContainTextAsync("拟调动", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "moves-summary-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "moves-summary-360", fullPage: false);
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-moves-tab");
            throw;
        }
    }

    private static ILocator Select(ILocator tab, string label) =>
        tab.Locator(".move-add .mud-select", new LocatorLocatorOptions { HasTextString = label }).Last;

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>A township civil servant with no moves yet, whose grassroots service began on <paramref name="since"/>, and a department's name.</summary>
    private async Task<(int CadreId, string Department)> ShortServiceCadreAsync(DateOnly since)
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var cadre = await db.Cadres.Where(c => c.Category == CadreCategory.TownshipCivilServant && c.OrgUnit!.Kind == OrgUnitKind.Township
                && !db.CadreMoves.Any(m => m.CadreId == c.Id))
            .OrderBy(c => c.Id).Skip(3).FirstAsync();
        cadre.GrassrootsServiceSince = since;
        cadre.JoinedWorkOn = since;
        await db.SaveChangesAsync();
        var department = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.DistrictDepartment).OrderBy(u => u.SortOrder).Select(u => u.Name).FirstAsync();
        return (cadre.Id, department);
    }

    private async Task<int> MoveCountAsync(int cadreId)
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.CadreMoves.CountAsync(m => m.CadreId == cadreId && m.Status != MoveStatus.Cancelled);
    }
}
