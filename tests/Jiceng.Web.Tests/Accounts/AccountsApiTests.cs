using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Accounts;

/// <summary>
/// /api/v1/accounts under the separation of duties (三员分立): the system administrator manages accounts, the security
/// administrator grants roles and scope, the audit administrator only reads, and no one else sees accounts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccountsApiTests(JicengWebFactory app)
{
    // One session per role for the whole class: an administrator's every sign-in uses up an authenticator time step.
    private static readonly ConcurrentDictionary<(JicengWebFactory, string), Task<HttpClient>> Sessions = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, HttpStatusCode> Duties => new()
    {
        { Roles.SystemAdmin, "list", HttpStatusCode.OK },
        { Roles.SecurityAdmin, "list", HttpStatusCode.OK },
        { Roles.AuditAdmin, "list", HttpStatusCode.OK },
        { Roles.OrgDepartment, "list", HttpStatusCode.Forbidden },
        { Roles.SystemAdmin, "create", HttpStatusCode.Created },
        { Roles.SecurityAdmin, "create", HttpStatusCode.Forbidden },
        { Roles.AuditAdmin, "create", HttpStatusCode.Forbidden },
        { Roles.SystemAdmin, "disable", HttpStatusCode.OK },
        { Roles.SecurityAdmin, "disable", HttpStatusCode.Forbidden },
        { Roles.AuditAdmin, "disable", HttpStatusCode.Forbidden },
        { Roles.SystemAdmin, "reset-password", HttpStatusCode.OK },
        { Roles.SecurityAdmin, "reset-password", HttpStatusCode.Forbidden },
        { Roles.SystemAdmin, "unlock", HttpStatusCode.OK },
        { Roles.AuditAdmin, "unlock", HttpStatusCode.Forbidden },
        { Roles.SecurityAdmin, "grant", HttpStatusCode.OK },
        { Roles.SystemAdmin, "grant", HttpStatusCode.Forbidden },
        { Roles.AuditAdmin, "grant", HttpStatusCode.Forbidden },
        { Roles.SecurityAdmin, "reset-authenticator", HttpStatusCode.OK },
        { Roles.SystemAdmin, "reset-authenticator", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Duties))]
    public async Task EachAdministrator_DoesOnlyTheirDuty(string role, string action, HttpStatusCode expected)
    {
        var client = await SessionAsync(role);
        var target = await app.EnsureDistrictUserAsync($"t-target-{role}-{action}".ToLowerInvariant(), Roles.Finance);
        var id = await app.WithUsersAsync(async users => (await users.FindByNameAsync(target))!.Id);
        var response = action switch
        {
            "list" => await client.GetAsync(new Uri("/api/v1/accounts", UriKind.Relative), Ct),
            "create" => await client.PostAsJsonAsync("/api/v1/accounts", new { userName = $"t-new-{role}".ToLowerInvariant(), displayName = "新账号" }, Ct),
            "grant" => await client.PutAsJsonAsync($"/api/v1/accounts/{id}/grant", new { roles = new[] { Roles.Finance, Roles.Auditor }, orgUnitId = await DistrictIdAsync() }, Ct),
            _ => await client.PostAsync(new Uri($"/api/v1/accounts/{id}/{action}", UriKind.Relative), null, Ct),
        };
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ANewAccount_GetsAOneTimePasswordOnce_AndItsCreationIsAudited()
    {
        var sysadmin = await SessionAsync(Roles.SystemAdmin);
        var created = await sysadmin.PostAsJsonAsync("/api/v1/accounts", new { userName = "t-once", displayName = "一次" }, Ct);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("account").GetProperty("id").GetString()!;
        var password = body.GetProperty("oneTimePassword").GetString()!;
        Assert.Equal(16, password.Length);
        Assert.DoesNotContain(password, await sysadmin.GetStringAsync(new Uri($"/api/v1/accounts/{id}", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(password, await sysadmin.GetStringAsync(new Uri("/api/v1/accounts", UriKind.Relative), Ct), StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var entry = await db.AuditEntries.Where(e => e.Action == AuditAction.Create && e.RecordType == "AppUser" && e.RecordId == id).SingleAsync(Ct);
        Assert.Equal(await SessionNameAsync(Roles.SystemAdmin), entry.UserName);
        Assert.DoesNotContain(password, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministrator_CannotChangeTheirOwnAccount()
    {
        var sysadmin = await SessionAsync(Roles.SystemAdmin);
        var own = await app.WithUsersAsync(async users => (await users.FindByNameAsync(await SessionNameAsync(Roles.SystemAdmin)))!.Id);
        var response = await sysadmin.PostAsync(new Uri($"/api/v1/accounts/{own}/disable", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能修改自己的账号", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGrantBreakingTheSeparationOfDuties_IsRefused_WithTheReason()
    {
        var secadmin = await SessionAsync(Roles.SecurityAdmin);
        var target = await app.EnsureDistrictUserAsync("t-target-separation", Roles.Finance);
        var id = await app.WithUsersAsync(async users => (await users.FindByNameAsync(target))!.Id);
        var response = await secadmin.PutAsJsonAsync($"/api/v1/accounts/{id}/grant", new { roles = new[] { Roles.SystemAdmin, Roles.OrgDepartment }, orgUnitId = await DistrictIdAsync() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("三员分立", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetPassword_SignsInOnce_AndMustBeChanged()
    {
        var sysadmin = await SessionAsync(Roles.SystemAdmin);
        var target = await app.EnsureDistrictUserAsync("t-target-reset", Roles.Finance);
        var id = await app.WithUsersAsync(async users => (await users.FindByNameAsync(target))!.Id);
        var reset = await sysadmin.PostAsync(new Uri($"/api/v1/accounts/{id}/reset-password", UriKind.Relative), null, Ct);
        var password = (await reset.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("oneTimePassword").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await JicengWebFactory.PostLoginAsync(app.NewClient(), target, JicengWebFactory.TestPassword)).StatusCode);
        var client = await app.SignedInClientAsync(target, password);
        Assert.Equal("/account/change-password", Forms.RedirectTarget(await Forms.GetAsync(client, "/")));
    }

    private Task<string> SessionNameAsync(string role) => app.EnsureDistrictUserAsync($"t-acc-{role}".ToLowerInvariant(), role);

    private Task<HttpClient> SessionAsync(string role) => Sessions.GetOrAdd((app, role), async _ =>
        (await AccountSessions.FirstSignInAsync(app, await SessionNameAsync(role), JicengWebFactory.TestPassword)).Client);

    private async Task<int> DistrictIdAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.District).Select(u => u.Id).SingleAsync(Ct);
    }
}
