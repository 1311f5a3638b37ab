using System.Net;
using System.Net.Http.Json;
using Jiceng.Core.Findings;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class VillageCadresApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<Finding>> OneShoulderFindingsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        var result = await Evaluator.EvaluateAsync(db, new DataScope(root.Id, root.Path), ExampleProfile.Create(),
            new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf), [RuleCatalog.Find("R10.1")!], ct: Ct);
        return result.Findings;
    }

    [Fact]
    public async Task ARecordedExemption_ClearsTheVillagesOneShoulderFinding()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var before = await OneShoulderFindingsAsync();
        var village = before.First().Subject;

        var response = await client.PostAsJsonAsync($"/api/v1/org-units/{village.Id}/one-shoulder-exemptions",
            new { reason = "书记为下派干部，不具备参选资格", from = "2026-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var after = await OneShoulderFindingsAsync();
        Assert.DoesNotContain(after, f => f.Subject.Id == village.Id);
        Assert.Equal(before.Count - 1, after.Count);
    }

    [Fact]
    public async Task AnExemptionWithoutReason_Is400_AndOutsideTheScope_Is404()
    {
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        int own, foreign;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
            own = await db.OrgUnits.Where(u => u.ParentId == townships[0].Id).Select(u => u.Id).FirstAsync(Ct);
            foreign = await db.OrgUnits.Where(u => u.ParentId == townships[1].Id).Select(u => u.Id).FirstAsync(Ct);
        }

        var bad = await township.PostAsJsonAsync($"/api/v1/org-units/{own}/one-shoulder-exemptions", new { reason = "", from = "2026-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("理由", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var outside = await township.PostAsJsonAsync($"/api/v1/org-units/{foreign}/one-shoulder-exemptions", new { reason = "越权", from = "2026-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync(new Uri($"/api/v1/org-units/{foreign}/one-shoulder-exemptions", UriKind.Relative), Ct)).StatusCode);
    }
}
