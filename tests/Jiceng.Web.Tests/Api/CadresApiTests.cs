using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class CadresApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string IdFor(DateOnly birth, int sequence)
    {
        var first17 = $"140603{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<int> TownshipIdAsync(int skip) => QueryAsync(db => db.OrgUnits
        .Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Skip(skip).Select(u => u.Id).FirstAsync());

    private static object NewCadre(int orgUnitId, string id, string birth, string sex, string name = "接口测试") => new
    {
        name, idNumber = id, birthDate = birth, sexCode = sex, ethnicityCode = "01", politicalStatusCode = "01",
        category = "TownshipCivilServant", orgUnitId, educationCode = "21",
    };

    [Fact]
    public async Task List_PagesAndFilters_WithMaskedIdNumbers()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/cadres?pageSize=5&category=VillageCadre", Ct);
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        var expected = await QueryAsync(db => db.Cadres.CountAsync(c => c.Category == CadreCategory.VillageCadre));
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            Assert.Matches("^[0-9]{6}\\*{11}[0-9X]$", item.GetProperty("idNumberMasked").GetString());
            Assert.Equal("VillageCadre", item.GetProperty("category").GetString());
        }
    }

    [Fact]
    public async Task Get_OutOfScope_Is404_InScope_Is200()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var own = await TownshipIdAsync(0);
        var other = await TownshipIdAsync(1);
        var inside = await QueryAsync(db => db.Cadres.Where(c => c.OrgUnitId == own).Select(c => c.Id).FirstAsync());
        var outside = await QueryAsync(db => db.Cadres.Where(c => c.OrgUnitId == other).Select(c => c.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/v1/cadres/{inside}", UriKind.Relative), Ct)).StatusCode);
        var response = await client.GetAsync(new Uri($"/api/v1/cadres/{outside}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("idNumber", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithBadInput_Is400NamingEachFieldInChinese_AndSavesNothing()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var unit = await TownshipIdAsync(0);
        var before = await QueryAsync(db => db.Cadres.CountAsync());
        var id = IdFor(new DateOnly(1988, 8, 8), 11); // a man born 1988-08-08
        var response = await client.PostAsJsonAsync("/api/v1/cadres", new
        {
            name = "", idNumber = id, birthDate = "1988-08-09", sexCode = "2", ethnicityCode = "77", politicalStatusCode = "01",
            category = "TownshipCivilServant", orgUnitId = unit,
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("姓名", problem!.Errors["name"][0], StringComparison.Ordinal);
        Assert.Contains("1988-08-08", problem.Errors["birthDate"][0], StringComparison.Ordinal);
        Assert.Contains("1988-08-09", problem.Errors["birthDate"][0], StringComparison.Ordinal);
        Assert.Contains("男", problem.Errors["sexCode"][0], StringComparison.Ordinal);
        Assert.Contains("77", problem.Errors["ethnicityCode"][0], StringComparison.Ordinal);
        Assert.Equal(before, await QueryAsync(db => db.Cadres.CountAsync()));
    }

    [Theory]
    [InlineData("1990-02-30")]
    [InlineData("not-a-date")]
    public async Task Create_WithAnImpossibleDate_Is400NamingTheField(string date)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var unit = await TownshipIdAsync(0);
        var response = await client.PostAsJsonAsync("/api/v1/cadres", NewCadre(unit, IdFor(new DateOnly(1990, 2, 1), 21), date, "1"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("出生日期", problem!.Errors["birthDate"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAnInvalidIdNumber_Is400()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var unit = await TownshipIdAsync(0);
        var good = IdFor(new DateOnly(1992, 5, 6), 31);
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var response = await client.PostAsJsonAsync("/api/v1/cadres", NewCadre(unit, bad, "1992-05-06", "1"), Ct);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("校验位", problem!.Errors["idNumber"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Update_Conflict_Delete_RoundTrip()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var unit = await TownshipIdAsync(0);
        var id = IdFor(new DateOnly(1993, 7, 1), 41);
        var created = await client.PostAsJsonAsync("/api/v1/cadres", NewCadre(unit, id, "1993-07-01", "1"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var cadreId = body.GetProperty("id").GetInt32();
        var version = body.GetProperty("version").GetInt32();

        var duplicate = await client.PostAsJsonAsync("/api/v1/cadres", NewCadre(unit, id, "1993-07-01", "1"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);

        var update = new { cadre = NewCadre(unit, id, "1993-07-01", "1", name: "接口测试改"), version };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/cadres/{cadreId}", update, Ct)).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/cadres/{cadreId}", update, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri($"/api/v1/cadres/{cadreId}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/v1/cadres/{cadreId}", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Auditor_MayRead_ButNotWrite()
    {
        var client = await app.SignedInClientAsync(await app.AuditorUserAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/cadres", UriKind.Relative), Ct)).StatusCode);
        var unit = await TownshipIdAsync(0);
        var response = await client.PostAsJsonAsync("/api/v1/cadres", NewCadre(unit, IdFor(new DateOnly(1994, 1, 1), 51), "1994-01-01", "1"), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode} {response.Headers} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/cadres", out _));
        Assert.True(paths.TryGetProperty("/api/v1/cadres/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/org-units", out _));
    }
}
