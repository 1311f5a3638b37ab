using Jiceng.Core.Org;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>A township team page shows its terms and seats, flags a term ended with no successor, and records the next term.</summary>
public sealed class TermsPanelTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnOverdueTerm_IsFlagged_AndRecordingTheNextTermClearsTheFlag()
    {
        var page = await browser.NewSignedInPageAsync("/townships", width: 1280, height: 900);
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/townships/{await FirstTownshipAsync()}");
            var panel = page.Locator(".terms-panel");
            // The demo's first township's term ended before the data day with no successor.
            await Assertions.Expect(panel.Locator(".term-overdue")).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, "terms-overdue");

            var add = panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "登记新届次" });
            // A click before the page turns interactive does nothing, and the button is rendered anew when the circuit
            // attaches (on a loaded machine, more than once): click briefly and again until the form opens.
            for (var i = 0; i < 60 && !await panel.Locator(".term-form").IsVisibleAsync(); i++)
            {
                try
                {
                    await add.ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
                }
                catch (TimeoutException)
                {
                    // Detached while re-rendered: the next round finds the new button.
                }

                await page.WaitForTimeoutAsync(250);
            }

            await Assertions.Expect(panel.Locator(".term-form")).ToBeVisibleAsync();

            // The form proposes the next number, the day after the last end, five years and the same seats.
            await BrowserFixture.SaveAsync(page, "terms-form");
            await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "保存" }).ClickAsync();
            // Saved: the form closes (a loaded machine may take a while to answer the circuit).
            await Assertions.Expect(panel.Locator(".term-form")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 90_000 });
            await Assertions.Expect(panel.Locator(".term-overdue")).ToHaveCountAsync(0);
            await Assertions.Expect(panel.Locator(".term-row").First).ToContainTextAsync("第8届");
            await BrowserFixture.SaveAsync(page, "terms-recorded");

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await panel.ScrollIntoViewIfNeededAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "phone-terms", fullPage: false);
            Assert.True(overflow <= 0, $"the team page is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-terms");
            throw;
        }
    }

    private async Task<int> FirstTownshipAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
    }
}
