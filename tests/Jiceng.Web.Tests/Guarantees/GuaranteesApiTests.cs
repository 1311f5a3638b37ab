using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Guarantees;

/// <summary>
/// The clause 八 records API on the demo district: a subsidy payment is refused with Chinese field errors, entered, shown
/// on the monthly statement with the calculator's amount and working (also as xlsx), and deleted; a home-trip claim is
/// decided by R8.1 at entry with its reason, and only the latest claim can be deleted. Every write is undone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class GuaranteesApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> CivilServantAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.Cadres.AsNoTracking().Where(c => c.Category == CadreCategory.TownshipCivilServant && !db.SubsidyPayments.Any(p => p.CadreId == c.Id)
            && !db.CrossRegionPostings.Any(p => p.CadreId == c.Id)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
    }

    [Fact]
    public async Task APayment_IsValidated_Entered_Stated_WithItsWorking_AndDeleted()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var cadreId = await CivilServantAsync();

        var bad = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/subsidy-payments",
            new { subsidy = "不存在的补贴", month = "2025-13", amountYuan = 1.001m }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("发放月份", errors.GetProperty("month")[0].GetString()!, StringComparison.Ordinal);
        Assert.Contains("最多两位小数", errors.GetProperty("amountYuan")[0].GetString()!, StringComparison.Ordinal);
        Assert.Contains("发放日期", errors.GetProperty("paidOn")[0].GetString()!, StringComparison.Ordinal);

        var unknown = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/subsidy-payments",
            new { subsidy = "不存在的补贴", month = "2025-02", amountYuan = 100m, paidOn = "2025-02-28" }, Ct);
        Assert.Contains("P8.subsidies", (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("subsidy")[0].GetString()!, StringComparison.Ordinal);

        // 14 of 28 days from 15 February at 300 元/月: 150.00 due; 140.00 paid is 10.00 short.
        var created = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/subsidy-payments",
            new { subsidy = "乡镇工作补贴", month = "2025-02", eligibleFrom = "2025-02-15", amountYuan = 140m, paidOn = "2025-02-28" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var payment = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = payment.GetProperty("id").GetInt32();
        try
        {
            var again = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/subsidy-payments",
                new { subsidy = "乡镇工作补贴", month = "2025-02", amountYuan = 150m, paidOn = "2025-02-28" }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

            var statement = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres/{cadreId}/subsidy-statement?month=2025-02", Ct);
            var line = statement.EnumerateArray().Single(l => l.GetProperty("subsidy").GetString() == "乡镇工作补贴");
            Assert.Equal((150.00m, 140m, 10.00m), (line.GetProperty("dueYuan").GetDecimal(), line.GetProperty("paidYuan").GetDecimal(), line.GetProperty("shortfallYuan").GetDecimal()));
            Assert.Contains("14 × 300) ÷ 28", line.GetProperty("working").GetProperty("text").GetString()!, StringComparison.Ordinal);

            var xlsx = await client.GetAsync("/api/v1/subsidy-statement/xlsx?month=2025-02", Ct);
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);

            var stale = await client.PutAsJsonAsync($"/api/v1/subsidy-payments/{id}", new { version = 99, payment = new { subsidy = "乡镇工作补贴", month = "2025-02", amountYuan = 150m, paidOn = "2025-02-28" } }, Ct);
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/subsidy-payments/{id}", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/subsidy-payments/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AClaim_IsDecidedAtEntry_WithTheFailedTest_AndOnlyTheLatestIsDeleted()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var cadreId = await CivilServantAsync();
        var created = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/postings", new { start = "2025-03-10", homePlace = "朔州市朔城区" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var postingId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        try
        {
            var first = await (await client.PostAsJsonAsync($"/api/v1/postings/{postingId}/claims", new { tripDate = "2025-03-20", amountYuan = 86m }, Ct))
                .Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(first.GetProperty("reimbursed").GetBoolean());
            var second = await (await client.PostAsJsonAsync($"/api/v1/postings/{postingId}/claims", new { tripDate = "2025-03-28", amountYuan = 86m }, Ct))
                .Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.False(second.GetProperty("reimbursed").GetBoolean());
            Assert.Equal("MonthlyAverage", second.GetProperty("failedTest").GetString());
            Assert.Contains("超过平均每月 1 次 × 本年已任职 1 个月 = 1 次", second.GetProperty("reason").GetString()!, StringComparison.Ordinal);

            var earlier = await client.PostAsJsonAsync($"/api/v1/postings/{postingId}/claims", new { tripDate = "2025-03-15", amountYuan = 86m }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);

            Assert.Equal(HttpStatusCode.BadRequest, (await client.DeleteAsync($"/api/v1/trip-claims/{first.GetProperty("id").GetInt32()}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/trip-claims/{second.GetProperty("id").GetInt32()}", Ct)).StatusCode);
            var claims = await client.GetFromJsonAsync<JsonElement>($"/api/v1/postings/{postingId}/claims", Ct);
            Assert.Equal(1, claims.GetArrayLength());
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/postings/{postingId}", Ct)).StatusCode);
        }
    }
}
