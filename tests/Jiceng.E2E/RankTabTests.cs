using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Ranks;
using Jiceng.Data;
using Jiceng.Data.Ranks;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The cadre page's 职务职级 tab: a cadre is promoted to a rank whose township quota has one place; a second cadre of
/// the township is refused with a message naming 第四条 and R4.1, and the quota page shows the place taken.
/// </summary>
public sealed class RankTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>一级巡视员: no demo cadre holds it, so the quota of 1 set here is the whole story.</summary>
    private const string RankCode = "101";
    private const string RankLabel = "一级巡视员";

    [Fact]
    public async Task APromotion_FillsTheQuota_AndTheNextOneIsRefused()
    {
        // The server starts with the first page; the records are set up once it has seeded the demo district.
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        var (township, first, second) = await SetUpAsync();
        await page.GotoAsync($"{browser.BaseUrl}/cadres/{first}");
        try
        {
            await PromoteAsync(page);
            var held = page.Locator(".rank-row[data-current='true']", new PageLocatorOptions { HasTextString = RankLabel });
            await Assertions.Expect(held).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await page.Locator(".cadre-ranks").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "cadre-ranks-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".cadre-ranks");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.GotoAsync($"{browser.BaseUrl}/cadres/{second}");
            await PromoteAsync(page);
            var refusal = page.Locator(".rank-errors");
            await Assertions.Expect(refusal).ToContainTextAsync("第四条", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(refusal).ToContainTextAsync("R4.1");
            await Assertions.Expect(page.Locator(".rank-row", new PageLocatorOptions { HasTextString = RankLabel })).ToHaveCountAsync(0);
            await BrowserFixture.SaveAsync(page, "cadre-ranks-refused-1280");

            await page.SetViewportSizeAsync(360, 780);
            await page.Locator("#rank-form").EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "cadre-ranks-refused-360", fullPage: false);
            Assert.True(overflow <= 0, $"the cadre page is {overflow}px wider than a 360px screen");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".cadre-ranks");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/rank-quotas");
            var row = page.Locator(".quota-table tbody tr", new PageLocatorOptions { HasTextString = RankLabel }).Filter(new LocatorFilterOptions { HasTextString = township });
            await Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("1"); // 职数
            await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("1"); // 在任
            await Assertions.Expect(row.Locator("td").Nth(4)).ToHaveTextAsync("0"); // 空缺
            await BrowserFixture.SaveAsync(page, "rank-quotas-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".quota-table");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "rank-quotas-360", fullPage: false);
            Assert.True(overflow <= 0, $"the quota page is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-ranks");
            throw;
        }
    }

    /// <summary>Opens the tab and the form (retrying until the page is interactive), picks the rank and saves; the start is today.</summary>
    private static async Task PromoteAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "职务职级" }).ClickAsync();
        var form = page.Locator("#rank-form");
        for (var i = 0; i < 40 && !await form.IsVisibleAsync(); i++)
        {
            // While the page turns interactive the button is re-rendered under the pointer: a click that cannot land
            // soon is simply tried again on the next round.
            try
            {
                if (await page.Locator("#add-rank").IsVisibleAsync())
                {
                    await page.Locator("#add-rank").ClickAsync(new LocatorClickOptions { Timeout = 3_000 });
                }
                else
                {
                    await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "职务职级" }).ClickAsync(new LocatorClickOptions { Timeout = 3_000 });
                }
            }
            catch (TimeoutException)
            {
            }

            await page.WaitForTimeoutAsync(500);
        }

        await form.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = RankLabel }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(form.Locator(".mud-select input").First).ToHaveValueAsync(RankLabel);
        await page.Locator("#save-rank").ClickAsync();
    }

    /// <summary>A township with a quota of one 一级巡视员 from 2020, and two of its civil servants.</summary>
    private async Task<(string Township, int First, int Second)> SetUpAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var township = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync();
        var cadres = await db.Cadres.Where(c => c.OrgUnitId == township.Id && c.Category == CadreCategory.TownshipCivilServant)
            .OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
        var root = (await DataScopeQueries.RootAsync(db))!;
        if (!await db.RankQuotas.AnyAsync(q => q.OrgUnitId == township.Id && q.RankCode == RankCode))
        {
            var added = await RankQuotaCommands.AddAsync(db, root, new RankQuotaInput { OrgUnitId = township.Id, RankCode = RankCode, Count = 1, From = new DateOnly(2020, 1, 1) });
            Assert.True(added.Succeeded, string.Join("；", added.Errors.Select(e => e.Message)));
        }

        return (township.Name, cadres[0], cadres[1]);
    }
}
