using System.IO.Compression;
using System.Net;
using System.Security.Claims;
using System.Text;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Exchange;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Exchange;
using Jiceng.Web.Tests.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Exchange;

/// <summary>
/// The /import pages and what they call: who may open them, the wizard's dry run and commit in the user's scope (as the
/// API), the recent batches of the scope, and the LRMX exports of the cadre page and the cadre list (scope, role, audit).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ImportPagesTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<AppUserManager>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    private async Task<ImportResult> RunAsync(string userName, string kind, byte[] file, string fileName, bool commit)
    {
        var user = await PrincipalAsync(userName);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        await using var stream = new MemoryStream(file);
        return await ImportWizard.RunAsync(db, user, TimeProvider.System, ImportKinds.Create(kind)!, stream, fileName, commit);
    }

    private async Task<long> AuditMarkAsync() => await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

    [Fact]
    public async Task TheWizard_ListsEveryKind_ForAnEditor_AndRefusesAnAuditor()
    {
        var editor = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var html = await editor.GetStringAsync(new Uri("/import", UriKind.Relative), Ct);
        Assert.Contains("数据导入", html, StringComparison.Ordinal);
        Assert.All(ImportKinds.All, k => Assert.Contains(k.Label, html, StringComparison.Ordinal));
        Assert.Contains("href=\"import\"", html, StringComparison.Ordinal); // the navigation entry

        var auditor = await app.SignedInClientAsync(await app.AuditorUserAsync());
        foreach (var path in new[] { "/import", "/import/lrmx" })
        {
            var refused = await Forms.GetAsync(auditor, path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("access-denied", Forms.RedirectTarget(refused), StringComparison.Ordinal);
        }

        var home = await auditor.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.DoesNotContain("href=\"import\"", home, StringComparison.Ordinal);
        var auditorName = await app.AuditorUserAsync();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RunAsync(auditorName, "cadres", [], "x.csv", commit: false));
    }

    [Fact]
    public async Task ABadFile_ShowsItsRowErrors_AndCommitsNothing_TheFixedFileCommits_AndAgainChangesNothing()
    {
        var user = await app.TownshipUserAsync();
        var unit = await WithDbAsync(db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct));
        var header = "单位代码,单位名称,单位类型,上级单位代码,额外的列";
        string Csv(string code) => $"{header}\n{code},测试村委会{code[^3..]},Village,{unit.Code},x\n";
        var bad = Encoding.UTF8.GetBytes(Csv(unit.Code[..9] + "9X9"));
        var units = await WithDbAsync(db => db.OrgUnits.CountAsync(Ct));

        var preview = await RunAsync(user, "org-units", bad, "bad.csv", commit: false);
        var refused = await RunAsync(user, "org-units", bad, "bad.csv", commit: true);

        Assert.True(preview.ErrorCount > 0, string.Join(";", preview.Errors));
        Assert.Contains(preview.Errors, e => e.Row == 2 && e.Column.Length > 0 && e.Reason.Length > 0);
        Assert.Contains(preview.Notices, n => n.Contains("额外的列", StringComparison.Ordinal));
        Assert.False(refused.Committed);
        Assert.Equal(units, await WithDbAsync(db => db.OrgUnits.CountAsync(Ct)));
        await using (var file = new MemoryStream(bad))
        {
            var report = await ImportWizard.ErrorReportAsync(file, preview, Ct);
            Assert.Equal((byte)'P', report[0]); // an xlsx (zip) file
        }

        var fixedFile = Encoding.UTF8.GetBytes(Csv(unit.Code[..9] + "986"));
        var mark = await AuditMarkAsync();
        var dryRun = await RunAsync(user, "org-units", fixedFile, "fixed.csv", commit: false);
        Assert.Equal((1, 0, false, (int?)null), (dryRun.Created, dryRun.ErrorCount, dryRun.Committed, dryRun.BatchId));
        Assert.Equal(units, await WithDbAsync(db => db.OrgUnits.CountAsync(Ct)));
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Id > mark && e.Action == AuditAction.Import, Ct)));
        var committed = await RunAsync(user, "org-units", fixedFile, "fixed.csv", commit: true);
        var again = await RunAsync(user, "org-units", fixedFile, "fixed.csv", commit: false);

        Assert.True(committed.Committed, string.Join(";", committed.Errors));
        Assert.Equal(1, committed.Created);
        Assert.True(again.AlreadyImported);
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark && e.Action == AuditAction.Import).ToListAsync(Ct));
        Assert.Contains(audit, e => e.Details.Contains(committed.Sha256, StringComparison.Ordinal));
        var batches = await WithDbAsync(async db => await ImportWizard.RecentAsync(db, new Data.Scope.DataScope(unit.Id, unit.Path), ct: Ct));
        Assert.Contains(batches, b => b.Id == committed.BatchId && b.UserName == user && b.FileName == "fixed.csv" && b.Created == 1);
    }

    [Fact]
    public async Task ATownshipUser_CannotImportIntoAnotherTownship_AndDoesNotSeeItsBatches()
    {
        var user = await app.TownshipUserAsync();
        var (own, other) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
            return (t[0], t[1]);
        });
        var csv = Encoding.UTF8.GetBytes($"单位代码,单位名称,单位类型,上级单位代码\n{other.Code[..9]}986,越权村委会,Village,{other.Code}\n");

        var result = await RunAsync(user, "org-units", csv, "other.csv", commit: true);

        Assert.False(result.Committed);
        Assert.Contains(result.Errors, e => e.Row == 2);
        Assert.False(await WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Name == "越权村委会", Ct)));
        var district = await app.DistrictUserAsync();
        var districtBatch = await RunAsync(district, "org-units", Encoding.UTF8.GetBytes("单位代码,单位名称,单位类型,上级单位代码\n"), "district.csv", commit: true);
        var seen = await WithDbAsync(async db => await ImportWizard.RecentAsync(db, new Data.Scope.DataScope(own.Id, own.Path), ct: Ct));
        Assert.NotNull(districtBatch.BatchId);
        Assert.DoesNotContain(seen, b => b.Id == districtBatch.BatchId);
    }

    [Fact]
    public async Task TheCadrePagesLrmxExport_IsAudited_AndTheListExport_FollowsScopeAndFilter()
    {
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var (township, otherCadre, ownCadre) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
            var mine = await db.Cadres.Where(c => c.OrgUnit!.Path.StartsWith(t[0].Path)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
            var theirs = await db.Cadres.Where(c => c.OrgUnit!.Path.StartsWith(t[1].Path)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
            return (t[0], theirs, mine);
        });
        var mark = await AuditMarkAsync();

        var one = await client.GetAsync(new Uri($"/api/v1/lrmx/cadres/{ownCadre}", UriKind.Relative), Ct);
        var outside = await client.GetAsync(new Uri($"/api/v1/lrmx/cadres/{otherCadre}", UriKind.Relative), Ct);
        var zip = await client.GetAsync(new Uri("/cadres/lrmx?sex=Female", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Contains("<Person", Encoding.UTF8.GetString(await one.Content.ReadAsByteArrayAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        var expected = await WithDbAsync(db => db.Cadres.CountAsync(c => c.OrgUnit!.Path.StartsWith(township.Path) && c.Sex == Sex.Female, Ct));
        await using (var body = new MemoryStream(await zip.Content.ReadAsByteArrayAsync(Ct)))
        using (var archive = new ZipArchive(body))
        {
            Assert.Equal(expected, archive.Entries.Count);
        }

        var exports = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > mark && e.Action == AuditAction.Export && e.RecordType == nameof(Cadre)).ToListAsync(Ct));
        Assert.Contains(exports, e => e.RecordId == ownCadre.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.UserName == user);
        Assert.Contains(exports, e => e.Details.Contains($"\"count\":{expected}", StringComparison.Ordinal));

        var auditor = await app.SignedInClientAsync(await app.AuditorUserAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.GetAsync(auditor, "/cadres/lrmx")).StatusCode);
    }

    [Fact]
    public async Task AnExportedLrmx_PreviewsAsAnUpdate_WithTheIdNumberMasked_AndANewPersonOutsideTheScopeIsRefused()
    {
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var (unitId, cadreId, otherUnitId) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
            var c = await db.Cadres.Where(x => x.OrgUnit!.Path.StartsWith(t[0].Path)).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync(Ct);
            return (t[0].Id, c, t[1].Id);
        });
        var bytes = await client.GetByteArrayAsync(new Uri($"/api/v1/lrmx/cadres/{cadreId}", UriKind.Relative), Ct);
        var principal = await PrincipalAsync(user);

        var preview = await WithDbAsync(db => ImportWizard.RunLrmxAsync(db, principal, TimeProvider.System, "a.lrmx", new MemoryStream(bytes), unitId, CadreCategory.TownshipCivilServant, commit: false, Ct));
        var wrongType = await WithDbAsync(db => ImportWizard.RunLrmxAsync(db, principal, TimeProvider.System, "a.txt", new MemoryStream(bytes), unitId, CadreCategory.TownshipCivilServant, commit: false, Ct));

        var file = Assert.Single(preview.Files);
        Assert.True(preview.Ok, string.Join(";", file.Errors.Select(e => e.Message)));
        Assert.True(file.IsUpdate);
        Assert.Contains("***", file.IdNumberMasked, StringComparison.Ordinal);
        Assert.NotNull(wrongType.Refusal);

        // A new person (another ID number) into a unit outside the scope is refused, and nothing is written.
        var id = (await WithDbAsync(db => db.Cadres.AsNoTracking().FirstAsync(c => c.Id == cadreId, Ct))).IdNumber.Value;
        var first17 = id[..14] + (id[14..16] == "99" ? "98" : "99") + id[16];
        var newId = first17 + IdCardNumber.CheckCharacter(first17);
        var stranger = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(id, newId, StringComparison.Ordinal));
        var outside = await WithDbAsync(db => ImportWizard.RunLrmxAsync(db, principal, TimeProvider.System, "b.lrmx",
            new MemoryStream(stranger), otherUnitId, CadreCategory.TownshipCivilServant, commit: true, Ct));
        var refusedFile = Assert.Single(outside.Files);
        Assert.False(refusedFile.IsUpdate);
        Assert.NotEmpty(refusedFile.Errors);
        Assert.False(outside.Committed);
    }
}
