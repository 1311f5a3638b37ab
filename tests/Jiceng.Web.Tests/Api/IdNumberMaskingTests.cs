using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>ID numbers are masked in list and get responses; the full number only through the audited unmasking endpoint.</summary>
[Collection(WebCollection.Name)]
public sealed class IdNumberMaskingTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<int> TownshipIdAsync(int skip) => QueryAsync(db => db.OrgUnits
        .Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Skip(skip).Select(u => u.Id).FirstAsync());

    private Task<(int Id, IdCardNumber Number)> CadreInAsync(int townshipId) => QueryAsync(async db =>
    {
        var c = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == townshipId).OrderBy(c => c.Id).Select(c => new { c.Id, c.IdNumber }).FirstAsync();
        return (c.Id, c.IdNumber);
    });

    private int ReadsOf(int cadreId) => app.SensitiveReads.Reads.Count(r =>
        r.RecordType == "Cadre" && r.RecordId == cadreId.ToString(CultureInfo.InvariantCulture) && r.What == "IdNumber");

    [Fact]
    public async Task ListAndGet_HoldOnlyMaskedNumbers_EvenForPermittedRoles()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var all = await QueryAsync(db => db.Cadres.AsNoTracking().Select(c => c.IdNumber).ToListAsync());
        var list = await client.GetStringAsync(new Uri("/api/v1/cadres?pageSize=100", UriKind.Relative), Ct);
        var (id, number) = await CadreInAsync(await TownshipIdAsync(0));
        var get = await client.GetStringAsync(new Uri($"/api/v1/cadres/{id}", UriKind.Relative), Ct);
        foreach (var body in new[] { list, get })
        {
            Assert.DoesNotContain(all, n => body.Contains(n.Value[..14], StringComparison.Ordinal));
        }

        Assert.Equal(number.Masked, JsonDocument.Parse(get).RootElement.GetProperty("idNumberMasked").GetString());
        var items = JsonDocument.Parse(list).RootElement.GetProperty("items");
        Assert.Equal(100, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), i => Assert.Matches("^[0-9]{6}\\*{11}[0-9X]$", i.GetProperty("idNumberMasked").GetString()));
    }

    [Fact]
    public async Task Unmask_ForAPermittedRole_Is200WithTheFullNumber_AndAuditedOnce()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (id, number) = await CadreInAsync(await TownshipIdAsync(0));
        var before = ReadsOf(id);
        var response = await client.GetAsync(new Uri($"/api/v1/cadres/{id}/id-number", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(number.Value, body.GetProperty("idNumber").GetString());
        Assert.Equal(before + 1, ReadsOf(id));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unmask_OutOfScope_Is404_AndNotAudited()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (id, _) = await CadreInAsync(await TownshipIdAsync(1));
        var before = ReadsOf(id);
        var response = await client.GetAsync(new Uri($"/api/v1/cadres/{id}/id-number", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, ReadsOf(id));
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.VillageStaff)]
    public async Task Unmask_ForARoleThatMayNot_Is403_AndNotAudited(string role)
    {
        var user = await app.EnsureDistrictUserAsync("t-unmask-" + role.ToLowerInvariant(), role);
        var client = await app.SignedInClientAsync(user);
        var (id, _) = await CadreInAsync(await TownshipIdAsync(0));
        var before = ReadsOf(id);
        var response = await client.GetAsync(new Uri($"/api/v1/cadres/{id}/id-number", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, ReadsOf(id));
    }

    [Fact]
    public async Task Update_ByARoleThatMayNotUnmask_KeepsTheStoredNumber()
    {
        var user = await app.EnsureDistrictUserAsync("t-unmask-village-editor", Roles.VillageStaff);
        var client = await app.SignedInClientAsync(user);
        var (id, number) = await CadreInAsync(await TownshipIdAsync(0));
        var dto = await QueryAsync(db => db.Cadres.AsNoTracking().SingleAsync(c => c.Id == id));
        var input = CadreInput.From(dto) with { IdNumber = number.Masked, Major = "改过的专业" };
        var response = await client.PutAsJsonAsync(new Uri($"/api/v1/cadres/{id}", UriKind.Relative), new { cadre = input, version = dto.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(number, (await CadreInAsync(await TownshipIdAsync(0))).Number);
        Assert.Equal("改过的专业", await QueryAsync(db => db.Cadres.Where(c => c.Id == id).Select(c => c.Major).SingleAsync()));
    }
}
