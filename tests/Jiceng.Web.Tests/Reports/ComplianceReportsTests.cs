using System.Globalization;
using System.Net;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Reports;

/// <summary>
/// The printable yearly reports count what the ledger holds (each count checked against the ledger rows it reads),
/// through the reader's scope; the cadre summary sheet is a scoped, audited read.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ComplianceReportsTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private static Task<int> YearAsync(JicengDbContext db) => db.Findings.MaxAsync(f => f.Year, Ct);

    [Fact]
    public async Task TheDistrictSummary_CountsPerClauseAndTownship_MatchTheLedgerRows()
    {
        await WithDbAsync(async db =>
        {
            var year = await YearAsync(db);
            var district = await db.OrgUnits.SingleAsync(u => u.Kind == OrgUnitKind.District, Ct);
            var day = new DateOnly(year, 12, 31);
            var report = await ComplianceReports.DistrictAsync(db, new DataScope(district.Id, district.Path), year, day, Ct);
            var rows = await db.Findings.AsNoTracking().Where(f => f.Year == year).ToListAsync(Ct);

            Assert.NotEmpty(rows);
            Assert.Equal(rows.Count, report.Totals.Total);
            foreach (var c in report.Clauses)
            {
                var mine = rows.Where(f => f.Clause == c.Clause).ToList();
                Assert.Equal(mine.Count, c.Counts.Total);
                Assert.Equal(mine.Count(f => f.State == FindingState.Resolved), c.Counts.Resolved);
                Assert.Equal(mine.Count(f => f.State is FindingState.Explained or FindingState.SetAside), c.Counts.Explained);
                Assert.Equal(mine.Count(f => f.State is FindingState.Open or FindingState.Assigned or FindingState.Rectifying), c.Counts.ToRectify);
                Assert.Equal(mine.Count(f => LedgerReports.IsOverdue(f, day)), c.Counts.Overdue);
                Assert.Equal(c.Counts.Total, c.Rules.Sum(r => r.Counts.Total));
                Assert.Equal(Core.Findings.RuleCatalog.All.Count(r => r.Clause == c.Clause), c.RulesInForce);
            }

            Assert.Equal(ClauseCatalog.Measures.Count(), report.Clauses.Count);
            foreach (var t in report.Townships)
            {
                foreach (var c in ClauseCatalog.Measures)
                {
                    Assert.Equal(rows.Count(f => f.TownshipId == t.Id && f.Clause == c.Number), report.Cell(t.Id, c.Number).Total);
                }
            }

            Assert.Equal(rows.Count, report.Townships.Sum(t => report.TownshipTotal(t.Id).Total));
            return 0;
        });
    }

    [Fact]
    public async Task ATownshipsReport_CountsOnlyItsFindings_AndListsItsOverdueOnes()
    {
        await WithDbAsync(async db =>
        {
            var year = await YearAsync(db);
            var district = await db.OrgUnits.SingleAsync(u => u.Kind == OrgUnitKind.District, Ct);
            var township = await db.Findings.Where(f => f.Year == year && f.TownshipId != null).GroupBy(f => f.TownshipId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync(Ct);
            var unit = await db.OrgUnits.SingleAsync(u => u.Id == township, Ct);
            var day = new DateOnly(year, 12, 31);

            // Read as the township itself: its own scope gives the same report as the district's.
            var own = await ComplianceReports.TownshipAsync(db, new DataScope(unit.Id, unit.Path), unit, year, day, Ct);
            var fromDistrict = await ComplianceReports.TownshipAsync(db, new DataScope(district.Id, district.Path), unit, year, day, Ct);
            var rows = await db.Findings.AsNoTracking().Where(f => f.Year == year && f.TownshipId == township).ToListAsync(Ct);

            Assert.Equal(rows.Count, own.Totals.Total);
            Assert.Equal(fromDistrict.Totals, own.Totals);
            Assert.Equal(rows.Count(f => LedgerReports.IsOverdue(f, day)), own.Totals.Overdue);
            Assert.Equal(own.Totals.Overdue, own.Overdue.Count);
            Assert.All(own.Overdue, r => Assert.True(r.Overdue && r.Finding.TownshipId == township));
            return 0;
        });
    }

    [Fact]
    public async Task ATownshipUser_SeesTheirOwnReport_AndAnotherTownshipsIsNotFound()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (mine, other, name) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
            return (t[0].Id, t[^1].Id, t[0].Name);
        });

        var own = await (await Forms.GetAsync(client, $"/townships/{mine}/compliance-report")).Content.ReadAsStringAsync(Ct);
        var theirs = await (await Forms.GetAsync(client, $"/townships/{other}/compliance-report")).Content.ReadAsStringAsync(Ct);
        var summary = await (await Forms.GetAsync(client, "/reports/district-summary")).Content.ReadAsStringAsync(Ct);

        Assert.Contains("id=\"clause-table\"", own, StringComparison.Ordinal);
        Assert.Contains(name, own, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"clause-table\"", theirs, StringComparison.Ordinal);
        Assert.Contains("不在您的管理范围内", theirs, StringComparison.Ordinal);
        Assert.Contains("id=\"matrix-table\"", summary, StringComparison.Ordinal);
        Assert.Contains(name, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACadresSummarySheet_IsAnAuditedRead_AndOutsideTheScopeIsNotFound()
    {
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var (mine, name, other) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
            var (first, last) = (t[0].Path, t[^1].Path);
            var c = await db.Cadres.Where(c => c.OrgUnit!.Path.StartsWith(first)).OrderBy(c => c.Id).FirstAsync(Ct);
            var o = await db.Cadres.Where(c => c.OrgUnit!.Path.StartsWith(last)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
            return (c.Id, c.Name, o);
        });
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var response = await Forms.GetAsync(client, $"/cadres/{mine}/summary");
        var page = await response.Content.ReadAsStringAsync(Ct);
        var theirs = await (await Forms.GetAsync(client, $"/cadres/{other}/summary")).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"summary-sheet\"", page, StringComparison.Ordinal);
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.Contains("任免审批表", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"summary-sheet\"", theirs, StringComparison.Ordinal);
        var entries = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark).ToListAsync(Ct));
        Assert.Contains(entries, e => e.Action == AuditAction.SensitiveRead && e.RecordType == "Cadre"
            && e.RecordId == mine.ToString(CultureInfo.InvariantCulture) && e.UserName == user);
        Assert.DoesNotContain(entries, e => e.Action == AuditAction.SensitiveRead && e.RecordId == other.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(entries, e => e.Action == AuditAction.AccessDenied && e.RecordId == $"/cadres/{other}/summary");
    }
}
