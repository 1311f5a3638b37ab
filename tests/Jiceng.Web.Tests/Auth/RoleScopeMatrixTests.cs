using System.Net;
using System.Net.Http.Json;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>
/// Role × action × scope: who may read and write which cadre. "A" is the first township, "B" the second; a village
/// user sits in A's first village. Reads outside the scope are 404; writes by read-only roles are 403.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RoleScopeMatrixTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Places(int TownshipA, int VillageA, int CadreInA, int CadreInVillageA, int CadreInB);

    private async Task<Places> PlacesAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var village = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == townships[0].Id).OrderBy(u => u.Code).FirstAsync(Ct);
        return new Places(townships[0].Id, village.Id,
            await db.Cadres.Where(c => c.OrgUnitId == townships[0].Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct),
            await db.Cadres.Where(c => c.OrgUnitId == village.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct),
            await db.Cadres.Where(c => c.OrgUnitId == townships[1].Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct));
    }

    private Task<string> UserAsync(string role, Places p) => role switch
    {
        Roles.OrgDepartment => app.DistrictUserAsync(),
        Roles.TownshipStaff => app.TownshipUserAsync(),
        Roles.Auditor => app.AuditorUserAsync(),
        Roles.VillageStaff => app.EnsureUserAsync("t-village", Roles.VillageStaff, _ => Task.FromResult(p.VillageA)),
        Roles.Finance => app.EnsureUserAsync("t-finance", Roles.Finance,
            db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.District).Select(u => u.Id).SingleAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    [Theory]
    //           role                 in A  in village  in B
    [InlineData(Roles.OrgDepartment, 200, 200, 200)]
    [InlineData(Roles.TownshipStaff, 200, 200, 404)]
    [InlineData(Roles.VillageStaff, 404, 200, 404)]
    [InlineData(Roles.Finance, 200, 200, 200)]
    [InlineData(Roles.Auditor, 200, 200, 200)]
    public async Task Read_OneCadre(string role, int inA, int inVillage, int inB)
    {
        var p = await PlacesAsync();
        var client = await app.SignedInClientAsync(await UserAsync(role, p));
        async Task<int> Get(int id) => (int)(await client.GetAsync(new Uri($"/api/v1/cadres/{id}", UriKind.Relative), Ct)).StatusCode;
        Assert.Equal((inA, inVillage, inB), (await Get(p.CadreInA), await Get(p.CadreInVillageA), await Get(p.CadreInB)));
    }

    [Theory]
    [InlineData(Roles.OrgDepartment, 201)]
    [InlineData(Roles.TownshipStaff, 201)]
    [InlineData(Roles.VillageStaff, 400)]   // may write, but township A lies outside a village's scope
    [InlineData(Roles.Finance, 403)]
    [InlineData(Roles.Auditor, 403)]
    public async Task Create_ACadreInTownshipA(string role, int expected)
    {
        var p = await PlacesAsync();
        var client = await app.SignedInClientAsync(await UserAsync(role, p));
        // A distinct (male, odd-sequence) ID number per role, so no row collides with another's.
        var birth = new DateOnly(1985, 3, 1);
        var sequence = 301 + (2 * Array.IndexOf(Roles.All.ToArray(), role));
        var first17 = $"140603{birth:yyyyMMdd}{sequence:000}";
        var response = await client.PostAsJsonAsync("/api/v1/cadres", new
        {
            name = "矩阵测试", idNumber = first17 + IdCardNumber.CheckCharacter(first17), birthDate = birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            sexCode = "1", ethnicityCode = "01", politicalStatusCode = "01", category = "TownshipCivilServant", orgUnitId = p.TownshipA,
        }, Ct);
        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.OrgDepartment, 200)]
    [InlineData(Roles.TownshipStaff, 400)]  // its own township, but the flag changes what the policy owes it
    [InlineData(Roles.VillageStaff, 404)]
    [InlineData(Roles.Finance, 403)]
    [InlineData(Roles.Auditor, 403)]
    public async Task SetRemoteHardshipFlag_OfTownshipA(string role, int expected)
    {
        var p = await PlacesAsync();
        var client = await app.SignedInClientAsync(await UserAsync(role, p));
        OrgUnit unit;
        using (var scope = app.Services.CreateScope())
        {
            unit = await scope.ServiceProvider.GetRequiredService<JicengDbContext>().OrgUnits.AsNoTracking().SingleAsync(u => u.Id == p.TownshipA, Ct);
        }

        Task<HttpResponseMessage> Put(bool flag) => client.PutAsJsonAsync($"/api/v1/org-units/{unit.Id}", new
        {
            code = unit.Code, name = unit.Name, kind = unit.Kind.ToString(), isRemoteHardship = flag, sortOrder = unit.SortOrder,
        }, Ct);
        Assert.Equal(expected, (int)(await Put(!unit.IsRemoteHardship)).StatusCode);
        if (expected == 200)
        {
            Assert.Equal(HttpStatusCode.OK, (await Put(unit.IsRemoteHardship)).StatusCode); // other tests see the demo as it was
        }
    }

    [Theory]
    [InlineData(Roles.OrgDepartment)]
    [InlineData(Roles.TownshipStaff)]
    [InlineData(Roles.VillageStaff)]
    [InlineData(Roles.Finance)]
    public async Task Lists_HoldOnlyInScopeRows_AndTheTotalAgrees(string role)
    {
        var p = await PlacesAsync();
        var client = await app.SignedInClientAsync(await UserAsync(role, p));
        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/cadres?pageSize=200", Ct);
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("orgUnitId").GetInt32()).ToList();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var userUnit = await db.Users.Where(u => u.UserName == UserName(role)).Select(u => u.OrgUnitId).SingleAsync(Ct);
        var path = await db.OrgUnits.Where(u => u.Id == userUnit).Select(u => u.Path).SingleAsync(Ct);
        var expected = await db.Cadres.CountAsync(c => c.OrgUnit!.Path.StartsWith(path), Ct);
        var allowed = await db.OrgUnits.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(Ct);

        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.All(ids, id => Assert.Contains(id, allowed));
    }

    private static string UserName(string role) => role switch
    {
        Roles.OrgDepartment => "t-district",
        Roles.TownshipStaff => "t-township",
        Roles.VillageStaff => "t-village",
        Roles.Finance => "t-finance",
        _ => "t-auditor",
    };
}
