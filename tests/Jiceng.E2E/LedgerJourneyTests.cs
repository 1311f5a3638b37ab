using Jiceng.Data;
using Jiceng.Data.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The ledger's main journey (issue 18): township staff assign a finding of their township and explain it with an
/// attachment; the organization department accepts the explanation; the township's ledger no longer lists it.
/// </summary>
public sealed class LedgerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Person = "测试责任人";
    private const string Explanation = "该岗位人选已进入任职程序，预计下月完成，请求暂缓整改。";
    private const string Reason = "情况属实，同意长期免于整改。";

    [Fact]
    public async Task TownshipAssignsAndExplains_OrgDepartmentAccepts()
    {
        // The server starts with the first page; the app's services are read after that.
        await browser.NewPageAsync();
        var township = await browser.App.TownshipUserAsync();
        var (findingId, townshipId) = await OpenFindingOfFirstTownshipAsync();
        var page = await browser.NewSignedInPageAsync($"/compliance/findings/{findingId}", 1280, 900, township);
        try
        {
            await WhenInteractiveAsync(page, "#finding-actions");
            var actions = page.Locator("#finding-actions");
            await actions.GetByLabel("责任人", Exact).FillAsync(Person);
            var planned = actions.GetByLabel("计划完成时限", Exact);
            await planned.FillAsync(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await planned.PressAsync("Enter");
            await page.Locator("#assign-submit").ClickAsync();
            await Assertions.Expect(page.Locator("#responsibility")).ToContainTextAsync(Person, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".history-table")).ToContainTextAsync("分派责任");
            // The planned date's calendar may still be open over the panel: close it before the next clicks.
            await page.Keyboard.PressAsync("Escape");
            await page.Locator("h1").First.ClickAsync(); // a click outside closes an inline picker that Escape left open
            await Assertions.Expect(page.Locator(".mud-popover-open .mud-picker-calendar")).ToHaveCountAsync(0);

            var explanation = actions.GetByLabel("情况说明（未能整改或无需整改的原因）", Exact);
            await explanation.FillAsync(Explanation);
            await explanation.PressAsync("Tab"); // the text field binds on change: leave it before the upload re-renders the panel
            await page.Locator("#explain-files").SetInputFilesAsync(new FilePayload
            {
                Name = "说明材料.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
            });
            // The choice reaches the server a moment later: submit once the panel lists the file.
            await Assertions.Expect(page.Locator(".chosen-files")).ToContainTextAsync("说明材料.pdf");
            await page.Locator("#explain-submit").ClickAsync();
            await Assertions.Expect(page.Locator("#responsibility")).ToContainTextAsync("情况说明待审核", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
            await Assertions.Expect(page.Locator(".explanation .attachments")).ToContainTextAsync("说明材料.pdf");
            // A township user may not decide: no decision controls.
            await Assertions.Expect(page.Locator("#decide-accept")).ToHaveCountAsync(0);
            await BrowserFixture.SaveAsync(page, "ledger-journey-explained");

            var org = await browser.NewSignedInPageAsync($"/compliance/findings/{findingId}", 1280, 900);
            await WhenInteractiveAsync(org, "#decide-accept");
            // Without a reason the command refuses in Chinese and nothing changes.
            await org.Locator("#decide-mode").GetByText("长期免于整改").ClickAsync();
            await org.Locator("#decide-accept").ClickAsync();
            await Assertions.Expect(org.Locator("#action-refusal")).ToContainTextAsync("采纳理由：必填");
            await Assertions.Expect(org.Locator("#responsibility")).ToContainTextAsync("情况说明待审核");

            await org.Locator("#finding-actions").GetByLabel("理由", Exact).FillAsync(Reason);
            await org.Locator("#decide-accept").ClickAsync();
            await Assertions.Expect(org.Locator("#responsibility")).ToContainTextAsync("说明已采纳", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(org.Locator(".explanation").Last).ToContainTextAsync(Reason);
            await BrowserFixture.SaveAsync(org, "ledger-journey-accepted");

            // The attachment downloads for the reader in scope.
            var download = await org.RunAndWaitForDownloadAsync(() => org.Locator(".attachments a").Last.ClickAsync());
            Assert.Equal("说明材料.pdf", download.SuggestedFilename);

            // Set aside, it leaves the township's ledger.
            await page.GotoAsync($"{browser.BaseUrl}/compliance/ledger");
            await page.Locator(".ledger-title").WaitForAsync();
            await Assertions.Expect(page.Locator($".ledger-table a[href='compliance/findings/{findingId}']")).ToHaveCountAsync(0);

            // Printed: the sheet's title and table only, no menu or buttons (A4 landscape is about 1123 × 794 CSS px).
            await page.SetViewportSizeAsync(1123, 794);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Assertions.Expect(page.Locator(".ledger-title")).ToContainTextAsync("问题整改台账");
            await Assertions.Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("#ledger-print")).ToBeHiddenAsync();
            await BrowserFixture.SaveAsync(page, "ledger-print");
            Assert.True(townshipId > 0);
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-ledger-journey");
            throw;
        }
    }

    [Fact]
    public async Task TownshipUser_NeverSeesAnotherTownshipsFinding()
    {
        // The server starts with the first page; the app's services are read after that.
        await browser.NewPageAsync();
        var township = await browser.App.TownshipUserAsync();
        var (other, attachment) = await AttachmentOutsideFirstTownshipAsync();
        var page = await browser.NewSignedInPageAsync($"/compliance/findings/{other}", 1280, 900, township);
        await Assertions.Expect(page.GetByText("未找到该问题，或该问题不在您的数据范围内")).ToBeVisibleAsync();
        // The attachment exists, but not for this reader; nor does the other township's ledger export.
        var response = await page.APIRequest.GetAsync($"{browser.BaseUrl}/compliance/findings/{other}/attachments/{attachment}");
        Assert.Equal(404, response.Status);
        var otherTownship = await TownshipOfAsync(other);
        Assert.Equal(404, (await page.APIRequest.GetAsync($"{browser.BaseUrl}/compliance/ledger/export?township={otherTownship}")).Status);
        Assert.Equal(200, (await page.APIRequest.GetAsync($"{browser.BaseUrl}/compliance/ledger/export?township={(await OpenFindingOfFirstTownshipAsync()).TownshipId}")).Status);
    }

    private static readonly LocatorGetByLabelOptions Exact = new() { Exact = true };

    /// <summary>A page is served first without its circuit; controls respond once it is attached and the page idles.</summary>
    private static async Task WhenInteractiveAsync(IPage page, string selector)
    {
        await page.Locator(selector).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(1000);
    }

    private async Task<(long Id, int TownshipId)> OpenFindingOfFirstTownshipAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var township = await FirstTownshipAsync(db);
        var id = await db.Findings.Where(f => f.TownshipId == township && f.State == FindingState.Open).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        return (id, township);
    }

    // An attachment of the demo history on a finding of another township.
    private async Task<(long FindingId, long AttachmentId)> AttachmentOutsideFirstTownshipAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var township = await FirstTownshipAsync(db);
        var hit = await db.FindingAttachments
            .Join(db.FindingExplanations, a => a.ExplanationId, e => e.Id, (a, e) => new { a.Id, e.FindingId })
            .Join(db.Findings, x => x.FindingId, f => f.Id, (x, f) => new { x.Id, x.FindingId, f.TownshipId })
            .Where(x => x.TownshipId != township && x.TownshipId != null).OrderBy(x => x.Id).FirstAsync();
        return (hit.FindingId, hit.Id);
    }

    private async Task<int> TownshipOfAsync(long findingId)
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.Findings.Where(f => f.Id == findingId).Select(f => f.TownshipId!.Value).FirstAsync();
    }

    private static Task<int> FirstTownshipAsync(JicengDbContext db) =>
        db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
}
