using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>
/// A township user probing beyond its township: another township's ids are 404 and audited; an ID number registered
/// in another township is refused without saying where (or that it is registered at all), and audited.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProbeAuditTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<List<int>> TownshipsAsync() => QueryAsync(db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township)
        .OrderBy(u => u.Code).Take(2).Select(u => u.Id).ToListAsync());

    private Task<List<AuditEntry>> DenialsAsync(string userName) => QueryAsync(db => db.AuditEntries.AsNoTracking()
        .Where(e => e.UserName == userName && e.Action == AuditAction.AccessDenied).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task AnotherTownshipsCadreId_Is404_AndAudited()
    {
        var user = await app.TownshipUserAsync();
        var townships = await TownshipsAsync();
        var other = await QueryAsync(db => db.Cadres.Where(c => c.OrgUnitId == townships[1]).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var client = await app.SignedInClientAsync(user);

        var response = await client.GetAsync(new Uri($"/api/v1/cadres/{other}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var entry = (await DenialsAsync(user)).Last();
        Assert.Equal($"GET /api/v1/cadres/{other}", entry.RecordId);
        Assert.Contains("not-found-or-out-of-scope", entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cadres/{0}")]
    [InlineData("/cadres/{0}/edit")]
    [InlineData("/townships/{1}")]
    public async Task AnotherTownshipsRecord_OpenedAsAPage_SaysNotFound_AndIsAudited(string pathFormat)
    {
        var user = await app.TownshipUserAsync();
        var townships = await TownshipsAsync();
        var otherCadre = await QueryAsync(db => db.Cadres.Where(c => c.OrgUnitId == townships[1]).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var path = string.Format(CultureInfo.InvariantCulture, pathFormat, otherCadre, townships[1]);
        var client = await app.SignedInClientAsync(user);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await DenialsAsync(user), e => e.RecordType == "Page" && e.RecordId == path
            && e.Details.Contains("not-found-or-out-of-scope", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdNumberRegisteredInAnotherTownship_IsRefusedWithoutConfirmingIt_AndAudited()
    {
        var user = await app.TownshipUserAsync();
        var townships = await TownshipsAsync();
        var taken = await QueryAsync(db => db.Cadres.Where(c => c.OrgUnitId == townships[1]).OrderBy(c => c.Id).Select(c => c.IdNumber).FirstAsync());
        var client = await app.SignedInClientAsync(user);

        var response = await client.PostAsJsonAsync("/api/v1/cadres", new
        {
            name = "探测测试", idNumber = taken.Value, birthDate = taken.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            sexCode = ((int)taken.Sex).ToString(CultureInfo.InvariantCulture), ethnicityCode = "01", politicalStatusCode = "01",
            category = nameof(CadreCategory.TownshipCivilServant), orgUnitId = townships[0],
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("请联系区委组织部", body, StringComparison.Ordinal);
        Assert.DoesNotContain("已登记", body, StringComparison.Ordinal);
        Assert.DoesNotContain(taken.Masked, body, StringComparison.Ordinal);
        Assert.Contains(await DenialsAsync(user), e => e.Details.Contains("id-number-registered-outside-scope", StringComparison.Ordinal));
    }
}
