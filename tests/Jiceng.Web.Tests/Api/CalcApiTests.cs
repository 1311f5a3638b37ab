using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Policy;
using Jiceng.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>
/// <c>POST /api/v1/calc/{name}</c>: clause 八's calculators answer the amount and its working as JSON under the profile
/// in force or a given version; bad inputs are 400 with Chinese messages keyed by field.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CalcApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync() => await app.SignedInClientAsync(await app.TownshipUserAsync());

    [Fact]
    public async Task Trips_DecidesEachClaim_WithItsWorking_UnderTheProfileInForce()
    {
        var client = await ClientAsync();
        var response = await client.PostAsJsonAsync("/api/v1/calc/trips", new
        {
            inputs = new
            {
                posting_start = "2021-04-10",
                trip = new object[]
                {
                    new { date = "2021-04-12", amount = 100 }, new { date = "2021-05-12", amount = 100 }, "2021-06-20:100",
                    new { date = "2021-06-28", amount = 100 }, new { date = "2021-07-05", amount = 100.5 },
                },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(400.50m, body.GetProperty("amount").GetDecimal());
        Assert.Equal("第八条", body.GetProperty("clause").GetString());
        Assert.StartsWith("示例配置", body.GetProperty("profile").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(["准予报销", "准予报销", "准予报销", "不予报销", "准予报销"],
            body.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("status").GetString()));
        Assert.Contains("超过平均每月 1 次 × 本年已任职 3 个月 = 3 次", body.GetProperty("lines")[3].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("结果：400.50 元", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leave_NumbersOrTexts_GiveTheSameAmount()
    {
        var client = await ClientAsync();
        var asNumbers = await client.PostAsJsonAsync("/api/v1/calc/leave",
            new { inputs = new { service_start = "2015-03-01", year = 2021, monthly_wage = 5000, untaken = 3 } }, Ct);
        var asTexts = await client.PostAsJsonAsync("/api/v1/calc/leave",
            new { inputs = new { service_start = "2015-03-01", year = "2021", monthly_wage = "5000.00", untaken = "3" } }, Ct);
        foreach (var r in new[] { asNumbers, asTexts })
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var body = await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(1379.31m, body.GetProperty("amount").GetDecimal());
            Assert.Equal(["P8.leave_tiers", "P8.untaken_multiplier", "P8.days_per_month"],
                body.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        }
    }

    [Fact]
    public async Task BadInputs_Are400_WithChineseFieldErrors()
    {
        var client = await ClientAsync();
        var bad = await client.PostAsJsonAsync("/api/v1/calc/trips",
            new { inputs = new { posting_start = "2021-13-01", trip = new object[] { "2021-06-31:80", new { date = "2021-06-20" } }, tirp = "x" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("yyyy-MM-dd", errors.GetProperty("inputs.posting_start")[0].GetString(), StringComparison.Ordinal);
        var trip = errors.GetProperty("inputs.trip").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(trip, m => m.Contains("第 1 项的日期", StringComparison.Ordinal));
        Assert.Contains(trip, m => m.Contains("第 2 项缺少金额（amount）", StringComparison.Ordinal));
        Assert.StartsWith("未知的输入“tirp”", errors.GetProperty("inputs.tirp")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("可写：posting_start、posting_end、trip", errors.GetProperty("inputs.tirp")[0].GetString(), StringComparison.Ordinal);

        var refused = await client.PostAsJsonAsync("/api/v1/calc/leave",
            new { inputs = new { service_start = "2020-01-02", year = 2021, monthly_wage = 5000, untaken = 1 } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("应休的 0 天", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("inputs.untaken")[0].GetString(),
            StringComparison.Ordinal);

        var missing = await client.PostAsJsonAsync("/api/v1/calc/pension", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("inputs", out _));

        var unknown = await client.PostAsJsonAsync("/api/v1/calc/bonuses", new { inputs = new { x = 1 } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("subsidy、trips、leave、pension、reward、bonus", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGivenProfileVersion_IsUsed_AndAnUnknownOneIsRefused()
    {
        // An adopted version far in the future (so nothing else judges under it), with a higher pension cap.
        var yaml = File.ReadAllText(Path.Combine(ExampleProfile.RepoRoot(), "policy", "default-2020.yaml"))
            .Replace("P0.effective_from: 2020-01-01", "P0.effective_from: 2099-01-01", StringComparison.Ordinal);
        var at = yaml.IndexOf("value: 1000", yaml.IndexOf("P8.pension_subsidy_per_year:", StringComparison.Ordinal), StringComparison.Ordinal);
        yaml = string.Concat(yaml.AsSpan(0, at), "value: 1500", yaml.AsSpan(at + "value: 1000".Length));
        int id;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            var version = new PolicyProfileVersion
            {
                Name = "计算器测试版本", EffectiveFrom = new DateOnly(2099, 1, 1), Yaml = yaml, CreatedAt = DateTime.UtcNow, CreatedBy = "test",
            };
            db.PolicyProfileVersions.Add(version);
            await db.SaveChangesAsync(Ct);
            id = version.Id;
        }

        var client = await ClientAsync();
        var inForce = await client.PostAsJsonAsync("/api/v1/calc/pension", new { inputs = new { contribution = 1200, year = 2021 } }, Ct);
        Assert.Equal(1000.00m, (await inForce.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("amount").GetDecimal());

        var given = await client.PostAsJsonAsync("/api/v1/calc/pension", new { inputs = new { contribution = 1200 }, profileVersionId = id }, Ct);
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var body = await given.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1200.00m, body.GetProperty("amount").GetDecimal());
        Assert.Equal("2099-01-01", body.GetProperty("profile").GetProperty("effectiveFrom").GetString());

        var none = await client.PostAsJsonAsync("/api/v1/calc/pension", new { inputs = new { contribution = 1200 }, profileVersionId = 987654 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("没有编号为 987654", (await none.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("profileVersionId")[0].GetString(),
            StringComparison.Ordinal);
    }
}
