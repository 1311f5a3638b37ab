using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Audit;

/// <summary>Exactly one audit entry per audited action, with the right actor, through the real app.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditTrailTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<long> MarkAsync() => QueryAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id)).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default);

    private Task<List<AuditEntry>> SinceAsync(long mark, string? user = null) =>
        QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark && (user == null || e.UserName == user)).OrderBy(e => e.Id).ToListAsync());

    private static string IdFor(DateOnly birth, int sequence)
    {
        var first17 = $"140603{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    [Fact]
    public async Task CadreCreateUpdateDelete_OneEntryEach_WithBeforeAndAfter_AndNoPlainIdNumber()
    {
        var user = await app.DistrictUserAsync();
        var client = await app.SignedInClientAsync(user);
        var unit = await QueryAsync(db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync());
        var idNumber = IdFor(new DateOnly(1987, 5, 6), 771);
        var body = new
        {
            name = "审计测试", idNumber, birthDate = "1987-05-06", sexCode = "1", ethnicityCode = "01", politicalStatusCode = "01",
            category = "TownshipCivilServant", orgUnitId = unit, educationCode = "21",
        };

        var mark = await MarkAsync();
        var created = await client.PostAsJsonAsync("/api/v1/cadres", body, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var create = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.Create, "Cadre", id.ToString(System.Globalization.CultureInfo.InvariantCulture), user),
            (create.Action, create.RecordType, create.RecordId, create.UserName));
        Assert.Contains(Data.Identity.Roles.OrgDepartment, create.Roles, StringComparison.Ordinal);
        Assert.NotNull(create.OrgUnitId);
        Assert.Contains("审计测试", create.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, create.Details, StringComparison.Ordinal);

        mark = await MarkAsync();
        var updated = await client.PutAsJsonAsync($"/api/v1/cadres/{id}", new { cadre = body with { name = "审计改名" }, version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var update = Assert.Single(await SinceAsync(mark));
        Assert.Equal(AuditAction.Update, update.Action);
        using (var details = JsonDocument.Parse(update.Details))
        {
            Assert.Equal("审计测试", details.RootElement.GetProperty("before").GetProperty("Name").GetString());
            Assert.Equal("审计改名", details.RootElement.GetProperty("after").GetProperty("Name").GetString());
        }

        mark = await MarkAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri($"/api/v1/cadres/{id}", UriKind.Relative), Ct)).StatusCode);
        var delete = Assert.Single(await SinceAsync(mark));
        Assert.Equal(AuditAction.Delete, delete.Action);
        Assert.Contains("审计改名", delete.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, delete.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInSuccessAndFailure_OneEntryEach_WithoutThePassword()
    {
        var user = await app.DistrictUserAsync();
        var mark = await MarkAsync();
        await app.SignedInClientAsync(user);
        var success = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.SignIn, AuditOutcome.Success, user), (success.Action, success.Outcome, success.UserName));

        mark = await MarkAsync();
        await JicengWebFactory.PostLoginAsync(app.NewClient(), user, "Wrong-Passw0rd-77");
        var failure = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.SignInFailed, AuditOutcome.Failure, user), (failure.Action, failure.Outcome, failure.UserName));
        Assert.DoesNotContain("Wrong-Passw0rd-77", failure.Details, StringComparison.Ordinal);

        mark = await MarkAsync();
        await JicengWebFactory.PostLoginAsync(app.NewClient(), "no-such-user-9", "whatever-1A!");
        var unknown = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.SignInFailed, "no-such-user-9"), (unknown.Action, unknown.UserName));
    }

    [Fact]
    public async Task SignOut_IsOneEntry_ForTheUser()
    {
        var user = await app.EnsureDistrictUserAsync("t-audit-signout", Data.Identity.Roles.OrgDepartment);
        var client = await app.SignedInClientAsync(user);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        var mark = await MarkAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = JicengWebFactory.AntiforgeryToken(home) });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form, Ct)).StatusCode);
        var signOut = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.SignOut, user), (signOut.Action, signOut.UserName));
    }

    [Fact]
    public async Task Forbidden_IsOneAccessDeniedEntry_ForTheUser()
    {
        var user = await app.AuditorUserAsync();
        var client = await app.SignedInClientAsync(user);
        var mark = await MarkAsync();
        var response = await client.DeleteAsync(new Uri("/api/v1/cadres/1", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.AccessDenied, AuditOutcome.Failure, user, "DELETE /api/v1/cadres/1"),
            (denied.Action, denied.Outcome, denied.UserName, denied.RecordId));
    }

    [Fact]
    public async Task Chain_StaysValid_AfterTheAppsWrites()
    {
        await app.SignedInClientAsync(await app.DistrictUserAsync());
        var result = await QueryAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(result.Ok, result.Problem);
    }

    [Fact]
    public async Task SensitiveRead_IsWrittenAtOnce_ForTheAmbientUser()
    {
        var mark = await MarkAsync();
        using (AmbientAuditContext.Use(new AuditActor("t-reader", "OrgDepartment", 1, "10.1.1.1")))
        {
            await app.Services.GetRequiredService<IAuditLog>().SensitiveReadAsync("Cadre", "42", "IdNumber", Ct);
        }

        var read = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.SensitiveRead, "t-reader", "Cadre", "42"), (read.Action, read.UserName, read.RecordType, read.RecordId));
        Assert.Contains("IdNumber", read.Details, StringComparison.Ordinal);
    }
}
