using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 七 in the browser, as the organization department: a demo cadre's 惩戒与容错 tab (a sanction lifted by a
/// 容错免责 case) and an open case's page with its workflow and next-step form, at 1280 and 360 px, each passing axe.
/// </summary>
public sealed class DisciplinePagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheDisciplineTab_AndACasePage_LookRight_AndPassAxe()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        var (cadreId, openCaseId) = await PlantedAsync();
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}");
            var tab = page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "惩戒与容错" });
            var block = page.Locator(".cadre-discipline");
            for (var i = 0; i < 40 && !await block.IsVisibleAsync(); i++)
            {
                try
                {
                    await tab.ClickAsync(new LocatorClickOptions { Timeout = 3_000 });
                }
                catch (TimeoutException)
                {
                }

                await page.WaitForTimeoutAsync(500);
            }

            await Assertions.Expect(block.Locator(".sanction-state-lifted")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(block.Locator(".case-table")).ToContainTextAsync("容错免责");
            await BrowserFixture.SaveAsync(page, "cadre-discipline-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".cadre-discipline");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.GotoAsync($"{browser.BaseUrl}/discipline/cases/{openCaseId}");
            await Assertions.Expect(page.Locator(".case-stage.current")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#step-form")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".case-step")).Not.ToHaveCountAsync(0);
            await BrowserFixture.SaveAsync(page, "discipline-case-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".case-detail");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "discipline-case-360");
            Assert.True(overflow <= 0, $"the case page is {overflow}px wider than a 360px screen");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".case-detail");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}");
            await page.WaitForTimeoutAsync(1000);
            for (var i = 0; i < 40 && !await block.IsVisibleAsync(); i++)
            {
                try
                {
                    await tab.ClickAsync(new LocatorClickOptions { Timeout = 3_000 });
                }
                catch (TimeoutException)
                {
                }

                await page.WaitForTimeoutAsync(500);
            }

            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await block.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "cadre-discipline-360");
            Assert.True(overflow <= 0, $"the cadre page's discipline tab is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-discipline");
            throw;
        }
    }

    /// <summary>The demo's cadre whose 记过 a 容错免责 case lifted, and an open case with a step.</summary>
    private async Task<(int CadreId, int OpenCaseId)> PlantedAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var lifted = await db.ToleranceCases.Where(c => c.Decision == CaseDecision.Exempted && c.SanctionId != null).OrderBy(c => c.Id).Select(c => c.CadreId).FirstAsync();
        var open = await db.ToleranceCases.Where(c => c.Decision == null && c.Steps.Any()).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return (lifted, open);
    }
}
