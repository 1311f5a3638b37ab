using System.Globalization;
using System.Net;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Demo;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Jiceng.Web.Components.Pages.Guarantees;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Tests.Care;

/// <summary>
/// Clause 八's care pages on the demo district (/guarantees/collective-reward, /guarantees/fallen, /guarantees/facilities):
/// a township user sees only its own township's facilities, villages and rewards, gets "not found" (audited) for another
/// township's village or fallen cadre, and its forms refuse another township with the commands' Chinese field error;
/// a saved form is row-audited; the fallen cadres' list reveals no family detail, and opening one is a sensitive read
/// in the audit log. Every write is undone so the planted findings stay as they are.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class GuaranteePagesTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    private sealed class FixedActor(AuditActor actor) : IAuditContext
    {
        public AuditActor Actor { get; } = actor;
    }

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private sealed record Unit(int Id, string Name, string Path);

    /// <summary>The first two townships by code: the township user's own (the first) and another.</summary>
    private Task<(Unit Own, Unit Other)> TownshipsAsync() => WithDbAsync(async db =>
    {
        var t = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code)
            .Select(u => new Unit(u.Id, u.Name, u.Path)).Take(2).ToListAsync(Ct);
        return (t[0], t[1]);
    });

    private async Task<string> PageAsync(string user, string path)
    {
        var response = await Forms.GetAsync(await app.SignedInClientAsync(user), path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    private Task<long> AuditMarkAsync() => WithDbAsync(async db => await db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct) ?? 0);

    private Task<List<AuditEntry>> AuditSinceAsync(long mark) =>
        WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark).OrderBy(e => e.Id).ToListAsync(Ct));

    [Fact]
    public async Task TheFacilitiesPage_ShowsATownshipUserOnlyItsOwnTownship_WithR86NamingTheMissingSmalls()
    {
        var (own, other) = await TownshipsAsync();
        var district = await PageAsync(await app.DistrictUserAsync(), "/guarantees/facilities");
        Assert.Contains(own.Name, district, StringComparison.Ordinal);
        Assert.Contains(other.Name, district, StringComparison.Ordinal);
        // R8.6 as the rule words it: the first township lacks the bathroom and the sports room, the second's library closed.
        Assert.Contains("缺小澡堂、小文体室", district, StringComparison.Ordinal);
        Assert.Contains("缺小图书室", district, StringComparison.Ordinal);
        Assert.Contains("1号楼101", district, StringComparison.Ordinal);

        var mine = await PageAsync(await app.TownshipUserAsync(), "/guarantees/facilities");
        Assert.Contains(own.Name, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, mine, StringComparison.Ordinal);
        Assert.Contains("缺小澡堂、小文体室", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("缺小图书室", mine, StringComparison.Ordinal);
        Assert.Contains("href=\"guarantees/facilities\"", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRewardPage_ShowsTheWorkingAndSplitOfTheRewardCalculator_AndHidesAnotherTownshipsVillage()
    {
        var (own, other) = await TownshipsAsync();
        var village = await WithDbAsync(db => db.CollectiveIncomes.AsNoTracking().Where(i => i.Year == Year && i.OperatingIncomeYuan == 150_000m)
            .Select(i => new { i.VillageId, i.Village!.Name }).FirstAsync(Ct));
        var user = await app.TownshipUserAsync();

        var page = await PageAsync(user, $"/guarantees/collective-reward?year={Year}&villageId={village.VillageId}");
        // The pool and the 2:1 split to the cent, as GET /api/v1/collective-economy/reward computes them.
        Assert.Contains("id=\"reward-working\"", page, StringComparison.Ordinal);
        Assert.Contains("P8.reward_ratio", page, StringComparison.Ordinal);
        Assert.Contains("四舍五入到分 20000.00 元", page, StringComparison.Ordinal);
        Assert.Contains("13,333.33", page, StringComparison.Ordinal);
        Assert.Contains("6,666.67", page, StringComparison.Ordinal);
        Assert.Contains("第八条", page, StringComparison.Ordinal);
        // R8.4: the planted over-payments (the village at the threshold, the village without income) are in the same township.
        Assert.Equal(2, CountOf(page, "超额发放 1 人（R8.4）"));

        var otherVillage = await WithDbAsync(db => db.OrgUnits.AsNoTracking()
            .Where(u => u.ParentId == other.Id && u.Kind == OrgUnitKind.Village).Select(u => new { u.Id, u.Name }).FirstAsync(Ct));
        var mark = await AuditMarkAsync();
        var refused = await PageAsync(user, $"/guarantees/collective-reward?year={Year}&villageId={otherVillage.Id}");
        Assert.Contains("未找到该记录，或不在您的管理范围内", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"reward-working\"", refused, StringComparison.Ordinal);
        Assert.Contains(await AuditSinceAsync(mark), e => e.Action == AuditAction.AccessDenied && e.UserName == user && e.RecordId == "/guarantees/collective-reward");
    }

    [Fact]
    public async Task TheFallenPage_ListsNoFamilyDetail_OpeningOneIsAnAuditedSensitiveRead_AndAnotherTownshipSeesNothing()
    {
        var fallen = await WithDbAsync(db => db.FallenCadres.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.Cadre!.Name }).ToListAsync(Ct));
        var district = await app.DistrictUserAsync();
        var reads = app.SensitiveReads.Reads.Count;
        var list = await PageAsync(district, $"/guarantees/fallen?year={Year - 1}");
        Assert.All(fallen, f => Assert.Contains(f.Name, list, StringComparison.Ordinal));
        Assert.DoesNotContain("李秀英", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13900000001", list, StringComparison.Ordinal);
        // R8.5 for the previous year, as the rule judges it: the second family was not visited.
        Assert.Contains("走访0次（每年至少1次）", list, StringComparison.Ordinal);
        Assert.Equal(reads, app.SensitiveReads.Reads.Count);

        var id = fallen[0].Id.ToString(CultureInfo.InvariantCulture);
        var mark = await AuditMarkAsync();
        var detail = await PageAsync(district, $"/guarantees/fallen?id={id}");
        Assert.Contains("李秀英", detail, StringComparison.Ordinal);
        Assert.Contains("防汛抢险中因公殉职", detail, StringComparison.Ordinal);
        Assert.Contains(await AuditSinceAsync(mark), e => e.Action == AuditAction.SensitiveRead && e.UserName == district
            && e.RecordType == nameof(FallenCadre) && e.RecordId == id);

        var township = await app.TownshipUserAsync();
        mark = await AuditMarkAsync();
        reads = app.SensitiveReads.Reads.Count;
        var refused = await PageAsync(township, $"/guarantees/fallen?id={id}&year={Year - 1}");
        Assert.All(fallen, f => Assert.DoesNotContain(f.Name, refused, StringComparison.Ordinal));
        Assert.DoesNotContain("李秀英", refused, StringComparison.Ordinal);
        Assert.Contains("未找到该记录，或不在您的管理范围内", refused, StringComparison.Ordinal);
        Assert.Equal(reads, app.SensitiveReads.Reads.Count);
        var entries = await AuditSinceAsync(mark);
        Assert.Contains(entries, e => e.Action == AuditAction.AccessDenied && e.UserName == township && e.RecordId == "/guarantees/fallen");
        Assert.DoesNotContain(entries, e => e.Action == AuditAction.SensitiveRead);
    }

    [Fact]
    public async Task ThePagesForms_RefuseAnotherTownship_AndABadDate_WithChineseFieldErrors_AndASaveIsRowAudited()
    {
        var (own, other) = await TownshipsAsync();
        using var services = app.Services.CreateScope();
        var l = services.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        await using var db = services.ServiceProvider.GetRequiredService<IDbContextFactory<JicengDbContext>>().CreateDbContext();
        db.AuditContext = new FixedActor(new AuditActor("t-township", "TownshipStaff", own.Id, "test"));
        var scope = new DataScope(own.Id, own.Path);
        var today = new DateOnly(Year, 7, 1);
        var before = await db.TownshipFacilities.CountAsync(Ct);

        var refused = await CareForms.SaveFacilityAsync(db, scope,
            new CareForms.FacilityForm { TownshipId = other.Id, Kind = FacilityKind.Bathroom, OpenedOnText = "2024-01-01" }, today, l, Ct);
        Assert.Equal("乡镇（街道）：不存在或不在您的管理范围内", Assert.Single(refused.Errors, e => e.Field == "townshipId").Message);

        var badDate = await CareForms.SaveFacilityAsync(db, scope,
            new CareForms.FacilityForm { TownshipId = own.Id, Kind = FacilityKind.Bathroom, OpenedOnText = "2024/01/01" }, today, l, Ct);
        Assert.StartsWith("投入使用日期：请按 yyyy-MM-dd 填写", Assert.Single(badDate.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.TownshipFacilities.CountAsync(Ct));

        // Another township's fallen cadre is not there for this scope: nothing is added.
        var otherFallen = await db.FallenCadres.AsNoTracking().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(Ct);
        var visits = await db.FamilyCareVisits.CountAsync(Ct);
        var visit = await CareForms.SaveVisitAsync(db, scope, otherFallen, new CareForms.VisitForm { VisitedOnText = "2026-03-01", Visitor = "乡党委" }, today, l, Ct);
        Assert.False(visit.Saved);
        Assert.Equal(visits, await db.FamilyCareVisits.CountAsync(Ct));

        var mark = await AuditMarkAsync();
        var saved = await CareForms.SaveFacilityAsync(db, scope,
            new CareForms.FacilityForm { TownshipId = own.Id, Kind = FacilityKind.Bathroom, OpenedOnText = "2024-01-01", Note = "乡政府院内" }, today, l, Ct);
        Assert.True(saved.Saved, string.Join("；", saved.Errors.Select(e => e.Message)));
        var created = await db.TownshipFacilities.AsNoTracking().Where(f => f.TownshipId == own.Id && f.Note == "乡政府院内").SingleAsync(Ct);
        Assert.Contains(await AuditSinceAsync(mark), e => e.Action == AuditAction.Create && e.RecordType == nameof(TownshipFacility)
            && e.RecordId == created.Id.ToString(CultureInfo.InvariantCulture) && e.UserName == "t-township");
        Assert.True(await Jiceng.Data.Measures.M08Guarantees.FacilitiesCommands.DeleteAsync(db, scope, created.Id, Ct));
    }

    private static int CountOf(string text, string part)
    {
        var (count, at) = (0, 0);
        while ((at = text.IndexOf(part, at, StringComparison.Ordinal)) >= 0)
        {
            (count, at) = (count + 1, at + part.Length);
        }

        return count;
    }
}
