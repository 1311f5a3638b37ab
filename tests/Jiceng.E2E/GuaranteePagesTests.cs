using System.Text.RegularExpressions;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 八's care pages in the browser, as the organization department, on the demo district: the five smalls with
/// R8.6, the collective reward's working, and the fallen cadres; a facility and a care visit are recorded in the
/// browser and show in the tables, the audit log names the user for both writes and for opening the family's detail;
/// at 1280 and 360 px, each passing axe.
/// </summary>
public sealed class GuaranteePagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 30_000 };

    private static async Task<int> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    private static async Task NoAxeViolationsAsync(IPage page, string within)
    {
        var violations = await AccessibilityCheck.ViolationsAsync(page, within);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = browser.App.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    /// <summary>Clicks <paramref name="button"/> until <paramref name="form"/> shows (the first clicks may come before the circuit is up).</summary>
    private static async Task OpenFormAsync(IPage page, string button, string form)
    {
        for (var i = 0; i < 40 && !await page.Locator(form).IsVisibleAsync(); i++)
        {
            await page.Locator(button).ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(page.Locator(form)).ToBeVisibleAsync();
    }

    /// <summary>Chooses <paramref name="option"/> in the select labelled <paramref name="label"/> inside <paramref name="form"/>.</summary>
    private static async Task ChooseAsync(IPage page, ILocator form, string label, string option)
    {
        var select = form.Locator(".mud-select", new LocatorLocatorOptions { HasTextString = label }).First;
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(select.Locator("input").First).ToHaveValueAsync(new Regex(".+"));
    }

    [Fact]
    public async Task TheCarePages_ShowR86TheWorkingAndTheFamilies_AndAFacilityAndAVisitAreRecordedInTheBrowser()
    {
        var page = await browser.NewSignedInPageAsync("/guarantees/facilities", width: 1280, height: 900);
        try
        {
            var user = await browser.App.DistrictUserAsync();
            var township = await WithDbAsync(db => db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Name).FirstAsync());
            var firstRow = page.Locator(".smalls-table tr", new PageLocatorOptions { HasTextString = township });
            await Assertions.Expect(firstRow.Locator(".smalls-status")).ToContainTextAsync("缺小澡堂、小文体室", Slow);
            await NoAxeViolationsAsync(page, ".smalls-table");
            await NoAxeViolationsAsync(page, ".housing-table");

            // Record the first township's bathroom: R8.6 then misses only the sports room.
            await OpenFormAsync(page, "#facility-add", ".facility-form");
            var form = page.Locator(".facility-form");
            await ChooseAsync(page, form, "乡镇（街道）", township);
            await ChooseAsync(page, form, "设施", "小澡堂");
            await page.Locator("#facility-opened-on").FillAsync("2024-01-01");
            await page.Locator("#facility-note").FillAsync("机关院内东侧");
            await page.Locator("#facility-note").BlurAsync();
            await page.Locator("#facility-save").ClickAsync();
            await Assertions.Expect(page.Locator(".facilities-table")).ToContainTextAsync("机关院内东侧", Slow);
            await Assertions.Expect(firstRow.Locator(".smalls-status")).ToContainTextAsync("缺小文体室", Slow);
            await Assertions.Expect(firstRow.Locator(".smalls-status")).Not.ToContainTextAsync("小澡堂");
            await NoAxeViolationsAsync(page, ".facilities-table");
            await BrowserFixture.SaveAsync(page, "care-facilities-1280");
            var facilityId = await WithDbAsync(db => db.TownshipFacilities.Where(f => f.Note == "机关院内东侧").Select(f => f.Id).SingleAsync());

            var year = Jiceng.Data.Demo.DemoDistrictGenerator.DataAsOf.Year;
            var village = await WithDbAsync(db => db.CollectiveIncomes.Where(i => i.Year == year && i.OperatingIncomeYuan == 150_000m).Select(i => i.VillageId).FirstAsync());
            await page.GotoAsync($"{browser.BaseUrl}/guarantees/collective-reward?year={year}&villageId={village}");
            await Assertions.Expect(page.Locator("#reward-working")).ToContainTextAsync("P8.reward_ratio", Slow);
            await Assertions.Expect(page.Locator(".reward-split")).ToContainTextAsync("13,333.33");
            await Assertions.Expect(page.Locator(".reward-villages .reward-over")).ToHaveCountAsync(2);
            await NoAxeViolationsAsync(page, "#reward-detail");
            await NoAxeViolationsAsync(page, ".reward-villages");
            await BrowserFixture.SaveAsync(page, "care-reward-1280");

            // Open the family of the second fallen cadre (last visited the year before last; an audited read) and record a visit.
            await page.GotoAsync($"{browser.BaseUrl}/guarantees/fallen");
            var fallenId = await WithDbAsync(db => db.FallenCadres.OrderBy(f => f.Id).Select(f => f.Id).Skip(1).FirstAsync());
            var fallenName = await WithDbAsync(db => db.FallenCadres.Where(f => f.Id == fallenId).Select(f => f.Cadre!.Name).FirstAsync());
            var fallenRow = page.Locator(".fallen-table tr", new PageLocatorOptions { HasTextString = fallenName });
            await Assertions.Expect(fallenRow).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
            await Assertions.Expect(fallenRow.Locator(".fallen-status")).ToContainTextAsync("本年尚未走访");
            await NoAxeViolationsAsync(page, ".fallen-table");
            await OpenFormAsync(page, $".fallen-table tr:has-text('{fallenName}') .fallen-open", "#fallen-detail");
            await Assertions.Expect(page.Locator(".family-table")).ToContainTextAsync("李秀英", Slow);
            await OpenFormAsync(page, "#visit-add", ".visit-form");
            await page.Locator("#visit-visitor").FillAsync("区委组织部副部长");
            await page.Locator("#visit-note").FillAsync("送去慰问金并了解子女就学情况");
            await page.Locator("#visit-note").BlurAsync();
            await page.Locator("#visit-save").ClickAsync();
            await Assertions.Expect(page.Locator(".visits-table")).ToContainTextAsync("区委组织部副部长", Slow);
            await Assertions.Expect(fallenRow.Locator(".fallen-status")).ToContainTextAsync("本年已走访");
            await NoAxeViolationsAsync(page, "#fallen-detail");
            await BrowserFixture.SaveAsync(page, "care-fallen-1280");

            var entries = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserName == user).ToListAsync());
            var visitId = await WithDbAsync(db => db.FamilyCareVisits.Where(v => v.Visitor == "区委组织部副部长").Select(v => v.Id).SingleAsync());
            Assert.Contains(entries, e => e.Action == AuditAction.Create && e.RecordType == "TownshipFacility" && e.RecordId == facilityId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(entries, e => e.Action == AuditAction.Create && e.RecordType == "FamilyCareVisit" && e.RecordId == visitId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(entries, e => e.Action == AuditAction.SensitiveRead && e.RecordType == "FallenCadre" && e.RecordId == fallenId.ToString(System.Globalization.CultureInfo.InvariantCulture));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await BrowserFixture.SaveAsync(page, "care-fallen-360");
            Assert.True(await OverflowAsync(page) <= 0, "the fallen cadres page is wider than a 360px screen");
            await NoAxeViolationsAsync(page, ".fallen-table");

            await page.GotoAsync($"{browser.BaseUrl}/guarantees/collective-reward?year={year}&villageId={village}");
            await Assertions.Expect(page.Locator("#reward-working")).ToContainTextAsync("P8.reward_ratio", Slow);
            await BrowserFixture.SaveAsync(page, "care-reward-360");
            Assert.True(await OverflowAsync(page) <= 0, "the reward page is wider than a 360px screen");

            await page.GotoAsync($"{browser.BaseUrl}/guarantees/facilities");
            await Assertions.Expect(page.Locator(".smalls-table")).ToContainTextAsync("缺小文体室", Slow);
            await BrowserFixture.SaveAsync(page, "care-facilities-360");
            Assert.True(await OverflowAsync(page) <= 0, "the facilities page is wider than a 360px screen");
            await NoAxeViolationsAsync(page, ".smalls-table");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-care");
            throw;
        }
    }
}
