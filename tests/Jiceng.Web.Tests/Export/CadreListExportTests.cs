using System.Net;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiceng.Web.Tests.Export;

/// <summary>The cadre list's xlsx export: the list the user sees (scope and filters), masked ID numbers, audited.</summary>
[Collection(WebCollection.Name)]
public sealed class CadreListExportTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private static async Task<List<IDictionary<string, object>>> RowsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Jiceng.Web.Export.XlsxExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task ATownshipUser_GetsOnlyTheirTownshipsCadres_FilteredAsThePageIs_AndTheExportIsAudited()
    {
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var (path, expected) = await WithDbAsync(async db =>
        {
            var township = await db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
            var count = await db.Cadres.CountAsync(c => c.OrgUnit!.Path.StartsWith(township.Path) && c.Sex == Sex.Female, Ct);
            return (township.Path, count);
        });
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var rows = await RowsAsync(await Forms.GetAsync(client, "/cadres/export?sex=Female&sort=BirthDate"));

        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("女", r["性别"]));
        Assert.All(rows, r => Assert.Contains("*", (string)r["身份证号（脱敏）"], StringComparison.Ordinal));
        var births = rows.Select(r => (string)r["出生日期"]).ToList();
        Assert.Equal(births.Order(StringComparer.Ordinal), births);
        var export = Assert.Single(await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > mark && e.Action == AuditAction.Export).ToListAsync(Ct)));
        Assert.Equal((user, nameof(Cadre)), (export.UserName, export.RecordType));
        Assert.Contains($"\"rows\":{expected}", export.Details, StringComparison.Ordinal);
        Assert.NotEqual("", path);
    }

    [Fact]
    public async Task ANameThatLooksLikeAFormula_IsWrittenAsText()
    {
        var name = "=HYPERLINK(1)";
        var (id, original) = await WithDbAsync(async db =>
        {
            var cadre = await db.Cadres.OrderBy(c => c.Id).FirstAsync(Ct);
            var before = cadre.Name;
            cadre.Name = name;
            await db.SaveChangesAsync(Ct);
            return (cadre.Id, before);
        });
        List<IDictionary<string, object>> rows;
        try
        {
            var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
            rows = await RowsAsync(await Forms.GetAsync(client, "/cadres/export?q=HYPERLINK"));
        }
        finally
        {
            // The web tests share one database: leave the cadre as other tests know it.
            await WithDbAsync(db => db.Cadres.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, original), Ct));
        }

        Assert.Equal("'" + name, Assert.Single(rows)["姓名"]);
    }

    [Fact]
    public async Task AnEmptyResult_StillHasItsHeaders()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await Forms.GetAsync(client, "/cadres/export?q=没有这个人");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var header = Assert.Single(stream.Query(useHeaderRow: false).Cast<IDictionary<string, object>>());
        Assert.Equal("姓名", header["A"]);
    }
}
