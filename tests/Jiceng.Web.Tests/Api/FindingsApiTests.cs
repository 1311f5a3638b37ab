using System.Globalization;
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
public sealed class FindingsApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Saves a district run (the ledger then holds the demo's findings) and names the first two townships' paths.</summary>
    private async Task<(string Own, string Foreign, int OwnId)> LedgerAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
        await Evaluator.SaveAsync(db, await Evaluator.EvaluateAsync(db, new DataScope(root.Id, root.Path), ExampleProfile.Create(), context, ct: Ct), "test", Ct);
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
        return (townships[0].Path, townships[1].Path, townships[0].Id);
    }

    private async Task<FindingRecord> OpenFindingAsync(string path, int skip = 0)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.Findings.AsNoTracking().Where(f => f.State == FindingState.Open && f.OrgUnitPath.StartsWith(path))
            .OrderBy(f => f.Id).Skip(skip).FirstAsync(Ct);
    }

    [Fact]
    public async Task ATownshipUser_SeesAndChangesOnlyItsOwnFindings_AndChangesAreAudited()
    {
        var (own, foreignPath, ownId) = await LedgerAsync();
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/findings?open=true&pageSize=500", Ct);
        Assert.True(list.GetProperty("total").GetInt32() > 0);
        Assert.All(list.GetProperty("items").EnumerateArray(), f => Assert.Equal(ownId, f.GetProperty("townshipId").GetInt32()));

        var foreign = await OpenFindingAsync(foreignPath);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/findings/{foreign.Id}", Ct)).StatusCode);
        var assignForeign = await client.PostAsJsonAsync($"/api/v1/findings/{foreign.Id}/assign", new { version = foreign.Version, unitId = ownId, person = "李明", plannedDate = Today }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, assignForeign.StatusCode);

        var mine = await OpenFindingAsync(own);
        var past = await client.PostAsJsonAsync($"/api/v1/findings/{mine.Id}/assign", new { version = mine.Version, unitId = ownId, person = "李明", plannedDate = "2020-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("计划完成时限", await past.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var assigned = await client.PostAsJsonAsync($"/api/v1/findings/{mine.Id}/assign", new { version = mine.Version, unitId = ownId, person = "李明", plannedDate = Today }, Ct);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var body = await assigned.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("Assigned", "已分派", mine.Version + 1), (body.GetProperty("state").GetString(), body.GetProperty("stateLabel").GetString(), body.GetProperty("version").GetInt32()));

        var stale = await client.PostAsJsonAsync($"/api/v1/findings/{mine.Id}/rectify", new { version = mine.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var resolve = await client.PostAsJsonAsync($"/api/v1/findings/{mine.Id}/resolve", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, resolve.StatusCode);
        Assert.Contains("不能手工销号", await resolve.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/findings/{mine.Id}", Ct);
        Assert.Equal(["Opened", "Assigned"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var audited = await db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordType == nameof(FindingRecord) && e.RecordId == mine.Id.ToString(CultureInfo.InvariantCulture)).ToListAsync(Ct);
        var entry = Assert.Single(audited);
        Assert.Equal("t-township", entry.UserName);
        Assert.Contains("李明", entry.Details, StringComparison.Ordinal);
        // The probes of another township's finding are audited as denied.
        var probe = $"POST /api/v1/findings/{foreign.Id}/assign";
        Assert.True(await db.AuditEntries.AnyAsync(e => e.UserName == "t-township" && e.Action == Data.Audit.AuditAction.AccessDenied && e.RecordId == probe, Ct));
    }

    [Fact]
    public async Task AnExplanation_IsDecidedByTheOrganizationDepartment_NeverByItsAuthor()
    {
        var (own, _, _) = await LedgerAsync();
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var finding = await OpenFindingAsync(own, skip: 1);

        var empty = await township.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/explanations", new { version = finding.Version, text = " " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("情况说明：必填", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var pdf = new { fileName = "说明.pdf", contentType = "application/pdf", content = Convert.ToBase64String("%PDF-1.4 x"u8) };
        var submitted = await township.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/explanations",
            new { version = finding.Version, text = "该村已于2026年撤并", attachments = new[] { pdf } }, Ct);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var version = (await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await township.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/accept", new { version, reason = "同意" }, Ct)).StatusCode);
        var accepted = await district.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/accept", new { version, reason = "情况属实" }, Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("SetAside", (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString());

        var detail = await township.GetFromJsonAsync<JsonElement>($"/api/v1/findings/{finding.Id}", Ct);
        var attachment = detail.GetProperty("explanations")[0].GetProperty("attachments")[0].GetProperty("id").GetInt64();
        var file = await township.GetAsync($"/api/v1/findings/{finding.Id}/attachments/{attachment}", Ct);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        using (var scope = app.Services.CreateScope())
        {
            // Reading an attachment over the API is audited as the page's download link is.
            var recordId = $"{finding.Id}/{attachment}";
            var audit = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            Assert.True(await audit.AuditEntries.AnyAsync(e => e.UserName == "t-township" && e.Action == Data.Audit.AuditAction.SensitiveRead && e.RecordId == recordId, Ct));
        }

        // The district user explains another finding and may not accept it.
        var other = await OpenFindingAsync(own, skip: 1);
        var own2 = await district.PostAsJsonAsync($"/api/v1/findings/{other.Id}/explanations", new { version = other.Version, text = "组织部核实" }, Ct);
        var v2 = (await own2.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32();
        var self = await district.PostAsJsonAsync($"/api/v1/findings/{other.Id}/accept", new { version = v2, reason = "同意" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("不能审核自己提交的情况说明", await self.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
