using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Guarantees;

/// <summary>
/// The cadre page's 工作保障 tab (clause 八) on the demo district, as the server renders it (/cadres/{id}?tab=guarantees):
/// every subsidy amount, leave pay and working on the tab is the API's for the same cadre and month (the page reads the
/// API's own lines; these tests would catch a page that computed its own); the home-trip decision is the stored one; the
/// finance role reads the amounts without edit controls; another township's cadre is not found on the page (audited)
/// and 404 in the API.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class GuaranteesTabTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    /// <summary>The demo's payment for 16–30 April 2026 of 149.99 (150.00 due): its cadre, unit path and month.</summary>
    private Task<(int CadreId, string UnitPath, string Month)> ProratedPaymentAsync() => WithDbAsync(async db =>
    {
        var payments = await db.SubsidyPayments.AsNoTracking().Where(p => p.EligibleFrom != null)
            .Select(p => new { p.CadreId, p.Month, p.AmountYuan, p.Cadre!.OrgUnit!.Path }).ToListAsync(Ct);
        var p = payments.Where(x => x.AmountYuan == 149.99m).OrderBy(x => x.CadreId).First();
        return (p.CadreId, p.Path, p.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    });

    private static async Task<string> TabAsync(HttpClient client, int cadreId)
    {
        var response = await Forms.GetAsync(client, $"/cadres/{cadreId}?tab=guarantees");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    private static string Money(JsonElement e) => e.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Every line of the API's statement of the month is on the tab with the same due, paid and shortfall, and its working.</summary>
    private static async Task AssertStatementOnTabAsync(HttpClient client, int cadreId, string month, string html)
    {
        var statement = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres/{cadreId}/subsidy-statement?month={month}", Ct);
        Assert.True(statement.GetArrayLength() > 0, "the API states the month");
        foreach (var line in statement.EnumerateArray())
        {
            var paid = line.GetProperty("paidYuan") is { ValueKind: JsonValueKind.Number } p ? Money(p) : "";
            var cell = $"data-line=\"{month}|{line.GetProperty("subsidy").GetString()}\" data-due=\"{Money(line.GetProperty("dueYuan"))}\" " +
                $"data-paid=\"{paid}\" data-shortfall=\"{Money(line.GetProperty("shortfallYuan"))}\"";
            Assert.Contains(cell, html, StringComparison.Ordinal);
            var working = line.GetProperty("working");
            Assert.Contains($"data-calculator=\"subsidy\" data-amount=\"{Money(working.GetProperty("amount"))}\"", html, StringComparison.Ordinal);
            foreach (var step in working.GetProperty("steps").EnumerateArray())
            {
                Assert.Contains(step.GetString()!, html, StringComparison.Ordinal);
            }

            foreach (var parameter in working.GetProperty("parameters").EnumerateArray())
            {
                Assert.Contains(parameter.GetProperty("value").GetString()!, html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task TheTabsSubsidyAmounts_AndWorking_AreTheApis_ForTheSameCadreAndMonth()
    {
        var (cadreId, _, month) = await ProratedPaymentAsync();
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var html = await TabAsync(client, cadreId);

        Assert.Contains("id=\"subsidies-heading\"", html, StringComparison.Ordinal);
        await AssertStatementOnTabAsync(client, cadreId, month, html);
        // The planted shortfall by hand: 15 of 30 days at 300 元/月 is 150.00; 149.99 was paid.
        Assert.Contains($"data-line=\"{month}|乡镇工作补贴\" data-due=\"150.00\" data-paid=\"149.99\" data-shortfall=\"0.01\"", html, StringComparison.Ordinal);
        Assert.Contains("月补贴 = (15 × 300) ÷ 30", html, StringComparison.Ordinal);
        // The month's statement downloads through the API's audited export, for the cadre's unit.
        Assert.Contains($"api/v1/subsidy-statement/xlsx?month={month}&unitId=", html, StringComparison.Ordinal);
        Assert.Contains("id=\"add-subsidy-payment\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTabsLeavePay_IsTheApis_AndTheStoredTripDecisionIsShown()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (leaveCadre, postedCadre) = await WithDbAsync(async db => (
            await db.AnnualLeaves.AsNoTracking().Where(l => l.MonthlyWageYuan != null && l.Year == 2025 && l.TakenDays == 10 && l.CompensatedDays == 0)
                .OrderBy(l => l.CadreId).Select(l => l.CadreId).FirstAsync(Ct),
            await db.CrossRegionPostings.AsNoTracking().OrderBy(p => p.Id).Select(p => p.CadreId).FirstAsync(Ct)));

        var html = await TabAsync(client, leaveCadre);
        var years = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres/{leaveCadre}/annual-leave", Ct);
        var withPay = years.EnumerateArray().Where(y => y.GetProperty("pay").ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(withPay);
        foreach (var y in withPay)
        {
            var pay = y.GetProperty("pay");
            Assert.Contains($"data-leave-year=\"{y.GetProperty("year").GetInt32()}\" data-pay=\"{Money(pay.GetProperty("amount"))}\"", html, StringComparison.Ordinal);
            Assert.All(pay.GetProperty("steps").EnumerateArray(), s => Assert.Contains(s.GetString()!, html, StringComparison.Ordinal));
        }

        // 5 untaken days at 5000 元/月: (3 − 1) × 5000 × 5 ÷ 21.75 = 2298.85 (worked by hand), not compensated.
        Assert.Contains("data-leave-year=\"2025\" data-pay=\"2298.85\"", html, StringComparison.Ordinal);
        Assert.Contains("尚有 5 天未补偿", html, StringComparison.Ordinal);

        var posted = await TabAsync(client, postedCadre);
        var postingId = await WithDbAsync(db => db.CrossRegionPostings.AsNoTracking().Where(p => p.CadreId == postedCadre).Select(p => p.Id).FirstAsync(Ct));
        var claims = await client.GetFromJsonAsync<JsonElement>($"/api/v1/postings/{postingId}/claims", Ct);
        Assert.Equal(3, claims.GetArrayLength());
        Assert.All(claims.EnumerateArray(), c => Assert.Contains(c.GetProperty("reason").GetString()!, posted, StringComparison.Ordinal));
        Assert.Contains("data-failed-test=\"MonthlyAverage\"", posted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFinanceRole_ReadsTheAmountsAcrossItsScope_WithoutEditControls()
    {
        var (cadreId, _, month) = await ProratedPaymentAsync();
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-finance", Roles.Finance));
        var html = await TabAsync(client, cadreId);

        await AssertStatementOnTabAsync(client, cadreId, month, html);
        Assert.DoesNotContain("id=\"add-subsidy-payment\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"add-posting\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTownshipsCadre_IsNotFoundOnThePage_AndAudited_And404InTheApi()
    {
        var (cadreId, unitPath, month) = await ProratedPaymentAsync();
        var user = await app.EnsureUserAsync("t-guarantees-other", Roles.TownshipStaff, async db =>
            (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => new { u.Id, u.Path }).ToListAsync())
            .First(u => !unitPath.StartsWith(u.Path, StringComparison.Ordinal)).Id);
        var client = await app.SignedInClientAsync(user);

        var html = await TabAsync(client, cadreId);
        Assert.DoesNotContain("data-line=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"subsidies-heading\"", html, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AsNoTracking().AnyAsync(e => e.UserName == user && e.RecordType == "Page"
            && e.RecordId == $"/cadres/{cadreId}" && e.Details.Contains("not-found-or-out-of-scope"), Ct)), "the probe is audited");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cadres/{cadreId}/subsidy-statement?month={month}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cadres/{cadreId}/annual-leave", Ct)).StatusCode);
        var write = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/subsidy-payments",
            new { subsidy = "乡镇工作补贴", month, amountYuan = 1m, paidOn = $"{month}-28" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }
}
