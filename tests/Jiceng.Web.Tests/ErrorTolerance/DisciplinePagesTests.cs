using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiceng.Web.Tests.ErrorTolerance;

/// <summary>
/// Clause 七's pages and files: refused to township staff (pages, exports, step documents), shown to the organization
/// department with the planted records, the case page's read audited, exports without narratives, step documents
/// uploaded, refused by type and downloaded with an audited read.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DisciplinePagesTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Lists = ["/discipline/sanctions", "/discipline/cases", "/discipline/accusations", "/discipline/eligible"];

    private static readonly string[] Exports =
        ["/discipline/sanctions/export", "/discipline/cases/export", "/discipline/accusations/export", "/discipline/eligible/export?asOf=2026-06-30"];

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    /// <summary>A planted case with a step, and that step.</summary>
    private Task<(int Case, int Step)> CaseStepAsync() => WithDbAsync(async db =>
    {
        var step = await db.ToleranceCaseSteps.OrderBy(s => s.Id).FirstAsync(Ct);
        return (step.CaseId, step.Id);
    });

    /// <summary>A 撤职 taking effect yesterday (China time): in its influence period whatever day the suite runs.</summary>
    private async Task<string> InPeriodSanctionAsync(HttpClient client)
    {
        var (cadreId, name) = await WithDbAsync(async db => await db.Sanctions.OrderBy(s => s.Id).Select(s => ValueTuple.Create(s.CadreId, s.Cadre!.Name)).FirstAsync(Ct));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        var created = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/sanctions", new { kind = "Dismissal", effectiveOn = yesterday, authority = "区纪委监委" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return name;
    }

    [Fact]
    public async Task ATownshipUser_IsRefused_EveryPageExportAndStepDocument_AndSeesNoNavEntry()
    {
        var (caseId, stepId) = await CaseStepAsync();
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var before = app.SensitiveReads.Reads.Count;
        foreach (var path in Lists.Concat(Exports).Append($"/discipline/cases/{caseId}").Append($"/discipline/cases/{caseId}/steps/{stepId}/attachments/1"))
        {
            var response = await Forms.GetAsync(client, path);
            var refused = response.StatusCode == HttpStatusCode.Forbidden || Forms.RedirectTarget(response)?.StartsWith("/account/access-denied", StringComparison.Ordinal) == true;
            Assert.True(refused, $"{path}: {response.StatusCode} {Forms.RedirectTarget(response)}");
        }

        var api = $"/api/v1/tolerance-cases/{caseId}/steps/{stepId}/attachments";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(api, Ct)).StatusCode);
        var post = await client.PostAsJsonAsync(api, new { attachments = new[] { new { fileName = "a.pdf", contentType = "application/pdf", content = "%PDF-1.4"u8.ToArray() } } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, app.SensitiveReads.Reads.Count);

        var home = await (await Forms.GetAsync(client, "/")).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("href=\"discipline/", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganizationDepartment_SeesTheLists_WithThePlantedRecords_AndTheNavEntries()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var sanctioned = await InPeriodSanctionAsync(client);
        var accused = await WithDbAsync(db => db.Accusations.OrderBy(s => s.Id).Select(s => s.Cadre!.Name).FirstAsync(Ct));

        var sanctions = await (await Forms.GetAsync(client, "/discipline/sanctions?")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("处分与影响期", sanctions, StringComparison.Ordinal);
        Assert.Contains(sanctioned, sanctions, StringComparison.Ordinal);
        Assert.Contains("data-state=\"InPeriod\"", sanctions, StringComparison.Ordinal);
        Assert.DoesNotContain("演示数据", sanctions, StringComparison.Ordinal);

        var cases = await (await Forms.GetAsync(client, "/discipline/cases")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("认定时限", cases, StringComparison.Ordinal);
        Assert.Contains("data-overdue=\"true\"", cases, StringComparison.Ordinal);
        Assert.DoesNotContain("演示数据", cases, StringComparison.Ordinal);

        var accusations = await (await Forms.GetAsync(client, "/discipline/accusations")).Content.ReadAsStringAsync(Ct);
        Assert.Contains(accused, accusations, StringComparison.Ordinal);
        Assert.DoesNotContain("演示数据", accusations, StringComparison.Ordinal);

        var eligible = await Forms.GetAsync(client, "/discipline/eligible");
        Assert.Equal(HttpStatusCode.OK, eligible.StatusCode);
        Assert.Contains("影响期满可使用", await eligible.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        foreach (var href in new[] { "discipline/sanctions", "discipline/cases", "discipline/accusations", "discipline/eligible" })
        {
            Assert.Contains($"href=\"{href}\"", sanctions, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCasePage_ShowsTheWorkflow_AndItsReadIsAudited()
    {
        var (caseId, _) = await CaseStepAsync();
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await Forms.GetAsync(client, $"/discipline/cases/{caseId}");
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("case-stepper", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", html, StringComparison.Ordinal);
        Assert.Contains(("ToleranceCase", caseId.ToString(CultureInfo.InvariantCulture), "Facts,Notes"), app.SensitiveReads.Reads);
    }

    [Fact]
    public async Task Exports_HaveHeaders_CarryNoNarrative_AndAreAudited()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        await InPeriodSanctionAsync(client);
        foreach (var path in Exports)
        {
            var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;
            var response = await Forms.GetAsync(client, path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
            var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
            Assert.Contains("姓名", rows[0]);
            Assert.DoesNotContain(rows.SelectMany(r => r), c => c is string s && s.Contains("演示数据", StringComparison.Ordinal));
            Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Id > mark && e.Action == AuditAction.Export, Ct)), $"{path}: no export audited");
        }

        var sanctions = await Forms.GetAsync(client, "/discipline/sanctions/export?inForce=true");
        await using var s = new MemoryStream(await sanctions.Content.ReadAsByteArrayAsync(Ct));
        var inForce = s.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(inForce);
        Assert.All(inForce, r => Assert.Equal("影响期内", r["状态"]));
    }

    [Fact]
    public async Task StepDocuments_AreUploaded_RefusedByType_AndTheirDownloadIsAudited()
    {
        var (caseId, stepId) = await CaseStepAsync();
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var api = $"/api/v1/tolerance-cases/{caseId}/steps/{stepId}/attachments";
        var pdf = "%PDF-1.4 核实报告"u8.ToArray();

        var refused = await client.PostAsJsonAsync(api, new { attachments = new[] { new { fileName = "脚本.html", contentType = "text/html", content = "<script>"u8.ToArray() } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("只接受 PDF", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var created = await client.PostAsJsonAsync(api, new { attachments = new[] { new { fileName = "核实报告.pdf", contentType = "application/pdf", content = pdf } } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct))[0].GetProperty("id").GetInt64();
        var listed = await client.GetFromJsonAsync<JsonElement>(api, Ct);
        Assert.Contains(listed.EnumerateArray(), a => a.GetProperty("id").GetInt64() == id && a.GetProperty("fileName").GetString() == "核实报告.pdf");

        foreach (var url in new[] { $"{api}/{id}", $"/discipline/cases/{caseId}/steps/{stepId}/attachments/{id}" })
        {
            var file = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync(Ct));
        }

        var recordId = string.Create(CultureInfo.InvariantCulture, $"{caseId}/{stepId}/{id}");
        Assert.Equal(2, app.SensitiveReads.Reads.Count(r => r == ("CaseStepAttachment", recordId, "Content")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/tolerance-cases/{caseId + 100000}/steps/{stepId}/attachments/{id}", Ct)).StatusCode);
    }
}
