using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Startup;

/// <summary>
/// Demo accounts for a freshly seeded demo district: one per kind of user, each with a random password that is
/// printed once to the console and stored nowhere else (no shared default passwords). Every one must choose its own
/// password at first sign-in; the three administrators must also enrol an authenticator.
/// </summary>
public static class DemoAccounts
{
    public sealed record Account(string UserName, string Password, string DisplayName, string Role, string OrgUnitName);

    public static async Task<IReadOnlyList<Account>> CreateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<JicengDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var district = await db.OrgUnits.OrderBy(u => u.Id).FirstAsync(u => u.Kind == OrgUnitKind.District, ct);
        var township = await db.OrgUnits.OrderBy(u => u.Code).FirstAsync(u => u.Kind == OrgUnitKind.Township, ct);
        var village = await db.OrgUnits.OrderBy(u => u.Code).FirstAsync(u => u.ParentId == township.Id, ct);

        var wanted = new (string User, string Name, string Role, OrgUnit Unit)[]
        {
            ("zzb", "组织部演示账号", Roles.OrgDepartment, district),
            ("xiangzhen", "乡镇演示账号", Roles.TownshipStaff, township),
            ("cun", "村级演示账号", Roles.VillageStaff, village),
            ("sysadmin", "系统管理员演示账号", Roles.SystemAdmin, district),
            ("secadmin", "安全管理员演示账号", Roles.SecurityAdmin, district),
            ("auditadmin", "审计管理员演示账号", Roles.AuditAdmin, district),
            ("shenji", "审计演示账号", Roles.Auditor, district),
            ("caizheng", "财政演示账号", Roles.Finance, district),
        };
        var created = new List<Account>();
        foreach (var (user, name, role, unit) in wanted)
        {
            if (await users.FindByNameAsync(user) is not null)
            {
                continue;
            }

            var password = OneTimePassword.New(user);

            var account = new AppUser { UserName = user, DisplayName = name, OrgUnitId = unit.Id, LockoutEnabled = true, MustChangePassword = true };
            Check(await users.CreateAsync(account, password));
            Check(await users.AddToRoleAsync(account, role));
            created.Add(new Account(user, password, name, role, unit.Name));
        }

        return created;
    }

    /// <summary>Every role exists in every database, demo or not.</summary>
    public static Task EnsureRolesAsync(IServiceProvider services) =>
        AdminBootstrap.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());

    public static void Print(IReadOnlyList<Account> accounts)
    {
        if (accounts.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("演示账号（密码只显示这一次，请妥善保存；首次登录须修改密码，管理员须绑定身份验证器）");
        Console.WriteLine("demo accounts (passwords are shown only once; change at first sign-in; administrators enrol an authenticator):");
        foreach (var a in accounts)
        {
            Console.WriteLine($"  {a.UserName,-11} {a.Password}   {a.DisplayName}（{a.OrgUnitName}）");
        }

        Console.WriteLine();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
