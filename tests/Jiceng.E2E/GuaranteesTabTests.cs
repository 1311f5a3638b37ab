using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// Clause 八 in the browser: on the demo cadre paid 149.99 for 16–30 April 2026, the 工作保障 tab shows 150.00 due and
/// 0.01 short; opening 计算过程 shows the inputs, the standard in force with its date and the steps; a cross-region
/// posting is added and two home-trip claims entered — the first reimbursed, the second refused by the monthly average
/// with its numbers — stored and audited. The tab looks right at 1280 px and 360 px and passes axe.
/// </summary>
public sealed class GuaranteesTabTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheTab_ShowsTheWorking_AndAHomeTripClaimIsDecidedAtEntry()
    {
        var page = await browser.NewSignedInPageAsync("/", width: 1280, height: 900);
        var cadreId = await ProratedCadreAsync();
        try
        {
            await page.GotoAsync($"{browser.BaseUrl}/cadres/{cadreId}?tab=guarantees");
            var due = page.Locator("td[data-line='2026-04|乡镇工作补贴']");
            await Assertions.Expect(due).ToHaveTextAsync("150.00", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
            await Assertions.Expect(due).ToHaveAttributeAsync("data-shortfall", "0.01");

            // Interactive once the add button opens its form (the circuit may still be connecting after the first paint).
            var addPosting = page.Locator("#add-posting");
            var postingForm = page.Locator("#posting-form");
            for (var i = 0; i < 40 && !await postingForm.IsVisibleAsync(); i++)
            {
                try
                {
                    await addPosting.ClickAsync(new LocatorClickOptions { Timeout = 3_000 });
                }
                catch (TimeoutException)
                {
                }

                await page.WaitForTimeoutAsync(500);
            }

            // 计算过程 of April: the inputs, the standard with its effective date, the steps.
            var working = page.Locator("details.calc-working[data-calculator='subsidy'][data-amount='150.00']").First;
            await working.Locator("summary").ClickAsync();
            await Assertions.Expect(working.Locator(".calc-steps")).ToBeVisibleAsync();
            await Assertions.Expect(working.Locator(".calc-steps")).ToContainTextAsync("月补贴 = (15 × 300) ÷ 30");
            await Assertions.Expect(working).ToContainTextAsync("P8.subsidies");
            await Assertions.Expect(working).ToContainTextAsync("2026-04-16");
            await Assertions.Expect(working).ToContainTextAsync("第八条");
            await working.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "cadre-guarantees-working-1280");
            var violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-tabs");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            // A posting from 10 March, then two claims in March: 1 × 1 month allows one.
            await Fill(page, "#posting-start", "2026-03-10");
            await Fill(page, "#posting-home", "忻州市忻府区");
            await page.Locator("#save-posting").ClickAsync();
            var posting = page.Locator(".posting-block").First;
            await Assertions.Expect(posting).ToContainTextAsync("忻州市忻府区");

            await Claim(page, posting, "2026-03-20", "120");
            await Assertions.Expect(page.Locator("#claim-decision")).ToContainTextAsync("准予报销");
            await Claim(page, posting, "2026-03-28", "120");
            var decision = page.Locator("#claim-decision");
            await Assertions.Expect(decision).ToContainTextAsync("不予报销");
            await Assertions.Expect(decision).ToContainTextAsync("超过平均每月 1 次 × 本年已任职 1 个月 = 1 次");
            await Assertions.Expect(posting.Locator("[data-failed-test='MonthlyAverage']")).ToHaveCountAsync(1);

            var (stored, audited) = await ClaimsAsync(cadreId);
            Assert.Equal(new List<(bool, TripTest)> { (true, TripTest.Passed), (false, TripTest.MonthlyAverage) }, stored);
            Assert.Equal(2, audited);

            await posting.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveAsync(page, "cadre-guarantees-1280");
            violations = await AccessibilityCheck.ViolationsAsync(page, ".mud-tabs");
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

            await page.SetViewportSizeAsync(360, 780);
            await page.WaitForTimeoutAsync(300);
            await page.Locator("#subsidies-heading").EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            await BrowserFixture.SaveAsync(page, "cadre-guarantees-360", fullPage: false);
            await working.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await BrowserFixture.SaveAsync(page, "cadre-guarantees-working-360", fullPage: false);
            Assert.True(overflow <= 0, $"the 工作保障 tab is {overflow}px wider than a 360px screen");
            await posting.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await BrowserFixture.SaveAsync(page, "cadre-guarantees-claims-360", fullPage: false);
            overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the claims are {overflow}px wider than a 360px screen");
        }
        catch
        {
            await BrowserFixture.SaveAsync(page, "failure-guarantees");
            throw;
        }
    }

    private static async Task Fill(IPage page, string selector, string value)
    {
        await page.Locator(selector).FillAsync(value);
        await page.Locator(selector).BlurAsync();
    }

    private static async Task Claim(IPage page, ILocator posting, string date, string amount)
    {
        await posting.Locator(".add-claim").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-form")).ToBeVisibleAsync();
        await Fill(page, "#claim-date", date);
        await Fill(page, "#claim-amount", amount);
        await page.Locator("#save-claim").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-form")).ToHaveCountAsync(0);
    }

    /// <summary>The demo cadre paid 149.99 of 乡镇工作补贴 for 16–30 April 2026 (GuaranteePlanting).</summary>
    private async Task<int> ProratedCadreAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var payments = await db.SubsidyPayments.AsNoTracking().Where(p => p.EligibleFrom != null).Select(p => new { p.CadreId, p.AmountYuan }).ToListAsync();
        return payments.Where(p => p.AmountYuan == 149.99m).OrderBy(p => p.CadreId).First().CadreId;
    }

    /// <summary>The cadre's stored claims (decision, failed test) in date order, and how many claim creations were audited.</summary>
    private async Task<(List<(bool, TripTest)> Claims, int Audited)> ClaimsAsync(int cadreId)
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var claims = await db.HomeTripClaims.AsNoTracking().Where(c => c.Posting!.CadreId == cadreId).OrderBy(c => c.TripDate)
            .Select(c => new { c.Id, c.Reimbursed, c.FailedTest }).ToListAsync();
        var ids = claims.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audited = await db.AuditEntries.AsNoTracking().CountAsync(e => e.Action == AuditAction.Create && e.RecordType == nameof(HomeTripClaim) && ids.Contains(e.RecordId));
        return ([.. claims.Select(c => (c.Reimbursed, c.FailedTest))], audited);
    }
}
