using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>R10.4's party members developed per village and R10.5's recruitment plans: scoped, versioned, audited, with Chinese field errors.</summary>
[Collection(WebCollection.Name)]
public sealed class PartyDevelopmentApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Own, int Foreign, int Township, int District)> UnitsAsync(int nth)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(Ct);
        var own = await db.OrgUnits.Where(u => u.ParentId == townships[0]).OrderBy(u => u.Code).Skip(nth).Select(u => u.Id).FirstAsync(Ct);
        var foreign = await db.OrgUnits.Where(u => u.ParentId == townships[1]).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct);
        var district = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.District).Select(u => u.Id).SingleAsync(Ct);
        return (own, foreign, townships[0], district);
    }

    [Fact]
    public async Task AMember_IsAdded_Edited_WithItsVersion_AndDeleted_EachWriteAudited()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _, _, _) = await UnitsAsync(8);
        var created = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/party-members",
            new { name = "韩青", birthDate = "1991-03-01", admittedOn = "2026-03-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal((35, true), (body.GetProperty("ageOnAdmission").GetInt32(), body.GetProperty("young").GetBoolean()));

        var edited = await client.PutAsJsonAsync($"/api/v1/party-members/{id}",
            new { version = 0, member = new { name = "韩青", birthDate = "1990-03-01", admittedOn = "2026-03-01" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((36, false, 1), (after.GetProperty("ageOnAdmission").GetInt32(), after.GetProperty("young").GetBoolean(), after.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync($"/api/v1/party-members/{id}",
            new { version = 0, member = new { name = "韩青", birthDate = "1990-03-01", admittedOn = "2026-03-02" } }, Ct)).StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{village}/party-members", Ct);
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/party-members/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/party-members/{id}", Ct)).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var record = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actions = await db.AuditEntries.AsNoTracking().Where(e => e.UserName == "t-township" && e.RecordId == record && e.RecordType == "PartyMemberDevelopment")
            .Select(e => e.Action).ToListAsync(Ct);
        Assert.Equal([Data.Audit.AuditAction.Create, Data.Audit.AuditAction.Update, Data.Audit.AuditAction.Delete], actions.Order());
    }

    [Fact]
    public async Task BadInput_GetsChineseFieldErrors()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _, township, _) = await UnitsAsync(8);
        var young = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/party-members", new { name = "", birthDate = "2010-05-01", admittedOn = "2026-03-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, young.StatusCode);
        var text = await young.Content.ReadAsStringAsync(Ct);
        Assert.Contains("姓名：", text, StringComparison.Ordinal);
        Assert.Contains("未满18周岁", text, StringComparison.Ordinal);

        var missing = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/party-members", new { name = "韩青", birthDate = "1991-03-01" }, Ct);
        Assert.Contains("接收预备党员日期：必填", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var notVillage = await client.PostAsJsonAsync($"/api/v1/org-units/{township}/party-members", new { name = "韩青", birthDate = "1991-03-01", admittedOn = "2026-03-01" }, Ct);
        Assert.Contains("只有村（社区）党组织", await notVillage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATownshipUser_CannotSeeOrWriteOutsideItsTownship_NorTheDistrictsPlans()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (_, foreign, _, district) = await UnitsAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/org-units/{foreign}/party-members", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/org-units/{foreign}/party-members",
            new { name = "韩青", birthDate = "1991-03-01", admittedOn = "2026-03-01" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/org-units/{district}/recruitment-plans", Ct)).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var foreignMember = await db.PartyMemberDevelopments.Where(m => m.OrgUnitId == foreign).Select(m => m.Id).FirstAsync(Ct);
        var plan = await db.TargetedRecruitmentPlans.Select(p => p.Id).FirstAsync(Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/party-members/{foreignMember}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/recruitment-plans/{plan}",
            new { version = 0, plan = new { year = 2026, planPositions = 45, targetedPositions = 5 } }, Ct)).StatusCode);
    }

    [Fact]
    public async Task ADistrictsPlan_IsOnePerYear_TargetedNotAboveThePlan()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (_, _, township, district) = await UnitsAsync(0);
        var plans = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{district}/recruitment-plans", Ct);
        Assert.Contains(plans.EnumerateArray(), p => p.GetProperty("year").GetInt32() == 2026);

        var duplicate = await client.PostAsJsonAsync($"/api/v1/org-units/{district}/recruitment-plans", new { year = 2026, planPositions = 10, targetedPositions = 1 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("年度：本单位2026年的招录计划已登记", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var above = await client.PostAsJsonAsync($"/api/v1/org-units/{district}/recruitment-plans", new { year = 2019, planPositions = 10, targetedPositions = 11 }, Ct);
        Assert.Contains("定向招录职位数：11个多于招录计划职位数10个", await above.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var negative = await client.PostAsJsonAsync($"/api/v1/org-units/{district}/recruitment-plans", new { year = 2019, planPositions = -1, targetedPositions = -2 }, Ct);
        var text = await negative.Content.ReadAsStringAsync(Ct);
        Assert.Contains("招录计划职位数：-1不在0至", text, StringComparison.Ordinal);
        Assert.Contains("定向招录职位数：-2不能为负数", text, StringComparison.Ordinal);
        var notRecruiting = await client.PostAsJsonAsync($"/api/v1/org-units/{township}/recruitment-plans", new { year = 2019, planPositions = 10, targetedPositions = 1 }, Ct);
        Assert.Contains("只有区（县）、市登记", await notRecruiting.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var created = await client.PostAsJsonAsync($"/api/v1/org-units/{district}/recruitment-plans", new { year = 2019, planPositions = 10, targetedPositions = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var edited = await client.PutAsJsonAsync($"/api/v1/recruitment-plans/{id}", new { version = 0, plan = new { year = 2019, planPositions = 12, targetedPositions = 2 } }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(12, (await edited.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("planPositions").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/recruitment-plans/{id}", Ct)).StatusCode);
    }
}
