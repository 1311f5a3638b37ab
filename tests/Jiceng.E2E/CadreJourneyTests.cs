using Jiceng.Core.Posts;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>What users do first and most: find a cadre; see what the policy still asks of their jurisdiction; try a change of the numbers.</summary>
public sealed class CadreJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignIn_SearchByName_OpenTheCadrePage()
    {
        var page = await browser.NewSignedInPageAsync("/cadres");
        try
        {
            var target = await TownshipLeaderAsync();

            // The list loads its rows once the page is interactive; typing before that would be lost.
            await page.Locator("a.cadre-link").First.WaitForAsync();
            await page.Locator(".filters input").First.FillAsync(target.Name);
            var link = page.Locator("a.cadre-link", new PageLocatorOptions { HasTextString = target.Name }).First;
            await link.WaitForAsync();
            await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(target.SameNameCount);
            await BrowserFixture.SaveAsync(page, "cadre-search");

            await link.ClickAsync();
            await page.WaitForURLAsync($"**/cadres/{target.Id}");
            await Assertions.Expect(page.Locator("#cadre-name")).ToHaveTextAsync(target.Name);
            await Assertions.Expect(page.GetByText("身份证号码").First).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, "cadre-page");

            await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "职务职级" }).ClickAsync();
            await Assertions.Expect(page.GetByText(target.Post).First).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, "cadre-posts");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-cadre");
            throw;
        }
    }

    [Fact]
    public async Task Dashboard_ShowsTheFindings_AndWhatIfComparesADraft()
    {
        var page = await browser.NewSignedInPageAsync("/compliance");
        try
        {
            // The nightly service evaluates the current year at start; the dashboard reads that run.
            await Assertions.Expect(page.Locator("#by-township")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#run-info")).ToContainTextAsync("示例配置");
            await Assertions.Expect(page.GetByText("第十条").First).ToBeVisibleAsync();
            await BrowserFixture.SaveAsync(page, "dashboard");

            await page.Locator("#by-township a").First.ClickAsync();
            await page.WaitForURLAsync("**/compliance/findings?township=*");
            await Assertions.Expect(page.Locator(".finding-table tbody tr").First).ToContainTextAsync("R", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await BrowserFixture.SaveAsync(page, "findings");

            // Experts may write the draft as YAML; it takes the same check and what-if path as the form.
            await page.GotoAsync($"{browser.BaseUrl}/policy");
            await PageLookTests.OpenDraftFormAsync(page);
            await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "YAML 文本" }).ClickAsync();
            var editor = page.Locator(".yaml-editor textarea");
            await editor.WaitForAsync();
            var text = await editor.InputValueAsync();
            // The multiplier may be written short ("P10.reserve_multiplier: 2") or long, with its source ("value: 2" beneath).
            var multiplier = new System.Text.RegularExpressions.Regex(@"(P10\.reserve_multiplier:(?:[^\n]*\n\s*value:)?\s*)2\b");
            Assert.Matches(multiplier, text);
            await editor.FillAsync(multiplier.Replace(text, "${1}1", 1));
            await page.Locator("#draft-whatif").ClickAsync();
            await Assertions.Expect(page.Locator("#whatif-summary")).ToContainTextAsync("消除");
            await BrowserFixture.SaveAsync(page, "what-if");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-dashboard");
            throw;
        }
    }

    private sealed record Target(int Id, string Name, string Post, int SameNameCount);

    // A serving township party secretary: someone a user would look up, with a post history to show.
    private async Task<Target> TownshipLeaderAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var post = await db.PostAssignments.Include(p => p.Cadre)
            .Where(p => p.Kind == PostKind.TownshipPartySecretary && p.End == null)
            .OrderBy(p => p.Id).FirstAsync();
        var sameName = await db.Cadres.CountAsync(c => c.Name.Contains(post.Cadre!.Name));
        return new Target(post.CadreId, post.Cadre!.Name, post.Title ?? "党委书记", sameName);
    }
}
