using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;
using Jiceng.Data.OrgUnits;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Accounts;

/// <summary>
/// A district starts without demo data: bootstrap → the system administrator creates a township user → the security
/// administrator grants role and scope → the user signs in and sees their township only.
/// </summary>
[Collection(EmptyDatabaseCollection.Name)]
public sealed class FirstAccountsJourneyTests(EmptyDatabaseWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnAnEmptyDatabase_TheDistrictCreatesItsAdministratorsAndUsers()
    {
        Assert.Empty(await app.WithUsersAsync(users => Task.FromResult(users.Users.ToList())));
        var admins = await BootstrapAsync();
        Assert.Equal(new[] { "sysadmin", "secadmin", "auditadmin" }, admins.Select(a => a.UserName));
        Assert.Equal(3, admins.Select(a => a.OneTimePassword).Distinct(StringComparer.Ordinal).Count());
        // Once there are accounts, the bootstrap refuses.
        await BootstrapAsync(expectSuccess: false);
        var townshipId = await AddTownshipAsync();

        var (sysadmin, _) = await AccountSessions.FirstSignInAsync(app, "sysadmin", admins[0].OneTimePassword);
        var created = await sysadmin.PostAsJsonAsync("/api/v1/accounts", new { userName = "xz-zhangsan", displayName = "张三" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("account").GetProperty("id").GetString()!;
        var oneTime = body.GetProperty("oneTimePassword").GetString()!;
        // Created, not yet granted: no sign-in.
        Assert.Equal(HttpStatusCode.OK, (await JicengWebFactory.PostLoginAsync(app.NewClient(), "xz-zhangsan", oneTime)).StatusCode);
        // The system administrator does not grant.
        Assert.Equal(HttpStatusCode.Forbidden, (await sysadmin.PutAsJsonAsync($"/api/v1/accounts/{id}/grant", new { roles = new[] { Roles.TownshipStaff }, orgUnitId = townshipId }, Ct)).StatusCode);

        var (secadmin, _) = await AccountSessions.FirstSignInAsync(app, "secadmin", admins[1].OneTimePassword);
        var granted = await secadmin.PutAsJsonAsync($"/api/v1/accounts/{id}/grant", new { roles = new[] { Roles.TownshipStaff }, orgUnitId = townshipId }, Ct);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);

        var (user, key) = await AccountSessions.FirstSignInAsync(app, "xz-zhangsan", oneTime);
        Assert.Null(key);
        var units = await user.GetFromJsonAsync<JsonElement[]>("/api/v1/org-units", Ct);
        Assert.Equal(townshipId, Assert.Single(units!).GetProperty("id").GetInt32());
    }

    private async Task<IReadOnlyList<BootstrapAccount>> BootstrapAsync(bool expectSuccess = true)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var result = await AdminBootstrap.RunAsync(sp.GetRequiredService<AppUserManager>(), sp.GetRequiredService<RoleManager<IdentityRole>>(),
            sp.GetRequiredService<JicengDbContext>(), "140603", "平鲁区", Ct);
        Assert.Equal(expectSuccess, result.Succeeded);
        return result.Value ?? [];
    }

    // The org tree beyond the district comes from its own import; here one township is enough.
    private async Task<int> AddTownshipAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var root = (await DataScopeQueries.RootAsync(db, Ct))!;
        var result = await OrgUnitCommands.CreateAsync(db, root, new OrgUnitInput { Code = "140603100000", Name = "井坪镇", Kind = OrgUnitKind.Township, ParentId = root.OrgUnitId }, maySetRemoteHardship: true, Ct);
        Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Message)));
        return result.Value!.Id;
    }
}
