using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Care;

/// <summary>
/// Village cadre pay on the demo district (/api/v1/village-pay, /village-cadres/pay/export): a township user's sheet and
/// payment lines hold only its own villages, its writes outside them are refused naming the field, and its own writes
/// are audited; standards are written only by the organization department or finance, with Chinese field errors; the
/// xlsx export is audited. Every write is undone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class VillagePayApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<(int Own, int Other)> TownshipsAsync() => WithDbAsync(async db =>
    {
        var ids = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).Take(2).ToListAsync(Ct);
        return (ids[0], ids[1]);
    });

    /// <summary>A serving village committee member of the township and the village.</summary>
    private Task<(int Cadre, int Village)> MemberOfAsync(int township) => WithDbAsync(async db =>
    {
        var p = await db.PostAssignments.AsNoTracking()
            .Where(p => p.Kind == PostKind.VillageCommitteeMember && p.End == null && p.OrgUnit!.ParentId == township)
            .OrderBy(p => p.Id).Select(p => new { p.CadreId, p.OrgUnitId }).FirstAsync(Ct);
        return (p.CadreId, p.OrgUnitId);
    });

    [Fact]
    public async Task ATownshipUser_SeesOnlyItsVillages_IsRefusedOthers_AndItsWritesAreAudited()
    {
        var (own, other) = await TownshipsAsync();
        var ownVillages = await WithDbAsync(db => db.OrgUnits.Where(u => u.ParentId == own).Select(u => u.Id).ToListAsync(Ct));
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());

        var sheet = await client.GetFromJsonAsync<JsonElement>("/api/v1/village-pay/sheet", Ct);
        Assert.NotEqual(0, sheet.GetArrayLength());
        Assert.All(sheet.EnumerateArray(), r => Assert.Contains(r.GetProperty("villageId").GetInt32(), ownVillages));
        var otherSheet = await client.GetFromJsonAsync<JsonElement>($"/api/v1/village-pay/sheet?townshipId={other}", Ct);
        Assert.Equal(0, otherSheet.GetArrayLength());
        var lines = await client.GetFromJsonAsync<JsonElement>("/api/v1/village-pay/payments?take=2000", Ct);
        Assert.All(lines.EnumerateArray(), r => Assert.Contains(r.GetProperty("villageId").GetInt32(), ownVillages));

        // Another township's village is refused naming the field; so is a negative amount.
        var (otherCadre, otherVillage) = await MemberOfAsync(other);
        var refused = await client.PostAsJsonAsync("/api/v1/village-pay/payments",
            new { cadreId = otherCadre, villageId = otherVillage, kind = "Transport", month = "2025-01", amountYuan = 150, paidOn = "2025-01-25" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("村（社区）：不存在或不在您的管理范围内", errors.GetProperty("villageId")[0].GetString());
        var (cadre, village) = await MemberOfAsync(own);
        var negative = await client.PostAsJsonAsync("/api/v1/village-pay/payments",
            new { cadreId = cadre, villageId = village, kind = "Transport", month = "2025-01", amountYuan = -1, paidOn = "2025-01-25" }, Ct);
        Assert.Equal("发放金额（元）：应为不小于0的金额，最多两位小数",
            (await negative.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("amountYuan")[0].GetString());

        // Its own village: created, corrected at the version read, deleted — each audited under the user.
        var created = await client.PostAsJsonAsync("/api/v1/village-pay/payments",
            new { cadreId = cadre, villageId = village, kind = "Transport", month = "2025-01", amountYuan = 150, paidOn = "2025-01-25" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal(("交通补贴", "2025-01"), (body.GetProperty("kindLabel").GetString(), body.GetProperty("month").GetString()));
        var update = new { version = body.GetProperty("version").GetInt32(), payment = new { cadreId = cadre, villageId = village, kind = "Transport", month = "2025-01", amountYuan = 100, paidOn = "2025-01-25" } };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/village-pay/payments/{id}", update, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync($"/api/v1/village-pay/payments/{id}", update, Ct)).StatusCode);
        var otherLine = await WithDbAsync(db => db.VillageCadrePayments.Where(p => p.Village!.ParentId == other).Select(p => (int?)p.Id).FirstOrDefaultAsync(Ct));
        if (otherLine is { } o)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/village-pay/payments/{o}", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/village-pay/payments/{id}", Ct)).StatusCode);
        var record = id.ToString(CultureInfo.InvariantCulture);
        var actions = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.UserName == "t-township" && e.RecordId == record && e.RecordType == "VillageCadrePayment").Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], actions.Order());

        // Standards are not the township's to write.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/village-pay/standards",
            new { districtId = own, post = "OtherMember", monthlyYuan = 1, from = "2020-01-01" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Finance_SetsAStandard_WithChineseFieldErrors_AndTheExportIsAudited()
    {
        var districtId = await WithDbAsync(db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.District).Select(u => u.Id).SingleAsync(Ct));
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-finance", Roles.Finance));

        var bad = await client.PostAsJsonAsync("/api/v1/village-pay/standards",
            new { districtId, post = "OtherMember", monthlyYuan = -5, from = "2020-02-01", to = "2020-01-31" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("月基本报酬（元）：应为不小于0的金额，最多两位小数", errors.GetProperty("monthlyYuan")[0].GetString());
        Assert.Equal("执行截止日：不能早于开始日期2020-02-01", errors.GetProperty("to")[0].GetString());

        // The demo's members' standard runs from two years before the data year: one beginning inside it overlaps.
        var overlap = await client.PostAsJsonAsync("/api/v1/village-pay/standards",
            new { districtId, post = "OtherMember", monthlyYuan = 2000, from = $"{Data.Demo.DemoDistrictGenerator.DataAsOf.Year}-01-01" }, Ct);
        Assert.Contains("重叠", (await overlap.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("from")[0].GetString(), StringComparison.Ordinal);

        var created = await client.PostAsJsonAsync("/api/v1/village-pay/standards",
            new { districtId, post = "OtherMember", monthlyYuan = 1200, from = "2020-01-01", to = "2020-12-31", document = "平财发〔2020〕3号" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("其他村“两委”成员", body.GetProperty("postLabel").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/village-pay/standards/{body.GetProperty("id").GetInt32()}", Ct)).StatusCode);

        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Id, Ct));
        var (own, _) = await TownshipsAsync();
        var file = await client.GetAsync($"/village-cadres/pay/export?townshipId={own}", Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Id > mark && e.Action == AuditAction.Export && e.RecordType == "VillageCadrePayment" && e.UserName == "t-finance", Ct)));
    }
}
