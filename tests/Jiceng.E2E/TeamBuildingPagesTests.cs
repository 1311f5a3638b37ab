using System.Globalization;
using Jiceng.Core.Org;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 一 in the browser: a township's structure charts, the printable structure table under print media, and a
/// cadre entering a township's candidate pool (then on the promotion candidate list).
/// </summary>
public sealed class TeamBuildingPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheStructureCharts_ThePrintableTable_AndAPoolEntry()
    {
        // The server starts with the first page; the database is read after it.
        var page = await browser.NewSignedInPageAsync("/townships", width: 1280, height: 900);
        var (townshipId, township) = await FirstTownshipAsync();
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/townships/{townshipId}");
            // Charts: the pyramid (own SVG) and the two bar charts, with server-rendered figures.
            var charts = page.Locator(".team-structure-charts");
            await Assertions.Expect(charts.Locator(".age-pyramid .pyramid-row")).ToHaveCountAsync(7, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(charts.Locator(".mud-chart svg")).ToHaveCountAsync(2);
            await Assertions.Expect(charts).ToContainTextAsync("平均年龄");
            // The page renders again once its circuit attaches: scroll by selector, not by a held element.
            await page.EvaluateAsync("() => document.querySelector('.team-structure-charts')?.scrollIntoView()");
            await BrowserFixture.SaveAsync(page, "team-structure-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".team-structure-charts");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await page.EvaluateAsync("() => document.querySelector('.team-structure-charts')?.scrollIntoView({ block: 'start' })");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "team-structure-360", fullPage: false);
            Assert.True(overflow <= 0, $"the township page is {overflow}px wider than a 360px screen");

            // The printable table of all townships: under print media no menu, the title shown, headers repeated.
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/townships/structure-table");
            var table = page.Locator(".structure-table");
            await Assertions.Expect(table.Locator("tbody tr", new LocatorLocatorOptions { HasTextString = township })).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            violations = await AccessibilityCheck.ViolationsAsync(page, ".structure-table");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Assertions.Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".print-title")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#print-structure")).ToBeHiddenAsync();
            Assert.Equal("table-header-group", await table.Locator("thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
            await BrowserFixture.SaveAsync(page, "structure-table-print");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

            // A pool entry through the form: township, cadre, source and entry day; it then lists as in the pool.
            await page.GotoAsync($"{browser.BaseUrl}/team-building/candidate-pool");
            var form = page.Locator(".pool-add");
            var name = await PickAsync(page, form.Locator("#pool-add-township").Locator(".."), township);
            Assert.Equal(township, name);
            await Assertions.Expect(form.Locator("#pool-add-cadre")).ToBeEnabledAsync();
            var cadre = await PickAsync(page, form.Locator("#pool-add-cadre").Locator(".."), null);
            await PickAsync(page, form.Locator("#pool-add-source").Locator(".."), "乡镇事业单位人员");
            await form.Locator("#pool-add-from").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await form.Locator("#pool-add-from").PressAsync("Enter");
            await page.Locator("#pool-search").FillAsync(cadre);
            await form.Locator("#pool-add").ClickAsync();
            var row = page.Locator(".pool-table tbody tr", new PageLocatorOptions { HasTextString = cadre });
            await Assertions.Expect(row.First).ToContainTextAsync("乡镇事业单位人员", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "candidate-pool-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".pool-table");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "candidate-pool-360", fullPage: false);
            Assert.True(overflow <= 0, $"the pool page is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-team-building");
            throw;
        }
    }

    /// <summary>Opens a select and picks the option with <paramref name="text"/> (the first when null); waits until the server rendered it.</summary>
    private static async Task<string> PickAsync(IPage page, ILocator select, string? text)
    {
        var options = page.Locator(".mud-popover-open .mud-list-item");
        for (var i = 0; i < 20 && await options.CountAsync() == 0; i++)
        {
            await select.ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        var option = text is null ? options.First : options.Filter(new LocatorFilterOptions { HasTextString = text }).First;
        var chosen = (await option.InnerTextAsync()).Trim();
        await option.ClickAsync();
        await Assertions.Expect(options).ToHaveCountAsync(0);
        return chosen;
    }

    private async Task<(int Id, string Name)> FirstTownshipAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Name }).FirstAsync();
        return (t.Id, t.Name);
    }
}
