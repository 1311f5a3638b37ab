using System.Globalization;
using Jiceng.Core.Org;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 十's village page in the browser on the demo district: opened from the org tree's link target, it shows the
/// two committees, reserves, special posts and party development; a reserve's training is recorded (an empty content is
/// refused naming the field); the page passes axe and fits 1280 px and 360 px. A record is corrected in place and a special
/// post set up, renamed and abolished, each refusing bad input with the commands' messages.
/// </summary>
public sealed class VillagePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Training = "乡村振兴专题培训（浏览器测试）";

    [Fact]
    public async Task AVillagePage_RecordsAReservesTraining_PassesAxe_AndFitsBothWidths()
    {
        // The page first: it starts the app's server (the database is read after).
        var page = await browser.NewSignedInPageAsync("/org", width: 1280, height: 900);
        var (villageId, villageName, reserve) = await VillageWithReserveAsync();
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/org/villages/{villageId}");
            await Assertions.Expect(page.Locator("h1.page-title")).ToContainTextAsync(villageName, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            var panel = page.Locator(".reserve-development-panel");
            await Assertions.Expect(panel).ToContainTextAsync(reserve, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".village-committees")).ToContainTextAsync("“一肩挑”");
            await Assertions.Expect(page.Locator(".special-posts-panel")).ToContainTextAsync("村级后备干部特设岗位（乡村振兴）");
            await Assertions.Expect(page.Locator(".party-development")).ToContainTextAsync("发展党员");

            // Pick the reserve (clicks before the circuit is interactive open nothing: retry).
            var select = panel.Locator(".reserve-record-add .mud-select").First;
            var option = page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = reserve }).First;
            for (var i = 0; i < 40 && !await option.IsVisibleAsync(); i++)
            {
                try
                {
                    await select.ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
                }
                catch (TimeoutException)
                {
                }

                await page.WaitForTimeoutAsync(500);
            }

            await option.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
            await Assertions.Expect(panel.Locator(".reserve-record-add .mud-select input").First).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));

            // Without a content the record is refused, naming the field.
            await page.Locator("#add-reserve-record").ClickAsync();
            await Assertions.Expect(panel).ToContainTextAsync("内容：必填", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

            await panel.GetByLabel("学时").FillAsync("16");
            await panel.GetByLabel("学时").BlurAsync();
            await panel.GetByLabel("内容").FillAsync(Training);
            await panel.GetByLabel("内容").BlurAsync();
            await page.Locator("#add-reserve-record").ClickAsync();
            var row = panel.Locator(".reserve-development", new LocatorLocatorOptions { HasTextString = Training }).First;
            await Assertions.Expect(row).ToContainTextAsync(reserve, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            await Assertions.Expect(row).ToContainTextAsync("16学时");
            await Assertions.Expect(panel).Not.ToContainTextAsync("内容：必填");

            await panel.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "village-page-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-main-content");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "village-page-360", fullPage: false);
            await panel.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await page.EvaluateAsync("() => window.scrollBy(0, -64)");
            await BrowserFixture.SaveAsync(page, "village-page-reserves-360", fullPage: false);
            Assert.True(overflow <= 0, $"the village page is {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-village-page");
            throw;
        }
    }

    [Fact]
    public async Task AVillagePage_CorrectsAReserveRecord_AndRenamesAndAbolishesASpecialPost()
    {
        var page = await browser.NewSignedInPageAsync("/org", width: 1280, height: 900);
        var (villageId, villageName, _) = await VillageWithReserveAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/org/villages/{villageId}");
            await Assertions.Expect(page.Locator("h1.page-title")).ToContainTextAsync(villageName, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
            var posts = page.Locator(".special-posts-panel");

            // A post without a name is refused, naming the field (clicks before the circuit is interactive do nothing: retry).
            for (var i = 0; i < 60 && !await posts.GetByText("岗位名称：必填").IsVisibleAsync(); i++)
            {
                await page.Locator("#add-special-post").ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }

            await posts.Locator(".special-post-add").GetByLabel("岗位名称").FillAsync("浏览器测试特设岗位");
            await posts.Locator(".special-post-add").GetByLabel("岗位名称").BlurAsync();
            await page.Locator("#add-special-post").ClickAsync();
            var post = posts.Locator(".special-post", new LocatorLocatorOptions { HasTextString = "浏览器测试特设岗位" }).First;
            await Assertions.Expect(post).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });

            // Rename: an empty name gets the API's message; a new one replaces it.
            await post.Locator(".rename-special-post").ClickAsync();
            await post.GetByLabel("新岗位名称").FillAsync("");
            await post.GetByLabel("新岗位名称").BlurAsync();
            await post.Locator("#save-special-post").ClickAsync();
            await Assertions.Expect(post).ToContainTextAsync("岗位名称：必填");
            await post.GetByLabel("新岗位名称").FillAsync("浏览器测试特设岗位（更名）");
            await post.GetByLabel("新岗位名称").BlurAsync();
            await post.Locator("#save-special-post").ClickAsync();
            post = posts.Locator(".special-post", new LocatorLocatorOptions { HasTextString = "浏览器测试特设岗位（更名）" }).First;
            await Assertions.Expect(post).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });

            // Abolish: a day before the set-up day is refused with the update's message; today abolishes it.
            await post.Locator(".abolish-special-post").ClickAsync();
            await post.GetByLabel("撤岗日期").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await post.GetByLabel("撤岗日期").PressAsync("Tab");
            await post.Locator("#save-special-post").ClickAsync();
            await Assertions.Expect(post).ToContainTextAsync("早于设岗日期");
            await BrowserFixture.SaveAsync(page, "village-page-abolish-1280");
            await post.GetByLabel("撤岗日期").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await post.GetByLabel("撤岗日期").PressAsync("Tab");
            await post.Locator("#save-special-post").ClickAsync();
            await Assertions.Expect(post.Locator(".abolish-special-post")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(post).ToContainTextAsync(" – " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            // Correct a reserve's record in place: an empty content is refused, naming the field.
            var records = page.Locator(".reserve-development-panel");
            var record = records.Locator(".reserve-record").First;
            await record.Locator(".edit-reserve-record").ClickAsync();
            var form = records.Locator(".reserve-record-edit");
            await form.GetByLabel("内容").FillAsync("");
            await form.GetByLabel("内容").BlurAsync();
            await page.Locator("#save-reserve-record").ClickAsync();
            await Assertions.Expect(form).ToContainTextAsync("内容：必填");
            await page.SetViewportSizeAsync(360, 780);
            await form.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "village-page-record-edit-360", fullPage: false);
            Assert.True(overflow <= 0, $"the record form is {overflow}px wider than a 360px screen");
            await page.SetViewportSizeAsync(1280, 900);
            await form.GetByLabel("内容").FillAsync("村务监督专题培训（浏览器测试修改）");
            await form.GetByLabel("内容").BlurAsync();
            await page.Locator("#save-reserve-record").ClickAsync();
            await Assertions.Expect(records.Locator(".reserve-record", new LocatorLocatorOptions { HasTextString = "村务监督专题培训（浏览器测试修改）" }))
                .ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(records.Locator(".reserve-record-edit")).ToHaveCountAsync(0);
            await BrowserFixture.SaveAsync(page, "village-page-edits-1280");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-village-page-edits");
            throw;
        }
    }

    /// <summary>The first village (by code) of the first township with a reserve in the pool now, and that reserve's name.</summary>
    private async Task<(int Id, string Name, string Reserve)> VillageWithReserveAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var m = await db.ReservePoolMemberships.AsNoTracking()
            .Where(m => m.To == null && m.OrgUnit!.Kind == OrgUnitKind.Village && m.OrgUnit.Parent!.Kind == OrgUnitKind.Township)
            .OrderBy(m => m.OrgUnit!.Code).ThenBy(m => m.Cadre!.Name)
            .Select(m => new { m.OrgUnitId, Village = m.OrgUnit!.Name, Cadre = m.Cadre!.Name }).FirstAsync();
        return (m.OrgUnitId, m.Village, m.Cadre);
    }
}
