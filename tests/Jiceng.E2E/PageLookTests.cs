using Jiceng.Core.Posts;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The pages users open most, on a laptop with the menu open (1280 px) and on a phone (360 px): each is screenshot
/// (artifacts/screenshots/look-*.png, to be looked at), fits its screen — no page and no table scrolls sideways — and
/// passes axe-core's WCAG 2.1 AA checks.
/// </summary>
public sealed class PageLookTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task MainPages_FitTheScreen_AndPassAccessibilityChecks(int width)
    {
        var page = await browser.NewSignedInPageAsync("/", width, 800);
        var township = await TownshipWithTeamAsync();
        var explained = await FindingWithAttachmentAsync();
        var problems = new List<string>();
        try
        {
            foreach (var (path, name, ready) in new[]
            {
                ("/", "home", ".stat-card"),
                ("/cadres", "cadres", "a.cadre-link"),
                ("/cadres/new", "cadre-edit", "#f-name"),
                ("/compliance", "dashboard", "#by-township"),
                ("/compliance/findings/clause/4", "findings", ".finding-table tbody tr"),
                ($"/townships/{township}", "team", ".team-table tbody tr"),
                ($"/compliance/findings/{explained}", "finding", "#finding-facts"),
                ($"/compliance/ledger?township={township}", "ledger", ".ledger-table tbody tr"),
                ("/policy", "policy", ".param-table"),
            })
            {
                await page.GotoAsync($"{browser.BaseUrl}{path}");
                await page.Locator(ready).First.WaitForAsync();
                await CheckAsync(page, $"{name}-{width}", problems);
            }

            // The draft form is long: its screenshots show its head, and the what-if result once tried.
            await OpenDraftFormAsync(page);
            await CheckAsync(page, $"policy-draft-{width}", problems, fullPage: false);
            var multiplier = page.Locator("[data-param='P10.reserve_multiplier']");
            await Assertions.Expect(multiplier).ToContainTextAsync("后备干部储备倍数");
            await Assertions.Expect(multiplier).ToContainTextAsync("第十条");
            await multiplier.Locator("input").FillAsync("1");
            await page.Locator("#draft-whatif").ClickAsync();
            await Assertions.Expect(page.Locator("#whatif-summary")).ToContainTextAsync("消除");
            await page.Locator("#whatif-summary").ScrollIntoViewIfNeededAsync();
            await CheckAsync(page, $"what-if-{width}", problems, fullPage: false);
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, $"failure-look-{width}");
            throw;
        }

        var auditor = await browser.NewSignedInPageAsync("/audit", width, 800, await browser.App.AuditorUserAsync());
        await auditor.Locator(".audit-table tbody tr").First.WaitForAsync();
        // The log is long: the screenshot shows its first entries, on a phone as cards.
        await auditor.Locator(".audit-table").ScrollIntoViewIfNeededAsync();
        await CheckAsync(auditor, $"audit-{width}", problems, fullPage: false);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The draft tab turns interactive a moment after the page shows: click until the form opens.</summary>
    internal static Task OpenDraftFormAsync(IPage page) => OpenTabAsync(page, "修改与试算", page.Locator("#draft-form"));

    /// <summary>A tab of the policy page turns interactive a moment after the page shows: click it until <paramref name="content"/> shows.</summary>
    internal static async Task OpenTabAsync(IPage page, string tab, ILocator content)
    {
        for (var i = 0; i < 40 && !await content.IsVisibleAsync(); i++)
        {
            await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = tab }).ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }

        await content.WaitForAsync();
    }

    internal static async Task CheckAsync(IPage page, string name, List<string> problems, bool fullPage = true)
    {
        // Let charts and late rows settle before measuring.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserFixture.SaveAsync(page, $"look-{name}", fullPage);
        var pageOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (pageOverflow > 0)
        {
            problems.Add($"{name}: the page is {pageOverflow}px wider than the screen");
        }

        var tables = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.mud-table-container')]
              .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
              .map(e => (e.closest('[class*=-table]')?.className ?? 'table') + ' +' + (e.scrollWidth - e.clientWidth) + 'px')
            """);
        problems.AddRange(tables.Select(t => $"{name}: a table scrolls sideways ({t})"));
        problems.AddRange((await AccessibilityCheck.ViolationsAsync(page)).Select(v => $"{name}: {v}"));
    }

    // A finding of the demo history with an explanation and its attachment: the fullest finding page.
    private async Task<long> FindingWithAttachmentAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.FindingExplanations.Where(e => e.Attachments.Count > 0).OrderBy(e => e.Id).Select(e => e.FindingId).FirstAsync();
    }

    // The township whose team has the most members: a full table to look at.
    private async Task<int> TownshipWithTeamAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.PostAssignments.Where(p => p.Kind == PostKind.TownshipPartySecretary && p.End == null)
            .OrderBy(p => p.Id).Select(p => p.OrgUnitId).FirstAsync();
    }
}
