using System.Text.Json;
using System.Net.Http.Json;
using System.Net;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Demo;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiceng.Web.Tests.Assessment;

/// <summary>
/// Clause 五's pages on the demo district: the scheme page is the organization department's (a township user is refused
/// and sees no nav entry); the township assessment page shows a township user only its own township, with the demo
/// scheme's computed score; the award and village-fund exports are audited with their row counts and a township
/// user's files hold only its own township's rows.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AssessmentPagesTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private static async Task<List<object?[]>> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];
    }

    /// <summary>The township user's township (the first by code) and its path.</summary>
    private Task<(int Id, string Name, string Path)> OwnTownshipAsync() => WithDbAsync(async db =>
    {
        var t = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
        return (t.Id, t.Name, t.Path);
    });

    [Fact]
    public async Task TheSchemePage_IsRefusedToATownshipUser_AndShowsTheOrganizationDepartmentTheDemoSchemes()
    {
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var refused = await Forms.GetAsync(township, "/assessment/schemes");
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || Forms.RedirectTarget(refused)?.StartsWith("/account/access-denied", StringComparison.Ordinal) == true,
            $"{refused.StatusCode} {Forms.RedirectTarget(refused)}");
        var home = await (await Forms.GetAsync(township, "/")).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("href=\"assessment/schemes\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"assessment/townships\"", home, StringComparison.Ordinal);

        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var page = await Forms.GetAsync(district, $"/assessment/schemes");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("乡镇（街道）年度综合考核方案（农业型）", html, StringComparison.Ordinal);
        Assert.Contains("乡镇（街道）年度综合考核方案（城郊型）", html, StringComparison.Ordinal);
        Assert.Contains("href=\"assessment/schemes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTownshipAssessmentPage_ShowsATownshipUserOnlyItsOwnTownship()
    {
        var own = await OwnTownshipAsync();
        var assessed = await WithDbAsync(db => db.TownshipAssessments.AsNoTracking().Where(a => a.Year == Year)
            .Select(a => new { a.TownshipId, a.Township!.Name, a.SchemeScore }).ToListAsync(Ct));
        var other = assessed.First(a => a.TownshipId != own.Id);
        Assert.Contains(assessed, a => a.TownshipId == own.Id);

        var district = await (await Forms.GetAsync(await app.SignedInClientAsync(await app.DistrictUserAsync()), $"/assessment/townships?year={Year}")).Content.ReadAsStringAsync(Ct);
        Assert.Contains(other.Name, district, StringComparison.Ordinal);
        Assert.Contains(own.Name, district, StringComparison.Ordinal);
        // The demo's computed scheme scores (worked out by hand in AssessmentPlanting).
        Assert.Contains("89.05", district, StringComparison.Ordinal);
        Assert.Contains("86.7", district, StringComparison.Ordinal);

        var response = await Forms.GetAsync(await app.SignedInClientAsync(await app.TownshipUserAsync()), $"/assessment/townships?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mine = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(own.Name, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, mine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/awards/export", "Award", "所在单位")]
    [InlineData("/village-fund/export", "VillageFundDisbursement", "乡镇（街道）")]
    public async Task TheAwardAndFundExports_AreAudited_AndATownshipUserGetsOnlyItsOwnTownship(string path, string recordType, string unitColumn)
    {
        var own = await OwnTownshipAsync();
        var (ownUnits, total) = await WithDbAsync(async db =>
        {
            var names = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(own.Path)).Select(u => u.Name).ToListAsync(Ct);
            var count = recordType == "Award" ? await db.Awards.CountAsync(Ct) : await db.VillageFundDisbursements.CountAsync(Ct);
            return (names.ToHashSet(StringComparer.Ordinal), count);
        });
        var townshipUser = await app.TownshipUserAsync();
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var all = await SheetAsync(await Forms.GetAsync(await app.SignedInClientAsync(await app.DistrictUserAsync()), path));
        var mine = await SheetAsync(await Forms.GetAsync(await app.SignedInClientAsync(townshipUser), path));

        Assert.Equal(total, all.Count - 1);
        Assert.True(total > 0, "the demo has such records");
        var column = Array.IndexOf(all[0], unitColumn);
        Assert.True(column >= 0, $"{path}: no column {unitColumn}");
        Assert.All(mine.Skip(1), r => Assert.Contains(r[column]?.ToString() ?? "", ownUnits));
        Assert.True(all.Skip(1).Any(r => !ownUnits.Contains(r[column]?.ToString() ?? "")) || mine.Count == all.Count, "the district's file reaches beyond the township");
        var exports = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark && e.Action == AuditAction.Export).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(recordType, e.RecordType));
        Assert.Equal(townshipUser, exports[1].UserName);
        Assert.Contains($"\"rows\":{mine.Count - 1}", exports[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAwardAndFundPages_ListTheDemoRecords_AndATownshipUserSeesNoOtherTownshipsFund()
    {
        var own = await OwnTownshipAsync();
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var awards = await (await Forms.GetAsync(district, $"/awards?year={Year}")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("防汛抢险嘉奖", awards, StringComparison.Ordinal);
        Assert.Contains("id=\"awards-share\"", awards, StringComparison.Ordinal);

        var funded = await WithDbAsync(db => db.VillageFundDisbursements.AsNoTracking().Where(d => d.Year == Year)
            .Select(d => new { d.Village!.ParentId, d.Village.Parent!.Name }).Distinct().ToListAsync(Ct));
        var fund = await (await Forms.GetAsync(district, $"/village-fund?year={Year}")).Content.ReadAsStringAsync(Ct);
        Assert.All(funded, f => Assert.Contains(f.Name, fund, StringComparison.Ordinal));
        // The page marks R5.2 exactly where the API finds a township over its allocation. (The shared test database changes
        // under other tests, e.g. a village added to the planted township raises its allocation, so the demo's planted
        // over-disbursement is not assumed here.)
        var allocations = await district.GetFromJsonAsync<JsonElement>($"/api/v1/village-fund/allocations?year={Year}", Ct);
        var over = allocations.EnumerateArray().Any(a => a.GetProperty("balanceYuan").GetDecimal() < 0);
        Assert.Equal(over, fund.Contains("R5.2）", StringComparison.Ordinal));

        var mine = await (await Forms.GetAsync(await app.SignedInClientAsync(await app.TownshipUserAsync()), $"/village-fund?year={Year}")).Content.ReadAsStringAsync(Ct);
        Assert.All(funded.Where(f => f.ParentId != own.Id), f => Assert.DoesNotContain(f.Name, mine, StringComparison.Ordinal));
    }
}
