using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Errors;

/// <summary>Input that must be refused, not saved: invisible or control characters, impossible periods, unknown regions, updates without a version.</summary>
[Collection(ErrorsCollection.Name)]
public sealed class InputRefusalTests(CapturingWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<int> TownshipAsync() => QueryAsync(db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township)
        .OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct));

    private static string Id(string region, DateOnly birth, int sequence)
    {
        var first17 = $"{region}{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private static object Cadre(int unit, string name, string id) => new
    {
        name, idNumber = id, birthDate = "1985-05-05", sexCode = "1", ethnicityCode = "01", politicalStatusCode = "01",
        category = "TownshipCivilServant", orgUnitId = unit,
    };

    [Theory]
    [InlineData("王\u202e\u200b五\u0007\u0000", 701)]
    [InlineData("\u200b\u200b", 703)]
    [InlineData("张\u200d三", 705)]
    [InlineData("李\u2066四\u2069", 707)]
    [InlineData("赵\n六", 709)]
    public async Task ANameWithInvisibleOrControlCharacters_IsRefused_AndNotSaved(string name, int sequence)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var id = Id("140603", new DateOnly(1985, 5, 5), sequence);
        var response = await client.PostAsJsonAsync("/api/v1/cadres", Cadre(await TownshipAsync(), name, id), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
        Assert.False(await QueryAsync(db => db.Cadres.AnyAsync(c => c.Name == name, Ct)));
    }

    [Fact]
    public async Task AnIdNumberOutsideEveryProvince_IsRefused()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await client.PostAsJsonAsync("/api/v1/cadres", Cadre(await TownshipAsync(), "区划测试", Id("999999", new DateOnly(1985, 5, 5), 711)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GB/T 2260", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdateWithoutVersion_IsRefused_AndChangesNothing()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var unit = await TownshipAsync();
        var created = await client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, "版本测试", Id("140603", new DateOnly(1985, 5, 5), 713)), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        var response = await client.PutAsJsonAsync($"/api/v1/cadres/{id}", new { cadre = Cadre(unit, "无版本覆盖", Id("140603", new DateOnly(1985, 5, 5), 713)) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal("版本测试", await QueryAsync(db => db.Cadres.Where(c => c.Id == id).Select(c => c.Name).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31", "from")]
    [InlineData("2020-01-01", "9999-12-31", "to")]
    [InlineData("1949-09-30", null, "from")]
    [InlineData("2020-01-01", "2100-01-01", "to")]
    public async Task AnExemptionOutsideThePlausibleYears_IsRefused(string from, string? to, string field)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var village = await QueryAsync(db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Village).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct));
        var response = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/one-shoulder-exemptions", new { reason = "测试", from, to }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AnExemptionReasonWithABidiOverride_IsRefused()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var village = await QueryAsync(db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Village).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct));
        var response = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/one-shoulder-exemptions", new { reason = "因\u202e故", from = "2024-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
