using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth.ApiTokens;

/// <summary>
/// A token acts as its user as the user is now: disabled, re-scoped or made an administrator, the same token follows
/// on the next request. Its uses are attributed to the user and the token; it never reaches pages or account actions.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ApiTokenAccessTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<int> TownshipIdAsync(int skip) => QueryAsync(db => db.OrgUnits
        .Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Skip(skip).Select(u => u.Id).FirstAsync());

    private Task<int> CadreInAsync(int townshipId) => QueryAsync(async db =>
    {
        var path = await db.OrgUnits.Where(u => u.Id == townshipId).Select(u => u.Path).SingleAsync();
        return await db.Cadres.Where(c => c.OrgUnit!.Path.StartsWith(path)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    });

    [Fact]
    public async Task DisabledUser_TokenIs401_AndWorksAgainWhenReEnabled()
    {
        var name = await app.EnsureDistrictUserAsync("t-token-disable", Roles.OrgDepartment);
        var (_, token) = await Tokens.CreateAsync(app, name);
        var script = Tokens.Client(app, token);
        await app.WithUsersAsync(async users => await users.SetDisabledAsync((await users.FindByNameAsync(name))!, true));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);

        await app.WithUsersAsync(async users => await users.SetDisabledAsync((await users.FindByNameAsync(name))!, false));
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);
    }

    [Fact]
    public async Task Scope_FollowsTheUser_OnTheNextRequest()
    {
        var (first, second) = (await TownshipIdAsync(0), await TownshipIdAsync(1));
        var name = await app.EnsureUserAsync("t-token-scope", Roles.TownshipStaff, _ => Task.FromResult(first));
        var (_, token) = await Tokens.CreateAsync(app, name);
        var script = Tokens.Client(app, token);
        var (inFirst, inSecond) = (await CadreInAsync(first), await CadreInAsync(second));
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, $"/api/v1/cadres/{inFirst}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Tokens.GetAsync(script, $"/api/v1/cadres/{inSecond}")).StatusCode);

        await MoveAsync(name, second);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Tokens.GetAsync(script, $"/api/v1/cadres/{inFirst}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, $"/api/v1/cadres/{inSecond}")).StatusCode);
        }
        finally
        {
            await MoveAsync(name, first);
        }
    }

    private Task MoveAsync(string name, int orgUnitId) => app.WithUsersAsync(async users =>
    {
        var user = (await users.FindByNameAsync(name))!;
        user.OrgUnitId = orgUnitId;
        return await users.UpdateAsync(user);
    });

    [Fact]
    public async Task RoleTakenAway_WritesAre403_OnTheNextRequest()
    {
        var name = await app.EnsureDistrictUserAsync("t-token-role", Roles.OrgDepartment);
        var (_, token) = await Tokens.CreateAsync(app, name);
        var script = Tokens.Client(app, token);
        Assert.Equal(HttpStatusCode.NotFound, (await script.DeleteAsync(new Uri("/api/v1/org-units/999999", UriKind.Relative), Ct)).StatusCode);

        await app.WithUsersAsync(async users => await users.RemoveFromRoleAsync((await users.FindByNameAsync(name))!, Roles.OrgDepartment));
        try
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await script.DeleteAsync(new Uri("/api/v1/org-units/999999", UriKind.Relative), Ct)).StatusCode);
        }
        finally
        {
            await app.WithUsersAsync(async users => await users.AddToRoleAsync((await users.FindByNameAsync(name))!, Roles.OrgDepartment));
        }
    }

    [Fact]
    public async Task AdministratorRole_MakesTheUsersTokensUnusable()
    {
        var name = await app.EnsureDistrictUserAsync("t-token-admin", Roles.Finance);
        var (_, token) = await Tokens.CreateAsync(app, name);
        var script = Tokens.Client(app, token);
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);

        var added = await app.WithUsersAsync(async users => await users.AddToRoleAsync((await users.FindByNameAsync(name))!, Roles.SystemAdmin));
        Assert.True(added.Succeeded, string.Join(";", added.Errors.Select(e => e.Description)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);
    }

    [Fact]
    public async Task Every_Audited_Use_NamesTheUser_AndTheToken()
    {
        var name = await app.EnsureUserAsync("t-token-audit", Roles.TownshipStaff, _ => TownshipIdAsync(0));
        var (tokenId, token) = await Tokens.CreateAsync(app, name);
        var script = Tokens.Client(app, token);
        var cadre = await CadreInAsync(await TownshipIdAsync(0));

        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, $"/api/v1/cadres/{cadre}/id-number")).StatusCode);
        var entry = await QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.SensitiveRead && e.RecordId == cadre.ToString(CultureInfo.InvariantCulture))
            .OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal(name, entry.UserName);
        Assert.Equal(tokenId, JsonDocument.Parse(entry.Details).RootElement.GetProperty("apiToken").GetInt32());
    }

    [Fact]
    public async Task Every_Request_WithAToken_IsAuditedAsASignIn_WithoutTheQueryString()
    {
        var name = await app.EnsureDistrictUserAsync("t-token-uses", Roles.OrgDepartment);
        var (tokenId, token) = await Tokens.CreateAsync(app, name);
        var script = Tokens.Client(app, token);
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/cadres?q=140603199001011234")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);

        var uses = await QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.SignIn && e.RecordType == "ApiToken" && e.RecordId == tokenId.ToString(CultureInfo.InvariantCulture))
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["GET /api/v1/cadres", "GET /api/v1/org-units"], uses.Select(e => JsonDocument.Parse(e.Details).RootElement.GetProperty("request").GetString()));
        Assert.All(uses, e =>
        {
            Assert.Equal(name, e.UserName);
            Assert.Contains(Roles.OrgDepartment, e.Roles, StringComparison.Ordinal);
            Assert.Equal(tokenId, JsonDocument.Parse(e.Details).RootElement.GetProperty("apiToken").GetInt32());
        });
    }

    [Fact]
    public async Task RefusedUse_OfAKnownToken_IsAudited_WithTheReason()
    {
        var name = await app.EnsureDistrictUserAsync("t-token-refused", Roles.OrgDepartment);
        var (tokenId, token) = await Tokens.CreateAsync(app, name);
        var owner = await app.SignedInClientAsync(name);
        await owner.DeleteAsync(new Uri($"/api/v1/account/tokens/{tokenId}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.GetAsync(Tokens.Client(app, token), "/api/v1/org-units")).StatusCode);

        var entry = await QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.SignInFailed && e.RecordType == "ApiToken" && e.RecordId == tokenId.ToString(CultureInfo.InvariantCulture))
            .SingleAsync());
        Assert.Equal(name, entry.UserName);
        Assert.Contains("revoked", entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/account/change-password")]
    [InlineData("POST", "/account/change-password")]
    [InlineData("GET", "/")]
    [InlineData("GET", "/cadres")]
    [InlineData("POST", "/account/logout")]
    [InlineData("GET", "/audit/export")]
    public async Task Token_CannotReach_PagesOrAccountActions(string method, string path)
    {
        var (_, token) = await Tokens.CreateAsync(app, await app.EnsureDistrictUserAsync("t-token-pages", Roles.OrgDepartment));
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "change-password", ["Input.CurrentPassword"] = JicengWebFactory.TestPassword,
                ["Input.NewPassword"] = "Another-Passw0rd!", ["Input.ConfirmPassword"] = "Another-Passw0rd!",
            });
        }

        var response = await Tokens.Client(app, token).SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/v1/account/tokens")]
    [InlineData("POST", "/api/v1/account/tokens")]
    [InlineData("DELETE", "/api/v1/account/tokens/1")]
    public async Task Token_CannotManageTokens(string method, string path)
    {
        var (_, token) = await Tokens.CreateAsync(app, await app.EnsureDistrictUserAsync("t-token-mint", Roles.OrgDepartment));
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { name = "再造一个", expiresOn = Tokens.Today.AddDays(30) });
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await Tokens.Client(app, token).SendAsync(request, Ct)).StatusCode);
    }
}
