using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 三: the staffing overview shows establishment, staff and vacancies; on a dispatched agency, an appointment
/// recorded without the township's opinion is flagged (R3.3) and adding the opinion clears the flag.
/// </summary>
public sealed class StaffingPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheOverviewShowsVacancies_AndAnAppointmentWithoutOpinionIsFlaggedUntilTheOpinionIsAdded()
    {
        var page = await browser.NewSignedInPageAsync("/staffing", width: 1280, height: 900);
        try
        {
            var table = page.Locator(".staffing-table");
            await Assertions.Expect(table.Locator("tbody tr").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            await Assertions.Expect(table).ToContainTextAsync("行政编制");
            // The demo plants overstaffed units (R3.1): the chip is shown.
            await Assertions.Expect(table.Locator(".quota-over").First).ToContainTextAsync("超编");
            await BrowserFixture.SaveAsync(page, "staffing-overview-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page);
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "staffing-overview-360", fullPage: false);
            Assert.True(overflow <= 0, $"the staffing page is {overflow}px wider than a 360px screen");

            // An agency without decisions of today: record an appointment, no opinion.
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/staffing/agencies/{await AgencyIdAsync()}");
            var add = page.Locator(".decision-add");
            await Assertions.Expect(add.Locator(".decision-save")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            var flaggedRows = page.Locator(".decision-row[data-flagged='true']");
            var before = await flaggedRows.CountAsync();
            // Clicks before the circuit is interactive do nothing: click until the server answers (a second
            // recording of the same decision would be refused as a duplicate, so a late first click adds nothing).
            for (var i = 0; i < 30 && await flaggedRows.CountAsync() == before; i++)
            {
                await add.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "登记", Exact = true }).ClickAsync();
                try
                {
                    await Assertions.Expect(flaggedRows).ToHaveCountAsync(before + 1, new LocatorAssertionsToHaveCountOptions { Timeout = 2_000 });
                }
                catch (PlaywrightException)
                {
                    // not yet interactive: try again
                }
            }

            await Assertions.Expect(flaggedRows).ToHaveCountAsync(before + 1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            var flagged = page.Locator(".decision-row[data-flagged='true']", new PageLocatorOptions { HasTextString = "未征求乡镇党委意见" }).First;
            await Assertions.Expect(flagged.Locator(".decision-flag")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".agency-flag-count")).ToContainTextAsync("未及时征求乡镇党委意见");
            await BrowserFixture.SaveAsync(page, "staffing-agency-flagged-1280");

            // Add the opinion afterwards (its day defaults to the decision's, 同意): the flag clears.
            await flagged.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "补录乡镇党委意见" }).ClickAsync();
            var form = page.Locator(".decision-row .decision-form");
            await Assertions.Expect(form).ToBeVisibleAsync();
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameString = "保存", Exact = true }).ClickAsync();
            await Assertions.Expect(flaggedRows).ToHaveCountAsync(before, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "staffing-agency-cleared-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page);
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "staffing-agency-360", fullPage: false);
            Assert.True(overflow <= 0, $"the agency page is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-staffing");
            throw;
        }
    }

    private async Task<int> AgencyIdAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.DispatchedAgencies.OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync();
    }
}
