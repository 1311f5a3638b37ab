using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Demo;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Burden;

/// <summary>
/// Correcting and deleting clause 六 records through the API: an inspection is edited with the recording's checks (a
/// stale version 409, a bad field 400 named in Chinese, another unit's 404) and deleted (204, gone, audited); a plan
/// item is edited and deleted only while pending and never once an inspection points to it. The inspections written
/// here are held two years before the data year and deleted again, so the planted R6 counts other tests check stay.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BurdenEditApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;
    private static readonly int PastYear = Year - 2;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<int[]> TownshipsAsync() => WithDbAsync(db =>
        db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).ToArrayAsync(Ct));

    private Task<int> DepartmentAsync(string name) => WithDbAsync(db =>
        db.OrgUnits.AsNoTracking().Where(u => u.Name == name && u.Kind == OrgUnitKind.DistrictDepartment).Select(u => u.Id).SingleAsync(Ct));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    private Task<List<AuditAction>> AuditActionsAsync(string recordType, int id)
    {
        var record = id.ToString(CultureInfo.InvariantCulture);
        return WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.UserName == "t-district" && e.RecordType == recordType && e.RecordId == record).Select(e => e.Action).ToListAsync(Ct));
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url, int version) =>
        client.DeleteAsync(new Uri($"{url}?version={version}", UriKind.Relative), Ct);

    [Fact]
    public async Task AnInspection_IsEdited_WithTheRecordingsChecks_ThenDeleted_AndEveryWriteIsAudited()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var townships = await TownshipsAsync();
        var department = await DepartmentAsync(BurdenNames.NaturalResources);
        var input = new { townshipId = townships[0], departmentId = department, heldOn = $"{PastYear}-04-10", title = "测试：耕地保护检查" };

        var created = await client.PostAsJsonAsync("/api/v1/burden/inspections", input, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var recorded = await JsonAsync(created);
        var id = recorded.GetProperty("id").GetInt32();
        var version = recorded.GetProperty("version").GetInt32();
        var url = $"/api/v1/burden/inspections/{id}";

        var changed = input with { heldOn = $"{PastYear}-04-12", title = "测试：耕地保护专项检查" };
        var edited = await client.PutAsJsonAsync(url, new { version, inspection = changed }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await JsonAsync(edited);
        Assert.Equal("测试：耕地保护专项检查", after.GetProperty("title").GetString());
        Assert.Equal($"{PastYear}-04-12", after.GetProperty("heldOn").GetString());
        Assert.NotEqual(version, after.GetProperty("version").GetInt32());

        var stale = await client.PutAsJsonAsync(url, new { version, inspection = changed with { title = "过期版本的修改" } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var current = after.GetProperty("version").GetInt32();

        var future = await client.PutAsJsonAsync(url, new { version = current, inspection = changed with { heldOn = $"{Year + 5}-01-01", title = "" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var errors = (await JsonAsync(future)).GetProperty("errors");
        Assert.Contains("检查日期", errors.GetProperty("heldOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("检查事项", errors.GetProperty("title")[0].GetString(), StringComparison.Ordinal);

        var listed = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/inspections?year={PastYear}", UriKind.Relative), Ct));
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("id").GetInt32() == id && i.GetProperty("title").GetString() == "测试：耕地保护专项检查");

        // The inspected township sees the record but does not write it: the department that held it does.
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await township.PutAsJsonAsync(url, new { version = current, inspection = changed }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteAsync(township, url, current)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await DeleteAsync(client, url, version)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, url, current)).StatusCode);
        listed = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/inspections?year={PastYear}", UriKind.Relative), Ct));
        Assert.DoesNotContain(listed.EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteAsync(client, url, current)).StatusCode);

        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], (await AuditActionsAsync("Inspection", id)).Order());
    }

    [Fact]
    public async Task APlanItem_IsEditedAndDeletedOnlyWhilePending_AndNotOnceAnInspectionPointsToIt()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var department = await DepartmentAsync(BurdenNames.NaturalResources);
        var townships = await TownshipsAsync();

        async Task<(int Id, int Version)> ProposeAsync(string title)
        {
            var item = await JsonAsync(await client.PostAsJsonAsync("/api/v1/burden/plan-items", new { year = Year, departmentId = department, title }, Ct));
            return (item.GetProperty("id").GetInt32(), item.GetProperty("version").GetInt32());
        }

        var (id, version) = await ProposeAsync("测试：矿产资源检查");
        var url = $"/api/v1/burden/plan-items/{id}";
        var edited = await client.PutAsJsonAsync(url, new { version, item = new { year = Year, departmentId = department, title = "测试：矿产资源开发利用检查" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var item = await JsonAsync(edited);
        Assert.Equal("测试：矿产资源开发利用检查", item.GetProperty("title").GetString());
        version = item.GetProperty("version").GetInt32();

        var blank = await client.PutAsJsonAsync(url, new { version, item = new { year = 1990, departmentId = department, title = "测试" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("计划年度", (await JsonAsync(blank)).GetProperty("errors").GetProperty("year")[0].GetString(), StringComparison.Ordinal);

        var approved = await JsonAsync(await client.PostAsJsonAsync($"{url}/approve", new { version, decidedBy = "区委组织部", decidedOn = $"{Year}-06-01" }, Ct));
        version = approved.GetProperty("version").GetInt32();
        var late = await client.PutAsJsonAsync(url, new { version, item = new { year = Year, departmentId = department, title = "审批后改名" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("已审批", (await JsonAsync(late)).GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        var lateDelete = await DeleteAsync(client, url, version);
        Assert.Equal(HttpStatusCode.BadRequest, lateDelete.StatusCode);
        Assert.Contains("不能删除", (await JsonAsync(lateDelete)).GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);

        // A pending item an inspection was recorded against stays until the inspection is gone.
        var (pending, pendingVersion) = await ProposeAsync("测试：误报的计划事项");
        var inspection = await JsonAsync(await client.PostAsJsonAsync("/api/v1/burden/inspections",
            new { townshipId = townships[0], departmentId = department, heldOn = $"{PastYear}-05-01", title = "测试：按误报计划检查", planItemId = pending }, Ct));
        var pendingUrl = $"/api/v1/burden/plan-items/{pending}";
        var pointed = await DeleteAsync(client, pendingUrl, pendingVersion);
        Assert.Equal(HttpStatusCode.BadRequest, pointed.StatusCode);
        Assert.Contains("1次检查", (await JsonAsync(pointed)).GetProperty("errors").GetProperty("id")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent,
            (await DeleteAsync(client, $"/api/v1/burden/inspections/{inspection.GetProperty("id").GetInt32()}", inspection.GetProperty("version").GetInt32())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, pendingUrl, pendingVersion)).StatusCode);
        var list = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/plan-items?year={Year}", UriKind.Relative), Ct));
        Assert.DoesNotContain(list.EnumerateArray(), i => i.GetProperty("id").GetInt32() == pending);
        Assert.Contains(list.EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);

        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Update], (await AuditActionsAsync("InspectionPlanItem", id)).Order());
        Assert.Equal([AuditAction.Create, AuditAction.Delete], (await AuditActionsAsync("InspectionPlanItem", pending)).Order());
    }
}
