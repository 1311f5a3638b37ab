using System.Net;
using System.Text.RegularExpressions;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiceng.Web.Tests.Export;

/// <summary>/terms/export and /reserve-pool/export: the import template's columns, scoped, audited; reserve-pool ID
/// numbers full only for the roles that may see them.</summary>
[Collection(WebCollection.Name)]
public sealed partial class OrgRecordExportTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex FullIdNumber();

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private static async Task<List<object?[]>> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return [.. stream.Query(useHeaderRow: false, sheetName: "数据").Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];
    }

    [Fact]
    public async Task Terms_TheDistrictGetsEveryTermInScope_ATownshipUserOnlyTheirs_AndEachExportIsAudited()
    {
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (total, villageId, villageTerms) = await WithDbAsync(async db =>
        {
            var village = await db.Terms.Where(t => t.OrgUnit!.Kind == Core.Org.OrgUnitKind.Village).Select(t => t.OrgUnitId).FirstAsync(Ct);
            return (await db.Terms.CountAsync(Ct), village, await db.Terms.CountAsync(t => t.OrgUnitId == village, Ct));
        });
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var all = await SheetAsync(await Forms.GetAsync(district, "/terms/export"));
        var one = await SheetAsync(await Forms.GetAsync(district, $"/terms/export?orgUnitId={villageId}"));
        var mine = await SheetAsync(await Forms.GetAsync(township, "/terms/export"));

        Assert.Equal(["单位代码*", "单位名称", "届次*", "起始日期*", "届满日期*", "职数*"], all[0].Select(h => h?.ToString()));
        Assert.Equal(total, all.Count - 1);
        Assert.Equal(villageTerms, one.Count - 1);
        Assert.InRange(mine.Count - 1, 1, total - 1);
        var exports = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark && e.Action == AuditAction.Export).ToListAsync(Ct));
        Assert.Equal(3, exports.Count);
        Assert.All(exports, e => Assert.Equal("Term", e.RecordType));
    }

    [Fact]
    public async Task ReservePool_FullIdNumbersOnlyForTheRolesThatMaySeeThem_AndTheirReadIsAudited()
    {
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var auditor = await app.SignedInClientAsync(await app.AuditorUserAsync());
        var total = await WithDbAsync(db => db.ReservePoolMemberships.CountAsync(Ct));
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var full = await SheetAsync(await Forms.GetAsync(district, "/reserve-pool/export"));
        var masked = await SheetAsync(await Forms.GetAsync(auditor, "/reserve-pool/export"));

        Assert.True(total > 0, "the demo district keeps reserve pools");
        Assert.Equal("身份证号码*", full[0][0]?.ToString());
        Assert.Equal(total, full.Count - 1);
        Assert.Equal(total, masked.Count - 1);
        Assert.All(full.Skip(1), r => Assert.Matches(FullIdNumber(), r[0]?.ToString() ?? ""));
        Assert.All(masked.Skip(1), r => Assert.DoesNotMatch(FullIdNumber(), r[0]?.ToString() ?? ""));
        var entries = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(2, entries.Count(e => e.Action == AuditAction.Export && e.RecordType == "ReservePoolMembership"));
        Assert.Single(entries, e => e.Action == AuditAction.SensitiveRead);
    }
}
