using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Every time an administrator's change ends a user's sessions, the audit trail records a forced sign-out with the reason.</summary>
[Collection(WebCollection.Name)]
public sealed class ForcedSignOutAuditTests(JicengWebFactory app)
{
    public static TheoryData<string> Reasons => ["disabled", "role-change", "scope-change", "password-reset", "authenticator-reset"];

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task AChangeThatEndsTheSessions_IsAuditedAsAForcedSignOut(string reason)
    {
        var name = await app.EnsureDistrictUserAsync($"t-forced-{reason}", Roles.OrgDepartment);
        var id = await app.WithUsersAsync(async users => (await users.FindByNameAsync(name))!.Id);
        var before = await ForcedSignOutsAsync(id);

        var result = await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync(name))!;
            return reason switch
            {
                "disabled" => await users.SetDisabledAsync(user, true),
                "role-change" => await users.AddToRoleAsync(user, Roles.Finance),
                "scope-change" => await users.SetRolesAndScopeAsync(user, [Roles.OrgDepartment], await TownshipIdAsync()),
                "password-reset" => await users.ResetPasswordByAdministratorAsync(user, "Reset-Passw0rd!"),
                _ => await users.ResetAuthenticatorByAdministratorAsync(user),
            };
        });

        Assert.True(result.Succeeded);
        var after = await ForcedSignOutsAsync(id);
        var added = Assert.Single(after.Except(before));
        Assert.Contains($"\"reason\":\"{reason}\"", added, StringComparison.Ordinal);
    }

    private async Task<List<string>> ForcedSignOutsAsync(string userId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var details = await db.AuditEntries.Where(e => e.Action == AuditAction.SignOut && e.RecordType == "AppUser" && e.RecordId == userId)
            .Select(e => new { e.Id, e.Details }).ToListAsync(TestContext.Current.CancellationToken);
        return details.Where(d => d.Details.Contains("\"forced\":true", StringComparison.Ordinal)).Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + d.Details).ToList();
    }

    private async Task<int> TownshipIdAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(TestContext.Current.CancellationToken);
    }
}
