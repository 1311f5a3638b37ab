using Jiceng.Core.Org;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The printable reports in the browser: a cadre's summary sheet (任免审批表), a township's yearly compliance report and
/// the district's yearly summary — readable at 1280 and 360 px (no sideways scrolling of the page), accessible, and
/// under print media without menu or buttons, on their A4 pages.
/// </summary>
public sealed class PrintableReportsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly (string Name, string Root)[] Pages =
    [
        ("summary-sheet", "#summary-sheet"), ("compliance-report", "#compliance-report"), ("district-summary", "#district-summary"),
    ];

    [Fact]
    public async Task ThePrintablePages_ReadOnScreen_AndPrintWithoutTheApp()
    {
        var page = await browser.NewSignedInPageAsync("/reports/district-summary", width: 1280, height: 900);
        var (townshipId, cadreId) = await SubjectsAsync();
        string[] paths = [$"/cadres/{cadreId}/summary", $"/townships/{townshipId}/compliance-report", "/reports/district-summary"];
        foreach (var (path, (name, root)) in paths.Zip(Pages))
        {
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{browser.BaseUrl}{path}");
            await Assertions.Expect(page.Locator(root)).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"{root} table").First).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, $"{name}-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, root);
            Assert.True(violations.Count == 0, $"{path}: " + string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await Assertions.Expect(page.Locator(".mud-drawer--open")).ToHaveCountAsync(0);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, $"{name}-360", fullPage: false);
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");

            await page.SetViewportSizeAsync(1280, 900);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".page-head")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(root)).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, $"{name}-print");
            // The PDF the browser's print gives, on the page size the stylesheet asks for.
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            Assert.True(pdf.Length > 1000);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }

        // The summary sheet is two pages: the second starts on a new sheet of paper.
        await page.GotoAsync($"{browser.BaseUrl}{paths[0]}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        // Read through a fresh query, a few times: the page's circuit may still replace the prerendered sheet, and a
        // detached element has no computed style.
        Assert.Equal("page", await StyleAsync(page, ".sheet-page", 1, "break-before", "page"));
        Assert.Equal("sheet", await StyleAsync(page, ".summary-sheet", 0, "page", "sheet"));
    }

    private static async Task<string> StyleAsync(IPage page, string selector, int index, string property, string expected)
    {
        var value = "";
        for (var i = 0; i < 20 && value != expected; i++)
        {
            await page.Locator(selector).Nth(index).WaitForAsync();
            value = await page.EvaluateAsync<string>("([s, i, p]) => { const e = document.querySelectorAll(s)[i]; return e ? getComputedStyle(e).getPropertyValue(p) : ''; }",
                new object[] { selector, index, property });
            if (value != expected)
            {
                await page.WaitForTimeoutAsync(250);
            }
        }

        return value;
    }

    private async Task<(int TownshipId, int CadreId)> SubjectsAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.SortOrder).ThenBy(u => u.Code).FirstAsync();
        var c = await db.PostAssignments.Where(p => p.IsLeadershipTeamMember && p.End == null && p.OrgUnitId == t.Id).OrderBy(p => p.Id).Select(p => p.CadreId).FirstAsync();
        return (t.Id, c);
    }
}
