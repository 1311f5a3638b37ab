using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Assessment;

/// <summary>Schemes are written by the organization department only (weights checked); a township sees its own assessments, not another's.</summary>
[Collection(WebCollection.Name)]
public sealed class AssessmentSchemesApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schemes_OrganizationDepartmentOnly_AndAssessmentsScoped()
    {
        int district, ownTownship, otherAssessment;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            district = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.District).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct);
            ownTownship = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct);
            otherAssessment = await db.TownshipAssessments.Where(a => a.TownshipId != ownTownship).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct);
        }

        var body = new
        {
            districtId = district, category = "测试型", name = "测试方案", fromYear = 2001,
            indicators = new object[] { new { name = "党的建设", weight = 60, maxScore = 100, sortOrder = 1 }, new { name = "多元评价", weight = 30, maxScore = 100, sortOrder = 2, feed = "AllFeedback" } },
        };
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await township.PostAsJsonAsync("/api/v1/assessment-schemes", body, Ct)).StatusCode);

        var org = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var refused = await org.PostAsJsonAsync("/api/v1/assessment-schemes", body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("应为100%，现为90%", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Scope: the township's list holds only its own township; another township's assessment is not found.
        var list = await township.GetFromJsonAsync<JsonElement>($"/api/v1/township-assessments?year={DateTime.UtcNow.Year - 1}", Ct);
        Assert.All(list.EnumerateArray(), r => Assert.Equal(ownTownship, r.GetProperty("townshipId").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync($"/api/v1/township-assessments/{otherAssessment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await org.GetAsync($"/api/v1/township-assessments/{otherAssessment}", Ct)).StatusCode);
    }
}
