using System.Text;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The import pages in the browser: a file with a bad row shows its errors and commits nothing, the fixed file
/// commits and lands in the recent batches; a 任免审批表 imported on /import/lrmx shows on the cadre's 简历与家庭 tab.
/// Readable at 1280 and 360 px, accessible.
/// </summary>
public sealed class ImportWizardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = browser.App.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    // The upload input works once the page's circuit is up (the first paint is prerendered).
    private static async Task WhenInteractiveAsync(IPage page, string selector)
    {
        await page.Locator(selector).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(1000);
    }

    // Resized in place, the layout moves to its narrow form (drawer closed, no gutter) once its breakpoint listener has run.
    private static async Task NarrowAsync(IPage page)
    {
        await page.SetViewportSizeAsync(360, 780);
        await page.WaitForTimeoutAsync(1500);
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{what} is {overflow}px wider than a 360px screen");
    }

    [Fact]
    public async Task ABadFile_ShowsItsErrors_TheFixedFileCommits()
    {
        var page = await browser.NewSignedInPageAsync("/import", width: 1280, height: 900);
        var township = await WithDbAsync(db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync());
        await WhenInteractiveAsync(page, "#import-file");
        string Csv(string code) => $"单位代码,单位名称,单位类型,上级单位代码,备注\n{code},导入测试村,Village,{township.Code},x\n";

        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "坏文件.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv("12345")) });
        await Assertions.Expect(page.Locator("#import-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#import-errors tbody tr").First).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator("#import-commit")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#import-error-report")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".import-notice")).ToContainTextAsync("备注");
        await BrowserFixture.SaveAsync(page, "import-errors-1280");
        var violations = await AccessibilityCheck.ViolationsAsync(page, "#import-wizard");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await NarrowAsync(page);
        await AssertFitsAsync(page, "/import with errors");
        await BrowserFixture.SaveAsync(page, "import-errors-360");
        await page.SetViewportSizeAsync(1280, 900);

        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "改好的.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv(township.Code[..9] + "977")) });
        await Assertions.Expect(page.Locator("#import-commit")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#import-counts")).ToContainTextAsync("1");
        await page.ClickAsync("#import-commit");
        await Assertions.Expect(page.Locator("#import-committed")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#import-batches")).ToContainTextAsync("改好的.csv");
        Assert.True(await WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == township.Code.Substring(0, 9) + "977")));
        await BrowserFixture.SaveAsync(page, "import-committed-1280");
        await NarrowAsync(page);
        await AssertFitsAsync(page, "/import committed");
        await BrowserFixture.SaveAsync(page, "import-committed-360");
    }

    [Fact]
    public async Task AnLrmxFile_Imports_AndItsResumeAndFamily_ShowOnTheCadrePage()
    {
        // The page first: it starts the app on Kestrel, which must happen before the first use of its services.
        var page = await browser.NewSignedInPageAsync("/import/lrmx", width: 1280, height: 900);
        var (cadreId, bytes) = await WithDbAsync(async db =>
        {
            var district = await db.OrgUnits.SingleAsync(u => u.Kind == OrgUnitKind.District);
            var id = await db.Cadres.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var record = (await LrmxExport.LoadAsync(db, new DataScope(district.Id, district.Path), id))! with
            {
                Resume = [new(new DateOnly(2008, 9, 1), new DateOnly(2012, 7, 1), "山西大学法学院法学专业学习"),
                    new(new DateOnly(2012, 7, 1), null, "平鲁区井坪镇党政办科员"), new(null, null, "（其间：2015.03--2015.06 在区委党校学习）")],
                Family = [new("父亲", "张大山", "1960.05", "中共党员", "平鲁区农民"), new("妻子", "李小红", "1990.02", "群众", "平鲁区第一中学教师")],
                Grades = [new(2023, "1"), new(2024, "2")],
            };
            return (id, LrmxWriter.Write(LrmxCadreMapping.ToPerson(record)));
        });
        await WhenInteractiveAsync(page, "#lrmx-file");
        await Assertions.Expect(page.Locator("#lrmx-file")).ToBeEnabledAsync();
        await page.SetInputFilesAsync("#lrmx-file", new FilePayload { Name = "张某.lrmx", MimeType = "application/xml", Buffer = bytes });
        await Assertions.Expect(page.Locator("#lrmx-files")).ToContainTextAsync("***");
        await Assertions.Expect(page.Locator("#lrmx-files")).ToContainTextAsync("2 段经历，1 行按原文保留");
        await BrowserFixture.SaveAsync(page, "lrmx-preview-1280");
        var violations = await AccessibilityCheck.ViolationsAsync(page, "#lrmx-wizard");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.ClickAsync("#lrmx-commit");
        await Assertions.Expect(page.Locator("#lrmx-committed")).ToBeVisibleAsync();
        await NarrowAsync(page);
        await AssertFitsAsync(page, "/import/lrmx");
        await BrowserFixture.SaveAsync(page, "lrmx-committed-360");

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}");
        await Assertions.Expect(page.Locator("#export-lrmx")).ToBeVisibleAsync();
        // A click before the page's circuit is up is lost (the first paint is prerendered): click until the tab shows.
        for (var i = 0; i < 40 && !await page.Locator("#resume-family").IsVisibleAsync(); i++)
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = "简历与家庭" }).ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }

        await Assertions.Expect(page.Locator("#resume-list li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".resume-unparsed")).ToContainTextAsync("区委党校");
        await Assertions.Expect(page.Locator("#family-table")).ToContainTextAsync("李小红");
        await Assertions.Expect(page.Locator("#yearly-grades")).ToContainTextAsync("优秀");
        await BrowserFixture.SaveAsync(page, "cadre-resume-family-1280");
        violations = await AccessibilityCheck.ViolationsAsync(page, "#resume-family");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await NarrowAsync(page);
        await AssertFitsAsync(page, "the 简历与家庭 tab");
        await BrowserFixture.SaveAsync(page, "cadre-resume-family-360");

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}/summary");
        await Assertions.Expect(page.Locator("#summary-sheet .resume")).ToContainTextAsync("井坪镇党政办科员");
        await Assertions.Expect(page.Locator("#summary-sheet")).ToContainTextAsync("张大山");
        await Assertions.Expect(page.Locator("#sheet-assessments")).ToContainTextAsync("2023年度优秀");
    }
}
