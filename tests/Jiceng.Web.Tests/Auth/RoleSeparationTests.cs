using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>三员分立: the three administrators exclude each other and data editing; audit readers do not edit data.</summary>
[Collection(WebCollection.Name)]
public sealed class RoleSeparationTests(JicengWebFactory app)
{
    [Theory]
    [InlineData(true, Roles.SystemAdmin)]
    [InlineData(true, Roles.OrgDepartment, Roles.Finance)]
    [InlineData(true, Roles.Auditor, Roles.Finance)]
    [InlineData(true, Roles.SecurityAdmin, Roles.Finance)]
    [InlineData(false, Roles.SystemAdmin, Roles.SecurityAdmin)]
    [InlineData(false, Roles.SystemAdmin, Roles.AuditAdmin)]
    [InlineData(false, Roles.SecurityAdmin, Roles.AuditAdmin)]
    [InlineData(false, Roles.SystemAdmin, Roles.OrgDepartment)]
    [InlineData(false, Roles.SecurityAdmin, Roles.TownshipStaff)]
    [InlineData(false, Roles.AuditAdmin, Roles.VillageStaff)]
    [InlineData(false, Roles.Auditor, Roles.OrgDepartment)]
    public void Combinations(bool allowed, params string[] roles) => Assert.Equal(allowed, RoleSeparation.IsAllowed(roles));

    [Theory]
    [InlineData("t-sep-sys", Roles.SystemAdmin, Roles.SecurityAdmin)]
    [InlineData("t-sep-sec", Roles.SecurityAdmin, Roles.OrgDepartment)]
    [InlineData("t-sep-town", Roles.TownshipStaff, Roles.AuditAdmin)]
    [InlineData("t-sep-aud", Roles.Auditor, Roles.VillageStaff)]
    public async Task Assigning_AConflictingRole_IsRefused_AndChangesNothing(string name, string held, string added)
    {
        await app.EnsureDistrictUserAsync(name, held);
        var (result, roles) = await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync(name))!;
            var r = await users.AddToRoleAsync(user, added);
            var r2 = await users.AddToRolesAsync(user, [Roles.Finance, added]);
            Assert.False(r2.Succeeded);
            return (r, await users.GetRolesAsync(user));
        });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == AppUserManager.RoleSeparationCode && e.Description.Contains("三员分立", StringComparison.Ordinal));
        Assert.Equal([held], roles);
    }
}
