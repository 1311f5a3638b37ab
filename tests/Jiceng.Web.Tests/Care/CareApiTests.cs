using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Care;

/// <summary>
/// Clause 八's care API on the demo district: a township user sees and writes only its own township's facilities and is
/// refused another's with a Chinese field error; a stale version is a conflict; a pension enrolment's subsidy comes
/// from the <c>pension</c> calculator; the planted village's reward is split as R8.4 judges it; a fallen cadre's detail
/// read is audited and hidden outside the scope. Every write is undone so the planted findings stay as they are.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CareApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<(int Own, int Other)> TownshipsAsync() => WithDbAsync(async db =>
    {
        var ids = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).Take(2).ToListAsync(Ct);
        return (ids[0], ids[1]);
    });

    [Fact]
    public async Task ATownshipUser_SeesAndWritesOnlyItsOwnFacilities_AndAStaleVersionIsAConflict()
    {
        var (own, other) = await TownshipsAsync();
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/township-facilities", Ct);
        Assert.NotEqual(0, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), f => Assert.Equal(own, f.GetProperty("townshipId").GetInt32()));

        var refused = await client.PostAsJsonAsync("/api/v1/township-facilities", new { townshipId = other, kind = "Bathroom", openedOn = "2024-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("乡镇（街道）：不存在或不在您的管理范围内", problem.GetProperty("errors").GetProperty("townshipId")[0].GetString());

        var badDates = await client.PostAsJsonAsync("/api/v1/township-facilities", new { townshipId = own, kind = "Bathroom", openedOn = "2024-01-01", closedOn = "2023-12-31" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badDates.StatusCode);
        Assert.Contains("停用日期：不能早于开始日期2024-01-01",
            (await badDates.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("closedOn")[0].GetString(), StringComparison.Ordinal);

        var created = await client.PostAsJsonAsync("/api/v1/township-facilities", new { townshipId = own, kind = "Bathroom", openedOn = "2024-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal("小澡堂", body.GetProperty("kindLabel").GetString());

        var updated = await client.PutAsJsonAsync($"/api/v1/township-facilities/{id}",
            new { version = body.GetProperty("version").GetInt32(), facility = new { townshipId = own, kind = "Bathroom", openedOn = "2024-02-01", note = "乡政府院内" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/township-facilities/{id}",
            new { version = body.GetProperty("version").GetInt32(), facility = new { townshipId = own, kind = "Bathroom", openedOn = "2024-03-01" } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var otherFacility = await WithDbAsync(db => db.TownshipFacilities.Where(f => f.TownshipId == other).Select(f => f.Id).FirstAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/township-facilities/{otherFacility}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/township-facilities/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task APensionEnrolment_GetsTheSubsidyOfThePensionCalculator_AndAMissingContributionIsRefused()
    {
        var (cadreId, villageId) = await WithDbAsync(async db => await db.VillageCadreInsurances.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => ValueTuple.Create(i.CadreId, i.VillageId)).FirstAsync(Ct));
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var missing = await client.PostAsJsonAsync("/api/v1/village-insurances", new { cadreId, villageId, kind = "Pension", insurer = "经办中心", from = $"{Year}-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("本年个人缴费（元）：必填", (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("contributionYuan")[0].GetString());

        var created = await client.PostAsJsonAsync("/api/v1/village-insurances",
            new { cadreId, villageId, kind = "Pension", insurer = "经办中心", from = $"{Year}-01-01", contributionYuan = 1500.50m }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1000.00m, body.GetProperty("subsidyYuan").GetDecimal());

        var below = await client.PutAsJsonAsync($"/api/v1/village-insurances/{body.GetProperty("id").GetInt32()}", new
        {
            version = body.GetProperty("version").GetInt32(),
            insurance = new { cadreId, villageId, kind = "Pension", insurer = "经办中心", from = $"{Year}-01-01", contributionYuan = 600m },
        }, Ct);
        Assert.Equal(600.00m, (await below.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("subsidyYuan").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/village-insurances/{body.GetProperty("id").GetInt32()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheRewardOfThePlantedVillage_IsThePoolSplitByWeights()
    {
        var villageId = await WithDbAsync(db => db.CollectiveIncomes.Where(i => i.Year == Year && i.OperatingIncomeYuan == 150_000m).Select(i => i.VillageId).FirstAsync(Ct));
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var reward = await client.GetFromJsonAsync<JsonElement>($"/api/v1/collective-economy/reward?villageId={villageId}&year={Year}", Ct);
        Assert.Equal(20_000.00m, reward.GetProperty("amount").GetDecimal());
        Assert.Equal([13_333.33m, 6_666.67m], reward.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()).ToArray());

        var bad = await client.GetAsync($"/api/v1/collective-economy/reward?villageId={villageId}&year=99999", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task AFallenCadresDetail_IsAuditedWhenRead_AndHiddenFromAnotherTownship()
    {
        var fallenId = await WithDbAsync(db => db.FallenCadres.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(Ct));
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var before = app.SensitiveReads.Reads.Count;
        var detail = await district.GetFromJsonAsync<JsonElement>($"/api/v1/fallen-cadres/{fallenId}", Ct);
        Assert.Equal("配偶", detail.GetProperty("family")[0].GetProperty("relation").GetString());
        Assert.Equal(before + 1, app.SensitiveReads.Reads.Count);

        var list = await district.GetFromJsonAsync<JsonElement>($"/api/v1/fallen-cadres?year={Year - 1}", Ct);
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("visitsInYear").GetInt32() == 0);

        // The fallen cadres are in the second township: the first township's user does not see them.
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync($"/api/v1/fallen-cadres/{fallenId}", Ct)).StatusCode);
        Assert.Equal(0, (await township.GetFromJsonAsync<JsonElement>("/api/v1/fallen-cadres", Ct)).GetArrayLength());

        var early = await district.PostAsJsonAsync($"/api/v1/fallen-cadres/{fallenId}/visits", new { visitedOn = "2000-01-01", visitor = "乡党委" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.StartsWith("走访日期：不能早于殉职日期", (await early.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("visitedOn")[0].GetString(), StringComparison.Ordinal);
    }
}
