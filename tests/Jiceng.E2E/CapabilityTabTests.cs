using System.Text.RegularExpressions;
using Jiceng.Core.Posts;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 二: a training is added on a village main cadre's 培训与挂职 tab, shows in the tab and in the district-wide
/// training list (searched by its title), whose export link carries the list's filter and answers with an xlsx file.
/// </summary>
public sealed class CapabilityTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ATrainingAddedOnTheCadrePage_ShowsInTheTabAndInTheList()
    {
        // Signing in starts the app; its database is read only after that.
        var page = await browser.NewSignedInPageAsync("/cadres", width: 1280, height: 900);
        var (cadreId, name) = await VillageMainCadreAsync();
        var title = $"乡村振兴专题培训{Guid.NewGuid().ToString("N")[..6]}";
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}");
            await Assertions.Expect(page.Locator("#cadre-name")).ToHaveTextAsync(name);
            var tab = page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "培训与挂职" });
            var add = page.Locator("#add-training");
            // Clicks before the page turns interactive do nothing: click the tab until its content is there.
            for (var i = 0; i < 40 && !await add.IsVisibleAsync(); i++)
            {
                await tab.ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }

            await add.ClickAsync();
            var form = page.Locator("#training-form");
            await Assertions.Expect(form).ToBeVisibleAsync();

            // A wrong end date is refused with the field named; nothing is saved.
            await PickAsync(page, form, "培训类别", "专题培训");
            await PickAsync(page, form, "举办单位层级", "区县级");
            await page.Locator("#training-title").FillAsync(title);
            await page.Locator("#training-provider").FillAsync("平鲁区委党校");
            await page.Locator("#training-start").FillAsync("2026-04-13");
            await page.Locator("#training-end").FillAsync("2026-04-12");
            await page.Locator("#training-days").FillAsync("2");
            await page.Locator("#save-training").ClickAsync();
            await Assertions.Expect(form).ToContainTextAsync("结束日期：2026-04-12早于开始日期2026-04-13", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

            await page.Locator("#training-end").FillAsync("2026-04-14");
            await page.Locator("#save-training").ClickAsync();
            await Assertions.Expect(page.Locator("#training-form")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            var row = page.Locator(".training-table tr", new PageLocatorOptions { HasTextString = title });
            await Assertions.Expect(row).ToContainTextAsync("专题培训");
            await Assertions.Expect(row).ToContainTextAsync("平鲁区委党校（区县级）");

            await page.Locator(".training-table").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "capability-tab-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-tabs");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await page.Locator("#trainings-heading").EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await page.EvaluateAsync("() => window.scrollBy(0, -64)");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "capability-tab-360", fullPage: false);
            Assert.True(overflow <= 0, $"the cadre page is {overflow}px wider than a 360px screen");

            // The district-wide list finds it by its title; the export link carries the search.
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/trainings");
            var search = page.Locator("#training-search");
            var listRow = page.Locator(".training-list tr", new PageLocatorOptions { HasTextString = title });
            var export = page.Locator("#training-export");
            // Typing before the page turns interactive is lost: type until the export link carries the search.
            for (var i = 0; i < 40 && !((await export.GetAttributeAsync("href")) ?? "").Contains("q=", StringComparison.Ordinal); i++)
            {
                await search.FillAsync(title);
                await page.WaitForTimeoutAsync(800);
            }

            await Assertions.Expect(page.Locator(".training-list tbody tr")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(listRow).ToContainTextAsync(name);
            await Assertions.Expect(listRow).ToContainTextAsync("2026-04-14");
            await Assertions.Expect(export).ToHaveAttributeAsync("href", new Regex("^trainings/export\\?q=.+"));
            var response = await page.APIRequest.GetAsync(await export.GetAttributeAsync("href") is { } href ? $"{browser.BaseUrl}/{href}" : $"{browser.BaseUrl}/trainings/export");
            Assert.Equal(200, response.Status);
            Assert.StartsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"], StringComparison.Ordinal);

            await BrowserFixture.SaveAsync(page, "training-list-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".training-list");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "training-list-360", fullPage: false);
            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the training list is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-capability-tab");
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
        // On a loaded machine the choice reaches the server after a while: go on once the server has rendered it.
        await Assertions.Expect(select.Locator("input").First).ToHaveValueAsync(new Regex(".+"));
    }

    private async Task<(int Id, string Name)> VillageMainCadreAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var cadre = await db.PostAssignments.Where(p => p.Kind == PostKind.VillagePartySecretary && p.End == null)
            .OrderBy(p => p.Id).Select(p => new { p.CadreId, p.Cadre!.Name }).FirstAsync();
        return (cadre.CadreId, cadre.Name);
    }
}
