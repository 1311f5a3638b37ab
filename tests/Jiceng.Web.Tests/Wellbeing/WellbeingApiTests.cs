using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Wellbeing;

/// <summary>Clause 九 over HTTP: the mental-health part of a checkup is restricted, encrypted and audited; inputs get Chinese field errors.</summary>
[Collection(WebCollection.Name)]
public sealed class WellbeingApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<(int Id, int CadreId)> AssessedCheckupAsync() => QueryAsync(async db =>
        await db.HealthCheckups.Where(c => c.MentalHealthResult != null).OrderBy(c => c.Id).Select(c => new ValueTuple<int, int>(c.Id, c.CadreId)).FirstAsync(Ct));

    [Fact]
    public async Task ATownshipUser_CannotReadMentalHealthResults_AndTheAttemptIsAudited()
    {
        var (id, cadreId) = await AssessedCheckupAsync();
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var reads = app.SensitiveReads.Reads.Count;
        var path = $"/api/v1/health-checkups/{id}/mental-health";

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("未见明显异常", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(reads, app.SensitiveReads.Reads.Count);
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(
            e => e.UserName == user && e.Action == AuditAction.AccessDenied && e.Outcome == AuditOutcome.Failure && e.RecordId == "GET " + path, Ct)));

        var write = await client.PutAsJsonAsync(path, new { version = 1, result = "篡改" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(e => e.UserName == user && e.Action == AuditAction.AccessDenied && e.RecordId == "PUT " + path, Ct)));
        Assert.Equal(1, await QueryAsync(db => db.HealthCheckups.Where(c => c.Id == id).Select(c => c.MentalHealthResult == "篡改" ? 0 : 1).SingleAsync(Ct)));

        // The checkup list shows that the assessment was done, never its result, to anyone.
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var list = await district.GetStringAsync($"/api/v1/cadres/{cadreId}/checkups", Ct);
        Assert.Contains("\"mentalHealthAssessed\":true", list, StringComparison.Ordinal);
        Assert.DoesNotContain("未见明显异常", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganizationDepartment_ReadsTheResult_EachReadAudited_AndItIsCiphertextAtRest()
    {
        var (id, _) = await AssessedCheckupAsync();
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/health-checkups/{id}/mental-health", Ct);

        Assert.Equal("未见明显异常", view.GetProperty("result").GetString());
        Assert.Contains(("HealthCheckup", id.ToString(CultureInfo.InvariantCulture), "MentalHealth"), app.SensitiveReads.Reads);
        var stored = await QueryAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT \"MentalHealthResult\" AS \"Value\" FROM health_checkups WHERE \"MentalHealthResult\" IS NOT NULL").ToListAsync(Ct));
        Assert.NotEmpty(stored);
        Assert.All(stored, s => Assert.DoesNotContain("未见明显异常", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordingAResult_IsAuditedWithoutItsText()
    {
        // A checkup without a result (the other tests read the first one with a result).
        var id = await QueryAsync(db => db.HealthCheckups.Where(c => c.MentalHealthResult == null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct));
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var version = await QueryAsync(db => db.HealthCheckups.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(Ct));

        var response = await client.PutAsJsonAsync($"/api/v1/health-checkups/{id}/mental-health",
            new { version, result = "轻度焦虑，建议随访", referral = "转介区心理咨询中心" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await QueryAsync(db => db.AuditEntries.Where(e => e.RecordType == "HealthCheckup" && e.RecordId == id.ToString(CultureInfo.InvariantCulture)
            && e.Action == AuditAction.Update).OrderByDescending(e => e.Id).FirstAsync(Ct));
        Assert.DoesNotContain("轻度焦虑", entry.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadTalk_GetsChineseFieldErrors_NamingTheFieldAndPosition()
    {
        var cadreId = await QueryAsync(db => db.HealthCheckups.OrderBy(c => c.Id).Select(c => c.CadreId).FirstAsync(Ct));
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var response = await client.PostAsJsonAsync($"/api/v1/cadres/{cadreId}/talks",
            new { talkedOn = "2099-12-31", talker = "", topics = "工作情况", needs = new object[] { new { need = "住房" }, new { need = "", resolved = true } } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("谈话日期：不能晚于今天", body, StringComparison.Ordinal);
        Assert.Contains("谈话人：必填", body, StringComparison.Ordinal);
        Assert.Contains("needs[1].need", body, StringComparison.Ordinal);
        Assert.Contains("第2条诉求的内容：必填", body, StringComparison.Ordinal);
        Assert.Contains("第2条诉求的解决人：必填", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueIncidents_AreTheDepartmentsToDoList()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var overdue = await client.GetFromJsonAsync<JsonElement>("/api/v1/safety-incidents?overdue=true&asOf=2026-06-30", Ct);

        var reasons = overdue.EnumerateArray().Select(i => string.Join("、", i.GetProperty("overdue").EnumerateArray().Select(o => o.GetString()))).ToList();
        Assert.Contains("报告后超过24小时未受理", reasons);
        Assert.Contains("报告后超过15天未办结", reasons);
        Assert.Equal(2, reasons.Count);
    }
}
