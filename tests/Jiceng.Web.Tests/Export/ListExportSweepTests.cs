using System.Net;
using System.Text.RegularExpressions;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Engine;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiceng.Web.Tests.Export;

/// <summary>
/// Every list page's 导出 Excel: a header row always, audited with its row count, no unmasked ID number in any cell, and
/// a township user's file never longer than the district's (scope); the findings export filtered and scoped as its page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ListExportSweepTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each list export, with the record type its audit entry names.</summary>
    public static TheoryData<string, string> Exports => new()
    {
        { "/cadres/export", "Cadre" },
        { "/org/export", "OrgUnit" },
        { "/org/export?kind=Village", "OrgUnit" },
        { "/moves/export", "CadreMove" },
        { "/moves/eligible/export", "EligibleRemoteCadre" },
        { "/transfer-wishes/export", "TransferWish" },
        { "/ranks/export", "RankAssignment" },
        { "/assessment/grades/export", "CadreYearlyGrade" },
        { "/awards/export", "Award" },
        { "/village-fund/export", "VillageFundDisbursement" },
        { "/village-cadres/pay/export", "VillageCadrePayment" },
        { "/trainings/export", "TrainingRecord" },
        { "/secondments/export", "Secondment" },
        { "/team-building/candidate-pool/export", "CandidatePoolEntry" },
        { "/team-building/commendations/export", "Commendation" },
        { "/staffing/positions/export", "RecruitmentPosition" },
        { "/staffing/agencies/export", "DispatchedAgency" },
        { "/terms/export", "Term" },
        { "/one-shoulder-exemptions/export", "OneShoulderExemption" },
        { "/compliance/findings/export", "FindingRecord" },
        { "/compliance/findings/export?state=Resolved", "FindingRecord" },
    };

    [GeneratedRegex(@"\d{17}[\dX]")]
    private static partial Regex FullIdNumber();

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    /// <summary>The sheet's rows, the first being the header row.</summary>
    private static async Task<List<object?[]>> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Jiceng.Web.Export.XlsxExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task EveryListExport_HasItsHeaders_IsAudited_ShowsNoFullIdNumber_AndATownshipUserGetsNoMoreThanTheDistrict(string path, string recordType)
    {
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var townshipUser = await app.TownshipUserAsync();
        var township = await app.SignedInClientAsync(townshipUser);
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var all = await SheetAsync(await Forms.GetAsync(district, path));
        var mine = await SheetAsync(await Forms.GetAsync(township, path));

        Assert.NotEmpty(all);
        Assert.All(all[0], h => Assert.False(string.IsNullOrWhiteSpace(h?.ToString()), $"{path}: an empty header"));
        Assert.Equal(all[0], mine[0]);
        Assert.True(mine.Count <= all.Count, $"{path}: the township user got {mine.Count - 1} rows, the district {all.Count - 1}");
        Assert.DoesNotContain(all.Concat(mine).SelectMany(r => r), c => c is string s && FullIdNumber().IsMatch(s));
        var exports = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > mark && e.Action == AuditAction.Export).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(recordType, e.RecordType));
        Assert.Equal(townshipUser, exports[1].UserName);
        Assert.Contains($"\"rows\":{mine.Count - 1}", exports[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFindingsExport_IsTheListAsFiltered_AndATownshipUserGetsOnlyTheirTownship()
    {
        var townshipUser = await app.TownshipUserAsync();
        var (townshipId, expectedMine, clause, expectedClause) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
            var open = db.Findings.Where(f => f.State != FindingState.Resolved && f.State != FindingState.SetAside);
            var mine = await open.CountAsync(f => f.OrgUnitPath.StartsWith(t.Path), Ct);
            var byClause = await open.GroupBy(f => f.Clause).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync(Ct);
            return (t.Id, mine, byClause.Key, byClause.Count);
        });
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var all = await SheetAsync(await Forms.GetAsync(district, "/compliance/findings/export"));
        var oneClause = await SheetAsync(await Forms.GetAsync(district, $"/compliance/findings/export?clause={clause}"));
        var byTownship = await SheetAsync(await Forms.GetAsync(district, $"/compliance/findings/export?township={townshipId}"));
        var mine = await SheetAsync(await Forms.GetAsync(await app.SignedInClientAsync(townshipUser), "/compliance/findings/export"));

        Assert.True(expectedClause > 0 && expectedClause < all.Count - 1, "the demo has findings of more than one clause");
        Assert.Equal(expectedClause, oneClause.Count - 1);
        var clauseColumn = Array.IndexOf(all[0], "条款");
        Assert.All(oneClause.Skip(1), r => Assert.Equal(Core.Policy.ClauseCatalog.Get(clause).Heading, r[clauseColumn]));
        Assert.Equal(expectedMine, mine.Count - 1);
        Assert.Equal(expectedMine, byTownship.Count - 1);
    }
}
