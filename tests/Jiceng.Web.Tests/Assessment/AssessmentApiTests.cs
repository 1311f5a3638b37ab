using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Assessment;

/// <summary>
/// The clause 五 API on the demo district: the 优秀 grade over a township's cap is refused with the Chinese message
/// naming the cap (nothing stored); a grade is entered and deleted; awards and disbursements are corrected at their
/// version and deleted; the allocation is villages × 2 万元; a township user neither reads nor writes another
/// township's grades. Every write here is undone so the shared demo's planted findings stay as they are.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AssessmentApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    /// <summary>The demo township whose 优秀 grades of the year already reach the cap, and one of its 称职 cadres.</summary>
    private Task<(int TownshipId, int CadreId, int Excellent)> FullTownshipAsync() => WithDbAsync(async db =>
    {
        var counts = await db.CadreYearlyGrades.AsNoTracking()
            .Where(g => g.Year == Year && (g.OrgUnit!.Kind == OrgUnitKind.Township || g.OrgUnit.Kind == OrgUnitKind.SubDistrict) && g.GradeCode != AssessmentGrades.NotAssessed)
            .GroupBy(g => g.OrgUnitId!.Value)
            .Select(g => new { Id = g.Key, N = g.Count(), Excellent = g.Count(x => x.GradeCode == "1") })
            .ToListAsync(Ct);
        var full = counts.OrderBy(c => c.Id).First(c => c.Excellent >= c.N / 5);
        var cadre = await db.CadreYearlyGrades.AsNoTracking().Where(g => g.Year == Year && g.OrgUnitId == full.Id && g.GradeCode == "2")
            .OrderBy(g => g.CadreId).Select(g => g.CadreId).FirstAsync(Ct);
        return (full.Id, cadre, full.Excellent);
    });

    [Fact]
    public async Task TheExcellentGradeOverTheCap_IsRefusedNamingTheCap_AndNothingIsStored()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (townshipId, cadreId, excellent) = await FullTownshipAsync();

        var refused = await client.PutAsJsonAsync($"/api/v1/cadres/{cadreId}/grades/{Year}", new { gradeCode = "1" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var message = problem.GetProperty("errors").GetProperty("gradeCode")[0].GetString()!;
        Assert.Contains("第五条（R5.1）", message, StringComparison.Ordinal);
        Assert.Contains("优秀等次名额上限为", message, StringComparison.Ordinal);
        Assert.Equal("2", await WithDbAsync(db => db.CadreYearlyGrades.Where(g => g.CadreId == cadreId && g.Year == Year).Select(g => g.GradeCode).SingleAsync(Ct)));

        var tally = await client.GetFromJsonAsync<JsonElement>($"/api/v1/grades/tally?townshipId={townshipId}&year={Year}", Ct);
        Assert.Equal(excellent, tally.GetProperty("excellent").GetInt32());
        Assert.Equal(tally.GetProperty("assessed").GetInt32() / 5, tally.GetProperty("cap").GetInt32());
        var rows = await client.GetFromJsonAsync<JsonElement>($"/api/v1/grades?townshipId={townshipId}&year={Year}&gradeCode=1", Ct);
        Assert.Equal(excellent, rows.GetArrayLength());
    }

    [Fact]
    public async Task AGrade_IsEntered_ListedWithItsUses_AndDeleted()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (_, cadreId, _) = await FullTownshipAsync();
        const int old = 2019;

        var saved = await client.PutAsJsonAsync($"/api/v1/cadres/{cadreId}/grades/{old}", new { gradeCode = "3" }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var grade = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("基本称职", "Entered"), (grade.GetProperty("gradeLabel").GetString(), grade.GetProperty("source").GetString()));

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres/{cadreId}/grades", Ct);
        Assert.Contains(list.GetProperty("grades").EnumerateArray(), g => g.GetProperty("year").GetInt32() == old);
        Assert.Equal(0, list.GetProperty("consecutiveExcellentYears").GetInt32()); // the latest year is 称职

        var bad = await client.PutAsJsonAsync($"/api/v1/cadres/{cadreId}/grades/{old}", new { gradeCode = "9" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("考核等次", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/grades/{grade.GetProperty("id").GetInt32()}", Ct)).StatusCode);
        Assert.False(await WithDbAsync(db => db.CadreYearlyGrades.AnyAsync(g => g.CadreId == cadreId && g.Year == old, Ct)));
    }

    [Fact]
    public async Task ATownshipUser_NeitherReadsNorWritesAnotherTownshipsGrades()
    {
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (own, foreignTownship, foreignCadre) = await WithDbAsync(async db =>
        {
            var mine = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct);
            var other = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId != mine && c.OrgUnit!.Kind == OrgUnitKind.Township)
                .OrderBy(c => c.Id).Select(c => new { Township = c.OrgUnitId, c.Id }).FirstAsync(Ct);
            return (mine, other.Township, other.Id);
        });
        var put = await district.PutAsJsonAsync($"/api/v1/cadres/{foreignCadre}/grades/2016", new { gradeCode = "2" }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var gradeId = (await put.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync($"/api/v1/cadres/{foreignCadre}/grades", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await township.PutAsJsonAsync($"/api/v1/cadres/{foreignCadre}/grades/2018", new { gradeCode = "2" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync($"/api/v1/grades/tally?townshipId={foreignTownship}&year=2016", Ct)).StatusCode);
        Assert.Equal(0, (await township.GetFromJsonAsync<JsonElement>($"/api/v1/grades?townshipId={foreignTownship}&year=2016", Ct)).GetArrayLength());
        Assert.Equal(1, (await district.GetFromJsonAsync<JsonElement>($"/api/v1/grades?townshipId={foreignTownship}&year=2016", Ct)).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await township.DeleteAsync($"/api/v1/grades/{gradeId}", Ct)).StatusCode);
        Assert.False(await WithDbAsync(db => db.CadreYearlyGrades.AnyAsync(g => g.CadreId == foreignCadre && g.Year == 2018, Ct)));
        Assert.True(await WithDbAsync(db => db.CadreYearlyGrades.AnyAsync(g => g.Id == gradeId, Ct)));
        Assert.Equal(HttpStatusCode.NoContent, (await district.DeleteAsync($"/api/v1/grades/{gradeId}", Ct)).StatusCode);
        // Its own township's tally is readable.
        Assert.Equal(HttpStatusCode.OK, (await township.GetAsync($"/api/v1/grades/tally?townshipId={own}&year={Year}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnAward_IsAddedCorrectedAtItsVersion_AndDeleted()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (_, cadreId, _) = await FullTownshipAsync();
        var body = new { kind = "SecondClassMerit", title = "抗旱先进", @event = "抗旱", eventOn = "2024-05-01", grantedOn = "2024-05-20", isGrassroots = true, documentNumber = "区委〔2024〕3号" };

        var created = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/awards", body, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var award = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = award.GetProperty("id").GetInt32();
        Assert.Equal("二等功", award.GetProperty("kindLabel").GetString());

        var updated = await client.PutAsJsonAsync($"/api/v1/awards/{id}", new { version = 0, award = body with { title = "抗旱先进个人" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/awards/{id}", new { version = 0, award = body }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var late = await client.PutAsJsonAsync($"/api/v1/awards/{id}", new { version = 1, award = body with { grantedOn = "2024-04-01" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("授予日期", await late.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/awards?year=2024&kind=SecondClassMerit", Ct);
        Assert.Contains(listed.EnumerateArray(), a => a.GetProperty("id").GetInt32() == id && a.GetProperty("title").GetString() == "抗旱先进个人");
        var share = await client.GetFromJsonAsync<JsonElement>("/api/v1/awards/share?year=2024", Ct);
        Assert.True(share.GetProperty("grassroots").GetInt32() >= 1);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/awards/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/awards/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ADisbursement_MovesTheTownshipsBalance_IsCorrectedAndDeleted()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (townshipId, villageId, cadreId, villages) = await WithDbAsync(async db =>
        {
            var c = await db.Cadres.AsNoTracking().Where(x => x.OrgUnit!.Kind == OrgUnitKind.Village).OrderBy(x => x.Id)
                .Select(x => new { x.Id, x.OrgUnitId, Township = x.OrgUnit!.ParentId!.Value }).FirstAsync(Ct);
            var n = await db.OrgUnits.CountAsync(u => u.ParentId == c.Township && (u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community), Ct);
            return (c.Township, c.OrgUnitId, c.Id, n);
        });
        const int year = 2023;
        async Task<JsonElement> AllocationAsync() =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/village-fund/allocations?year={year}&townshipId={townshipId}", Ct))[0];
        var before = await AllocationAsync();
        Assert.Equal(villages * 20000m, before.GetProperty("allocatedYuan").GetDecimal());

        var input = new { villageId, cadreId, year, amountYuan = 12345.67m, score = 88m, paidOn = "2024-01-15" };
        var created = await client.PostAsJsonAsync("/api/v1/village-fund/disbursements", input, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var after = await AllocationAsync();
        Assert.Equal(before.GetProperty("disbursedYuan").GetDecimal() + 12345.67m, after.GetProperty("disbursedYuan").GetDecimal());
        Assert.Equal(after.GetProperty("allocatedYuan").GetDecimal() - after.GetProperty("disbursedYuan").GetDecimal(), after.GetProperty("balanceYuan").GetDecimal());

        var bad = await client.PutAsJsonAsync($"/api/v1/village-fund/disbursements/{id}", new { version = 0, disbursement = input with { amountYuan = -1m } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("兑现金额", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var ok = await client.PutAsJsonAsync($"/api/v1/village-fund/disbursements/{id}", new { version = 0, disbursement = input with { amountYuan = 100m } }, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/village-fund/disbursements?villageId={villageId}&year={year}", Ct);
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("id").GetInt32() == id && d.GetProperty("amountYuan").GetDecimal() == 100m);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/village-fund/disbursements/{id}", Ct)).StatusCode);
        Assert.Equal(before.GetProperty("disbursedYuan").GetDecimal(), (await AllocationAsync()).GetProperty("disbursedYuan").GetDecimal());
    }

    [Fact]
    public async Task AnAuditor_MayReadButNotWrite()
    {
        var auditor = await app.SignedInClientAsync(await app.AuditorUserAsync());
        var (_, cadreId, _) = await FullTownshipAsync();
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/cadres/{cadreId}/grades", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync($"/api/v1/cadres/{cadreId}/grades/2017", new { gradeCode = "2" }, Ct)).StatusCode);
    }
}
