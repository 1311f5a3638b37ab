using System.Globalization;
using System.Security.Claims;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>An open interactive page (Blazor circuit) re-checks its session: a revoked session stops it too.</summary>
[Collection(WebCollection.Name)]
public sealed class CircuitSessionTests(JicengWebFactory app)
{
    private async Task<ClaimsPrincipal> PrincipalAsync(string name)
    {
        using var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(name))!);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionCookieEvents.SignedInAt, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return principal;
    }

    private async Task<bool> CircuitAcceptsAsync(ClaimsPrincipal principal)
    {
        using var scope = app.Services.CreateScope();
        var provider = Assert.IsType<SessionRevalidatingStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        return await provider.IsStillValidAsync(principal);
    }

    [Fact]
    public async Task SecurityStampChange_EndsTheCircuitSession()
    {
        var name = await app.EnsureDistrictUserAsync("t-circuit", Roles.OrgDepartment);
        var principal = await PrincipalAsync(name);
        Assert.True(await CircuitAcceptsAsync(principal));

        await app.WithUsersAsync(async users => await users.UpdateSecurityStampAsync((await users.FindByNameAsync(name))!));
        Assert.False(await CircuitAcceptsAsync(principal));
        Assert.True(await CircuitAcceptsAsync(await PrincipalAsync(name)));
    }

    [Fact]
    public async Task Disable_And_ExpiredLifetime_EndTheCircuitSession()
    {
        var name = await app.EnsureDistrictUserAsync("t-circuit2", Roles.OrgDepartment);
        var old = await PrincipalAsync(name);
        var identity = (ClaimsIdentity)old.Identity!;
        identity.RemoveClaim(identity.FindFirst(SessionCookieEvents.SignedInAt));
        identity.AddClaim(new Claim(SessionCookieEvents.SignedInAt, DateTimeOffset.UtcNow.AddHours(-9).ToString("O", CultureInfo.InvariantCulture)));
        Assert.False(await CircuitAcceptsAsync(old));

        var principal = await PrincipalAsync(name);
        await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync(name))!;
            user.IsDisabled = true;
            return await users.UpdateAsync(user);
        });
        Assert.False(await CircuitAcceptsAsync(principal));
    }

    [Fact]
    public async Task DemoAccounts_MustChangePassword_AndIncludeTheThreeAdministrators()
    {
        var accounts = await app.WithUsersAsync(async users =>
        {
            var result = new List<(string Name, bool Must, IList<string> Roles)>();
            foreach (var name in new[] { "zzb", "xiangzhen", "cun", "sysadmin", "secadmin", "auditadmin", "shenji", "caizheng" })
            {
                var user = await users.FindByNameAsync(name);
                Assert.NotNull(user);
                result.Add((name, user.MustChangePassword, await users.GetRolesAsync(user)));
            }

            return result;
        });
        Assert.All(accounts, a => Assert.True(a.Must, a.Name));
        Assert.Equal([Roles.SystemAdmin], accounts.Single(a => a.Name == "sysadmin").Roles);
        Assert.Equal([Roles.SecurityAdmin], accounts.Single(a => a.Name == "secadmin").Roles);
        Assert.Equal([Roles.AuditAdmin], accounts.Single(a => a.Name == "auditadmin").Roles);
        Assert.Equal([Roles.Auditor], accounts.Single(a => a.Name == "shenji").Roles);
        Assert.Equal([Roles.Finance], accounts.Single(a => a.Name == "caizheng").Roles);
    }
}
