using Jiceng.Core.Org;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>A village on the org page shows its reserve pool; a cadre of the village is added and a reserve leaves with a reason.</summary>
public sealed class ReservePoolPanelTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string LeaveReason = "当选村民委员会委员";

    [Fact]
    public async Task AReserveIsAdded_AndOneLeavesWithAReason()
    {
        var page = await browser.NewSignedInPageAsync("/org", width: 1280, height: 900);
        var (township, village) = await FirstVillageAsync();
        try
        {
            // The tree opens down to the townships; open the first one (clicks before the page turns interactive do nothing).
            var villageItem = page.Locator(".mud-treeview-item-content", new PageLocatorOptions { HasTextString = village }).First;
            var arrow = page.Locator(".mud-treeview-item-content", new PageLocatorOptions { HasTextString = township }).First.Locator(".mud-treeview-item-arrow button");
            for (var i = 0; i < 40 && !await villageItem.IsVisibleAsync(); i++)
            {
                try
                {
                    await arrow.ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
                }
                catch (TimeoutException)
                {
                    // Rendered anew while the circuit attached: the next round finds the new arrow.
                }

                await page.WaitForTimeoutAsync(500);
            }

            await villageItem.ClickAsync();
            var panel = page.Locator(".reserve-pool-panel");
            await Assertions.Expect(panel.Locator(".reserve-count")).ToBeVisibleAsync();
            var before = await panel.Locator(".reserve-row[data-current='true']").CountAsync();
            await Assertions.Expect(panel.Locator(".reserve-count")).ToContainTextAsync($"在库 {before} 人");

            // Add: pick a cadre of the village not in the pool now.
            await panel.Locator(".reserve-add .mud-select").First.ClickAsync();
            var option = page.Locator(".mud-popover-open .mud-list-item").First;
            var name = (await option.InnerTextAsync()).Trim();
            await option.ClickAsync();
            // On a loaded machine the choice reaches the server after a while: add only once the server has rendered it
            // (the select's input carries the chosen cadre's id).
            await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
            await Assertions.Expect(panel.Locator(".reserve-add .mud-select input").First).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
            await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "入库", Exact = true }).ClickAsync();
            await Assertions.Expect(panel.Locator(".reserve-count")).ToContainTextAsync($"在库 {before + 1} 人", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            var added = panel.Locator(".reserve-row[data-current='true']", new LocatorLocatorOptions { HasTextString = name }).First;
            await Assertions.Expect(added).ToContainTextAsync("在库");

            // End the newly added one: leaving date (today) and a reason, both required.
            await added.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "出库", Exact = true }).ClickAsync();
            var edit = panel.Locator(".reserve-edit");
            await edit.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "确认出库" }).ClickAsync();
            await Assertions.Expect(edit).ToContainTextAsync("出库原因：出库时必填");
            await edit.GetByLabel("出库原因").FillAsync(LeaveReason);
            await edit.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "确认出库" }).ClickAsync();
            await Assertions.Expect(panel.Locator(".reserve-edit")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            var ended = panel.Locator(".reserve-row", new LocatorLocatorOptions { HasTextString = LeaveReason }).First;
            await Assertions.Expect(ended).ToContainTextAsync(name);
            await Assertions.Expect(ended).ToContainTextAsync("在库至");
            await Assertions.Expect(ended.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "出库", Exact = true })).ToHaveCountAsync(0);
            // The leaving date is the last day in the pool (R10.3 counts it): today the count still includes them.
            await Assertions.Expect(panel.Locator(".reserve-count")).ToContainTextAsync($"在库 {before + 1} 人");

            await panel.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "reserve-pool-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".reserve-pool-panel");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            // The phone screenshot shows the panel's head: its title, count and first reserves.
            await panel.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await page.EvaluateAsync("() => window.scrollBy(0, -64)");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "reserve-pool-360", fullPage: false);
            Assert.True(overflow <= 0, $"the org page is {overflow}px wider than a 360px screen");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".reserve-pool-panel");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-reserve-pool");
            throw;
        }
    }

    private async Task<(string Township, string Village)> FirstVillageAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var village = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Village && u.Parent!.Kind == OrgUnitKind.Township)
            .OrderBy(u => u.Code).Select(u => new { u.Name, Township = u.Parent!.Name }).FirstAsync();
        return (village.Township, village.Name);
    }
}
