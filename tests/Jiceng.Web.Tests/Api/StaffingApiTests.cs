using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class StaffingApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<IReadOnlyList<Finding>> FindingsAsync(string rule) => WithDbAsync<IReadOnlyList<Finding>>(async db =>
    {
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        var result = await Evaluator.EvaluateAsync(db, new DataScope(root.Id, root.Path), ExampleProfile.Create(),
            new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf), [RuleCatalog.Find(rule)!], ct: Ct);
        return result.Findings;
    });

    [Fact]
    public async Task ADecisionWithoutOpinion_IsFlagged_AndTheOpinionAddedLater_ClearsIt()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var (agencyId, cadreId) = await WithDbAsync(async db =>
        {
            var a = await db.DispatchedAgencies.AsNoTracking().OrderBy(x => x.Id).FirstAsync(Ct);
            var c = await db.Cadres.AsNoTracking().Where(x => x.OrgUnitId == a.DepartmentId).Select(x => x.Id).FirstAsync(Ct);
            return (a.Id, c);
        });
        var before = (await FindingsAsync("R3.3")).Count;

        var created = await client.PostAsJsonAsync($"/api/v1/staffing/agencies/{agencyId}/decisions",
            new { cadreId, kind = "Removal", date = "2026-03-15" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var decision = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(decision.GetProperty("withoutOpinion").GetBoolean());
        Assert.Equal(before + 1, (await FindingsAsync("R3.3")).Count);

        var id = decision.GetProperty("id").GetInt32();
        var late = await client.PutAsJsonAsync($"/api/v1/staffing/agency-decisions/{id}", new
        {
            version = decision.GetProperty("version").GetInt32(),
            decision = new { cadreId, kind = "Removal", date = "2026-03-15", opinionOn = "2026-03-14", opinion = "Agree", opinionText = "同意" },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.False((await late.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("withoutOpinion").GetBoolean());
        Assert.Equal(before, (await FindingsAsync("R3.3")).Count);
    }

    [Fact]
    public async Task AQuota_IsListedWithItsStaff_AndBadOrOverlappingQuotasAreRefused()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var unit = await WithDbAsync(db => db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.DistrictDepartment).OrderByDescending(u => u.Id).FirstAsync(Ct));

        var negative = await client.PostAsJsonAsync("/api/v1/staffing/establishments", new { orgUnitId = unit.Id, kind = "Institution", approved = -1, from = "2026-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("核定编制数", await negative.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var ok = await client.PostAsJsonAsync("/api/v1/staffing/establishments", new { orgUnitId = unit.Id, kind = "Institution", approved = 4, from = "2026-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var row = await ok.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(4, row.GetProperty("vacancies").GetInt32() + row.GetProperty("staff").GetInt32());

        var overlapping = await client.PostAsJsonAsync("/api/v1/staffing/establishments", new { orgUnitId = unit.Id, kind = "Institution", approved = 5, from = "2026-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        Assert.Contains("不能重叠", await overlapping.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/staffing/establishments?kind=Institution&townships=false&q={Uri.EscapeDataString(unit.Name)}", Ct);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == row.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task AnotherTownshipsPosition_IsNotFound_ForATownshipUser()
    {
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var foreign = await WithDbAsync(async db =>
        {
            var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
            return await db.RecruitmentPositions.Where(p => p.OrgUnitId == townships[1].Id).Select(p => p.Id).FirstAsync(Ct);
        });
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync(new Uri($"/api/v1/staffing/positions/{foreign}", UriKind.Relative), Ct)).StatusCode);
        var bad = await township.PostAsJsonAsync("/api/v1/staffing/positions", new { orgUnitId = 0, year = 2026, title = "", hires = 0, examRatio = 0 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("开考比例", text, StringComparison.Ordinal);
        Assert.Contains("招录人数", text, StringComparison.Ordinal);
    }
}
