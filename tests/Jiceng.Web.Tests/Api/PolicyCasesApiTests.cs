using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Policy.Cases;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.PolicyCases;
using Jiceng.Testing;
using Jiceng.Web.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>
/// Policy cases over the API and kept with the profile: runs of the shipped cases (and a broken one) answered in the
/// CLI's JSON, the saved set read back with its last run, the bounds and roles, and adoption carrying the set.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PolicyCasesApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<object> ShippedFiles(Func<string, string>? edit = null) =>
    [
        .. Directory.GetFiles(Path.Combine(ExampleProfile.RepoRoot(), "policy", "cases"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => (object)new { name = Path.GetFileName(f), yaml = (edit ?? (y => y))(File.ReadAllText(f)) }),
    ];

    private static string LaterDue(string yaml) =>
        yaml.Replace("due: 2020-07-01, required", "due: 2020-08-01, required", StringComparison.Ordinal);

    [Fact]
    public async Task TheShippedCases_Pass_AndAWrongExpectedValue_FailsWithItsDifference()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var passing = await client.PostAsJsonAsync("/api/v1/policy/cases/run", new { files = ShippedFiles() }, Ct);
        Assert.Equal(HttpStatusCode.OK, passing.StatusCode);
        var run = await passing.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(run.GetProperty("succeeded").GetBoolean(), run.ToString());
        Assert.True(run.GetProperty("passed").GetInt32() >= 2);
        Assert.Equal(0, run.GetProperty("failed").GetInt32());

        var failing = await client.PostAsJsonAsync("/api/v1/policy/cases/run", new { files = ShippedFiles(LaterDue) }, Ct);
        var failed = await failing.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, failed.GetProperty("failed").GetInt32());
        var broken = failed.GetProperty("results").EnumerateArray().SelectMany(f => f.GetProperty("cases").EnumerateArray())
            .Single(c => !c.GetProperty("passed").GetBoolean());
        Assert.Equal("满5年当日应调整", broken.GetProperty("name").GetString());
        Assert.Contains("2020-08-01", broken.GetProperty("differences")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASavedSet_IsReadBack_RunByDefault_WithItsLastRunKept_AndAudited()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var saved = await client.PutAsJsonAsync("/api/v1/policy/cases", new { files = ShippedFiles() }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var read = await client.GetFromJsonAsync<JsonElement>("/api/v1/policy/cases", Ct);
        Assert.Equal(id, read.GetProperty("id").GetInt32());
        Assert.Equal(ShippedFiles().Count, read.GetProperty("files").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("lastRun").ValueKind);

        var run = await client.PostAsJsonAsync("/api/v1/policy/cases/run", new { }, Ct);
        var result = await run.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var lastRun = (await client.GetFromJsonAsync<JsonElement>("/api/v1/policy/cases", Ct)).GetProperty("lastRun");
        Assert.Equal((result.GetProperty("passed").GetInt32(), 0), (lastRun.GetProperty("passed").GetInt32(), lastRun.GetProperty("failed").GetInt32()));

        // A run of other files (or against a draft) is no run of the saved set: its counts stay.
        await client.PostAsJsonAsync("/api/v1/policy/cases/run", new { files = ShippedFiles(LaterDue) }, Ct);
        var still = (await client.GetFromJsonAsync<JsonElement>("/api/v1/policy/cases", Ct)).GetProperty("lastRun");
        Assert.Equal(0, still.GetProperty("failed").GetInt32());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var audited = await db.AuditEntries.AsNoTracking().Where(e => e.RecordType == "PolicyCaseSet" && e.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.Action).ToListAsync(Ct);
        Assert.Contains(AuditAction.Create, audited);
        Assert.Contains(AuditAction.Update, audited);
    }

    [Fact]
    public async Task OthersMayRead_ButNotSaveOrRun()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/v1/policy/cases", new { files = ShippedFiles() }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/policy/cases/run", new { files = ShippedFiles() }, Ct)).StatusCode);
        Assert.Contains((await client.GetAsync("/api/v1/policy/cases", Ct)).StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task TooManyFiles_AndABrokenDraft_Are400_InChinese()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var many = Enumerable.Range(0, CaseSetLimits.MaxFiles + 1).Select(i => new { name = $"{i}.yaml", yaml = "cases: []" }).ToArray();

        var tooMany = await client.PutAsJsonAsync("/api/v1/policy/cases", new { files = many }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("用例文件过多", await tooMany.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var draft = await client.PostAsJsonAsync("/api/v1/policy/cases/run", new { files = ShippedFiles(), draft = "profile:\n  name: [\n" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, draft.StatusCode);
        Assert.Contains("第", await draft.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adoption_CarriesTheSet_ToTheNewVersion_WithItsRunAgainstTheDraft()
    {
        var profiles = app.Services.GetRequiredService<PolicyProfiles>();
        var sets = app.Services.GetRequiredService<PolicyCaseSets>();
        var files = ShippedFiles().Select(f => JsonSerializer.SerializeToElement(f))
            .Select(f => new CaseFileText(f.GetProperty("name").GetString()!, f.GetProperty("yaml").GetString()!)).ToList();
        // A version in force from far ahead: today's profile (and the other tests) stay as they are.
        var draftYaml = File.ReadAllText(Path.Combine(ExampleProfile.RepoRoot(), "policy", "default-2020.yaml"))
            .Replace("P0.effective_from: 2020-01-01", "P0.effective_from: 2090-01-01", StringComparison.Ordinal);
        var draft = Core.Policy.ProfileLoader.Load(draftYaml, "草案").Profile!;
        var run = await sets.RunAsync(files, draft, Ct);

        var adopted = await profiles.AdoptAsync(draftYaml, "测试", files, run, Ct);

        Assert.True(adopted.Succeeded);
        var version = profiles.Set.Versions.Single(v => v.EffectiveFrom == new DateOnly(2090, 1, 1));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var carried = await PolicyCaseSetStore.LatestAsync(db, PolicyProfiles.OwnerOf(version), Ct);
        Assert.NotNull(carried);
        Assert.NotNull(carried.ProfileVersionId);
        Assert.True(PolicyCaseSetStore.Holds(carried, files));
        Assert.Equal((run.Passed, 0), (carried.LastRunPassed, carried.LastRunFailed));
    }
}
