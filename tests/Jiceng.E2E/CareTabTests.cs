using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 九 in the browser, as the organization department: the cadre's 关爱 tab (opened by ?tab=care) records a talk
/// with a need (a missing talker refused naming the field) and shows the mental-health result; the incidents page shows
/// the to-do list of overdue incidents. Both pass axe and fit 1280 px and 360 px.
/// </summary>
public sealed class CareTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ATalkWithANeed_IsRecordedOnTheCareTab_AndTheIncidentsToDoListOpens()
    {
        var page = await browser.NewSignedInPageAsync("/cadres", width: 1280, height: 900);
        var cadreId = await AssessedCadreAsync();
        var need = $"子女入学{Guid.NewGuid().ToString("N")[..4]}";
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}?tab=care");
            await Assertions.Expect(page.Locator("#talks-heading")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".mental-health")).ToContainTextAsync("未见明显异常", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await ClickUntilVisibleAsync(page, page.Locator("#add-talk"), page.Locator("#talk-form"));

            // The talker is required: saving without one names the field, nothing is saved.
            await page.Locator("#talk-topics").FillAsync("工作压力和家庭情况");
            await page.Locator("#talk-need-0").FillAsync(need);
            await page.Locator("#talk-need-0").BlurAsync();
            await page.Locator("#save-talk").ClickAsync();
            await Assertions.Expect(page.Locator("#talk-form")).ToContainTextAsync("谈话人：必填", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

            await page.Locator("#talk-talker").FillAsync("乡镇党委书记 王建国");
            await page.Locator("#talk-talker").BlurAsync();
            await page.Locator("#save-talk").ClickAsync();
            await Assertions.Expect(page.Locator("#talk-form")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            var talk = page.Locator(".care-talk", new PageLocatorOptions { HasTextString = need });
            await Assertions.Expect(talk).ToContainTextAsync("乡镇党委书记 王建国");
            await Assertions.Expect(talk).ToContainTextAsync("未解决");

            await BrowserFixture.SaveAsync(page, "care-tab-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "care-tab-360", fullPage: false);
            Assert.True(overflow <= 0, $"the care tab is {overflow}px wider than a 360px screen");

            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/care/incidents");
            await Assertions.Expect(page.Locator(".todo-table")).ToContainTextAsync("未办结", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "care-incidents-1280");
            var incidentViolations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(incidentViolations.Count == 0, string.Join(Environment.NewLine, incidentViolations));
            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            var incidentOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "care-incidents-360", fullPage: false);
            Assert.True(incidentOverflow <= 0, $"the incidents page is {incidentOverflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-care-tab");
            throw;
        }
    }

    private async Task<int> AssessedCadreAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.HealthCheckups.AsNoTracking().Where(c => c.MentalHealthResult != null).OrderBy(c => c.Id).Select(c => c.CadreId).FirstAsync();
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
