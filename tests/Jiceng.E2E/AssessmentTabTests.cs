using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 五 in the browser: on the demo district, entering the 优秀 grade that breaks a township's cap on the cadre's
/// 考核奖励 tab is refused with the Chinese message naming 第五条, R5.1 and the cap, and the grade stays as it was; the
/// tab and the township's grade page look right at 1280 px and 360 px and pass axe.
/// </summary>
public sealed class AssessmentTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    [Fact]
    public async Task TheExcellentGradeOverTheCap_IsRefusedInTheBrowser_AndNotStored()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        var (townshipId, cadreId) = await FullTownshipAsync();
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}");
            var tab = page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "考核奖励" });
            var form = page.Locator("#grade-form");
            for (var i = 0; i < 40 && !await form.IsVisibleAsync(); i++)
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

            await page.Locator("#grade-year").FillAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#grade-year").BlurAsync();
            var select = form.Locator(".mud-select").First;
            await select.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = "优秀" }).First.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
            await Assertions.Expect(select.Locator("input").First).ToHaveValueAsync("优秀");
            await page.Locator("#save-grade").ClickAsync();

            var refusal = page.Locator("#grade-refusal");
            await Assertions.Expect(refusal).ToContainTextAsync("第五条（R5.1）", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(refusal).ToContainTextAsync("优秀等次名额上限为");
            await Assertions.Expect(refusal).ToContainTextAsync("不能再评定优秀");
            Assert.Equal("2", await GradeOfAsync(cadreId));

            await page.Locator("#grades-heading").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "cadre-assessment-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-tabs");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await form.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "cadre-assessment-360", fullPage: false);
            Assert.True(overflow <= 0, $"the cadre page is {overflow}px wider than a 360px screen");

            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}/assessment/grades?townshipId={townshipId}&year={Year}");
            var tally = page.Locator("#grades-tally");
            await Assertions.Expect(tally).ToContainTextAsync("优秀名额上限", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".grade-sheet tbody tr").First).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, "assessment-grades-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "assessment-grades-360", fullPage: false);
            Assert.True(overflow <= 0, $"the grade page is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-assessment");
            throw;
        }
    }

    private async Task<string> GradeOfAsync(int cadreId)
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.CadreYearlyGrades.Where(g => g.CadreId == cadreId && g.Year == Year).Select(g => g.GradeCode).SingleAsync();
    }

    /// <summary>A demo township whose 优秀 grades of the year already reach the cap (floor(n / 5)), and one of its 称职 cadres.</summary>
    private async Task<(int TownshipId, int CadreId)> FullTownshipAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var counts = await db.CadreYearlyGrades.AsNoTracking()
            .Where(g => g.Year == Year && (g.OrgUnit!.Kind == OrgUnitKind.Township || g.OrgUnit.Kind == OrgUnitKind.SubDistrict) && g.GradeCode != "6")
            .GroupBy(g => g.OrgUnitId!.Value)
            .Select(g => new { Id = g.Key, N = g.Count(), Excellent = g.Count(x => x.GradeCode == "1") })
            .ToListAsync();
        var full = counts.OrderBy(c => c.Id).First(c => c.Excellent >= c.N / 5);
        var cadre = await db.CadreYearlyGrades.AsNoTracking().Where(g => g.Year == Year && g.OrgUnitId == full.Id && g.GradeCode == "2")
            .OrderBy(g => g.CadreId).Select(g => g.CadreId).FirstAsync();
        return (full.Id, cadre);
    }
}
