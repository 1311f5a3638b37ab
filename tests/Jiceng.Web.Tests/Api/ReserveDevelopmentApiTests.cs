using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>
/// Clause 十's village page, reserve development records and special reserve posts through the web app: a township user
/// sees and writes only its own villages; writes are audited; the bonus-points calculator answers points.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReserveDevelopmentApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Reserve(int MembershipId, DateOnly From, string Cadre);

    private async Task<(int Own, string OwnName, int Foreign, string ForeignName, int OwnTownship, int ForeignTownship, Reserve OwnReserve, Reserve ForeignReserve)> VillagesAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(Ct);
        async Task<(int Id, string Name, Reserve Reserve)> VillageWithReserve(int township)
        {
            var m = await db.ReservePoolMemberships.AsNoTracking().Where(m => m.OrgUnit!.ParentId == township && m.To == null)
                .OrderBy(m => m.OrgUnit!.Code).ThenBy(m => m.Id).Select(m => new { m.Id, m.From, m.OrgUnitId, Village = m.OrgUnit!.Name, Cadre = m.Cadre!.Name }).FirstAsync(Ct);
            return (m.OrgUnitId, m.Village, new Reserve(m.Id, m.From, m.Cadre));
        }

        var own = await VillageWithReserve(townships[0]);
        var foreign = await VillageWithReserve(townships[1]);
        return (own.Id, own.Name, foreign.Id, foreign.Name, townships[0], townships[1], own.Reserve, foreign.Reserve);
    }

    [Fact]
    public async Task TheVillagePage_ShowsTheTownshipsOwnVillage_AndAnotherTownshipsIsNotFound()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var v = await VillagesAsync();

        var own = await (await Forms.GetAsync(client, $"/org/villages/{v.Own}")).Content.ReadAsStringAsync(Ct);
        var theirs = await (await Forms.GetAsync(client, $"/org/villages/{v.Foreign}")).Content.ReadAsStringAsync(Ct);

        Assert.Contains(v.OwnName, own, StringComparison.Ordinal);
        Assert.Contains("后备力量培养", own, StringComparison.Ordinal);
        Assert.Contains("后备干部特设岗位", own, StringComparison.Ordinal);
        Assert.Contains("发展党员", own, StringComparison.Ordinal);
        Assert.Contains(v.OwnReserve.Cadre, own, StringComparison.Ordinal);
        Assert.DoesNotContain(v.ForeignName, theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(v.ForeignReserve.Cadre, theirs, StringComparison.Ordinal);
        Assert.Contains("不在您的管理范围内", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATownshipUser_ReadsAndWritesOnlyItsOwnVillagesRecords_EachWriteAudited()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var v = await VillagesAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/org-units/{v.Foreign}/reserve-records", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/org-units/{v.ForeignTownship}/special-reserve-posts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/reserve-pool-memberships/{v.ForeignReserve.MembershipId}/records",
            new { kind = "Training", on = v.ForeignReserve.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), content = "探测", hours = 8 }, Ct)).StatusCode);

        var day = v.OwnReserve.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await client.PostAsJsonAsync($"/api/v1/reserve-pool-memberships/{v.OwnReserve.MembershipId}/records",
            new { kind = "Training", on = day, content = "网页测试培训班", hours = 12.5 }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((v.OwnReserve.Cadre, 12.5m), (body.GetProperty("cadreName").GetString(), body.GetProperty("hours").GetDecimal()));
        var id = body.GetProperty("id").GetInt32();

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{v.Own}/reserve-records", Ct);
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id && r.GetProperty("kind").GetString() == "Training");

        var bad = await client.PostAsJsonAsync($"/api/v1/reserve-pool-memberships/{v.OwnReserve.MembershipId}/records",
            new { kind = "Participation", on = v.OwnReserve.From.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), content = "", hours = 3 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("日期：", text, StringComparison.Ordinal);
        Assert.Contains("内容：", text, StringComparison.Ordinal);
        Assert.Contains("学时：只有学习培训记录学时", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/reserve-records/{id}", Ct)).StatusCode);

        var posts = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{v.OwnTownship}/special-reserve-posts", Ct);
        Assert.True(posts.GetArrayLength() >= 1);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var record = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actions = await db.AuditEntries.AsNoTracking().Where(e => e.UserName == "t-township" && e.RecordId == record && e.RecordType == "ReserveDevelopmentRecord")
            .Select(e => e.Action).ToListAsync(Ct);
        Assert.Equal([Data.Audit.AuditAction.Create, Data.Audit.AuditAction.Delete], actions.Order());
    }

    [Fact]
    public async Task TheBonusCalculator_AnswersPoints()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var response = await client.PostAsJsonAsync("/api/v1/calc/bonus", new
        {
            inputs = new { kind = "assistant", selected = 2018, start = "2018-09-01", applied = "2021-05-10", passed = "是" },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((3m, "分", "第十条"), (body.GetProperty("amount").GetDecimal(), body.GetProperty("unit").GetString(), body.GetProperty("clause").GetString()));
        Assert.Contains("结果：3 分", body.GetProperty("text").GetString(), StringComparison.Ordinal);

        var money = await client.PostAsJsonAsync("/api/v1/calc/pension", new { inputs = new { contribution = 800 } }, Ct);
        Assert.Equal("元", (await money.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("unit").GetString());

        var bad = await client.PostAsJsonAsync("/api/v1/calc/bonus", new { inputs = new { kind = "teacher", selected = 2018, start = "2018-09-01", applied = "2021-05-10", passed = "是" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("人员类别（kind）", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
