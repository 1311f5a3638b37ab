using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Burden;

/// <summary>
/// The clause 六 API on the demo district: the township view shows the planted township over the cap and every R6 rule
/// has a finding; the plan workflow (propose → approve, stale version refused) with Chinese field errors; a township
/// user sees only its own township and cannot propose for a department or decide a plan item. Writes here add only
/// plan items and a withdrawn-free task of the next data day, so the planted findings checked elsewhere stay.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BurdenApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<(int Id, string Name)[]> TownshipsAsync() => WithDbAsync(async db =>
        (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(Ct))
            .Select(u => (u.Id, u.Name)).ToArray());

    private Task<int> DepartmentAsync(string name) => WithDbAsync(db =>
        db.OrgUnits.AsNoTracking().Where(u => u.Name == name && u.Kind == OrgUnitKind.DistrictDepartment).Select(u => u.Id).SingleAsync(Ct));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    [Fact]
    public async Task TheTownshipView_ShowsThePlantedTownshipOverTheCap_AndEveryR6RuleHasAFinding()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var townships = await TownshipsAsync();

        var rows = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/townships?year={Year}", UriKind.Relative), Ct));
        Assert.Equal(townships.Length, rows.GetArrayLength());
        var second = rows.EnumerateArray().Single(r => r.GetProperty("burden").GetProperty("townshipId").GetInt32() == townships[1].Id);
        Assert.Equal(10, second.GetProperty("inspectionCap").GetInt32());
        Assert.True(second.GetProperty("overCap").GetBoolean());
        Assert.Equal(11, second.GetProperty("burden").GetProperty("inspections").GetInt32());
        Assert.Equal(1, second.GetProperty("burden").GetProperty("unplanned").GetInt32());
        Assert.Equal(8, second.GetProperty("burden").GetProperty("meetings").GetInt32());
        Assert.Equal(10, second.GetProperty("burden").GetProperty("meetingsLastYear").GetInt32());
        var first = rows.EnumerateArray().Single(r => r.GetProperty("burden").GetProperty("townshipId").GetInt32() == townships[0].Id);
        Assert.False(first.GetProperty("overCap").GetBoolean());
        Assert.Equal(4, first.GetProperty("burden").GetProperty("inspectionsLastYear").GetInt32());

        var findings = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/findings?year={Year}", UriKind.Relative), Ct));
        var rules = findings.EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        Assert.Equal(["R6.1", "R6.2", "R6.3", "R6.4"], rules.Order(StringComparer.Ordinal));
        Assert.Contains(findings.EnumerateArray(), f => f.GetProperty("rule").GetString() == "R6.2" && f.GetProperty("orgUnitId").GetInt32() == townships[1].Id);

        var departments = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/departments?year={Year}", UriKind.Relative), Ct));
        var market = departments.EnumerateArray().Single(d => d.GetProperty("department").GetString() == BurdenNames.MarketRegulation);
        Assert.True(market.GetProperty("unfundedOutsideList").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("/api/v1/burden/townships?year=1999")]
    [InlineData("/api/v1/burden/tasks?year=99999")]
    [InlineData("/api/v1/burden/inspections?year=0")]
    public async Task AYearOutsideTheRange_IsRefusedWithAChineseFieldError(string url)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Contains("年度", problem.GetProperty("errors").GetProperty("year")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanItem_IsProposed_Approved_AndAStaleOrIncompleteDecisionIsRefused()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var department = await DepartmentAsync(BurdenNames.NaturalResources);

        var blank = await client.PostAsJsonAsync("/api/v1/burden/plan-items", new { year = Year, departmentId = department, title = "  " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("检查事项", (await JsonAsync(blank)).GetProperty("errors").GetProperty("title")[0].GetString(), StringComparison.Ordinal);

        var created = await client.PostAsJsonAsync("/api/v1/burden/plan-items", new { year = Year, departmentId = department, title = "测试：地质灾害防治检查" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await JsonAsync(created);
        Assert.Equal("Proposed", item.GetProperty("status").GetString());
        var id = item.GetProperty("id").GetInt32();
        var version = item.GetProperty("version").GetInt32();

        var noDecider = await client.PostAsJsonAsync($"/api/v1/burden/plan-items/{id}/approve", new { version, decidedOn = $"{Year}-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noDecider.StatusCode);
        Assert.Contains("审批人", (await JsonAsync(noDecider)).GetProperty("errors").GetProperty("decidedBy")[0].GetString(), StringComparison.Ordinal);

        var approved = await client.PostAsJsonAsync($"/api/v1/burden/plan-items/{id}/approve", new { version, decidedBy = "区委组织部", decidedOn = $"{Year}-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("已审批", (await JsonAsync(approved)).GetProperty("statusLabel").GetString());

        var stale = await client.PostAsJsonAsync($"/api/v1/burden/plan-items/{id}/reject", new { version, decidedBy = "区委组织部", decidedOn = $"{Year}-06-02" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var list = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/plan-items?year={Year}", UriKind.Relative), Ct));
        Assert.Contains(list.EnumerateArray(), i => i.GetProperty("id").GetInt32() == id && i.GetProperty("status").GetString() == "Approved");
    }

    [Fact]
    public async Task ATaskWithNegativeFunding_OrAnotherDistrictsTownship_IsRefusedFieldByField()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var department = await DepartmentAsync(BurdenNames.MarketRegulation);
        var townships = await TownshipsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/burden/tasks", new
        {
            townshipId = townships[0].Id, departmentId = department, title = "测试事项", assignedOn = $"{Year}-03-01", fundingYuan = -1, deadline = $"{Year}-02-01",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("随事转移经费", errors.GetProperty("fundingYuan")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("完成时限", errors.GetProperty("deadline")[0].GetString(), StringComparison.Ordinal);

        var notATownship = await client.PostAsJsonAsync("/api/v1/burden/tasks", new
        {
            townshipId = department, departmentId = department, title = "测试事项", assignedOn = $"{Year}-03-01",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notATownship.StatusCode);
        Assert.True((await JsonAsync(notATownship)).GetProperty("errors").TryGetProperty("townshipId", out _));
    }

    [Fact]
    public async Task ATownshipUser_SeesOnlyItsTownship_AndCannotProposeOrDecideForADepartment()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var townships = await TownshipsAsync();
        var own = townships[0];

        var rows = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/townships?year={Year}", UriKind.Relative), Ct));
        Assert.Equal(own.Id, Assert.Single(rows.EnumerateArray()).GetProperty("burden").GetProperty("townshipId").GetInt32());

        var tasks = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/tasks?year={Year}", UriKind.Relative), Ct));
        Assert.NotEqual(0, tasks.GetArrayLength());
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal(own.Id, t.GetProperty("townshipId").GetInt32()));
        var inspections = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/inspections?year={Year}", UriKind.Relative), Ct));
        Assert.All(inspections.EnumerateArray(), i => Assert.Equal(own.Id, i.GetProperty("townshipId").GetInt32()));
        var findings = await JsonAsync(await client.GetAsync(new Uri($"/api/v1/burden/findings?year={Year}", UriKind.Relative), Ct));
        Assert.DoesNotContain(findings.EnumerateArray(), f => f.GetProperty("orgUnitId").GetInt32() == townships[1].Id);

        var department = await DepartmentAsync(BurdenNames.NaturalResources);
        var propose = await client.PostAsJsonAsync("/api/v1/burden/plan-items", new { year = Year, departmentId = department, title = "乡镇冒名报送" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, propose.StatusCode);
        Assert.Contains("管理范围", (await JsonAsync(propose)).GetProperty("errors").GetProperty("departmentId")[0].GetString(), StringComparison.Ordinal);

        var planItem = await WithDbAsync(db => db.InspectionPlanItems.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Version }).FirstAsync(Ct));
        var decide = await client.PostAsJsonAsync($"/api/v1/burden/plan-items/{planItem.Id}/approve",
            new { version = planItem.Version, decidedBy = "乡镇", decidedOn = $"{Year}-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);

        var otherCount = await client.PutAsJsonAsync("/api/v1/burden/counts",
            new { townshipId = townships[1].Id, departmentId = department, year = Year, kind = "Meeting", count = 99 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, otherCount.StatusCode);
        Assert.True((await JsonAsync(otherCount)).GetProperty("errors").TryGetProperty("townshipId", out _));
    }
}

/// <summary>The demo departments the planting uses (kept here: the planting class is internal to the data assembly).</summary>
internal static class BurdenNames
{
    public const string NaturalResources = "区自然资源局";
    public const string MarketRegulation = "区市场监督管理局";
}
