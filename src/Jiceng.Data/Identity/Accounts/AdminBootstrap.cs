using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Identity.Accounts;

/// <summary>An account made by the bootstrap, with its one-time password (shown once, stored nowhere).</summary>
public sealed record BootstrapAccount(string UserName, string DisplayName, string OneTimePassword);

/// <summary>
/// The first accounts of a production database (no demo data): the three administrators (三员) in the top unit, each
/// with a one-time password to be replaced at first sign-in and an authenticator to enrol. Only on a database without
/// any account; when it has no org unit yet, the district is created from its code and name.
/// </summary>
public static class AdminBootstrap
{
    public static IReadOnlyList<(string UserName, string DisplayName, string Role)> Administrators { get; } =
    [
        ("sysadmin", "系统管理员", Roles.SystemAdmin),
        ("secadmin", "安全管理员", Roles.SecurityAdmin),
        ("auditadmin", "审计管理员", Roles.AuditAdmin),
    ];

    public static async Task<CommandResult<IReadOnlyList<BootstrapAccount>>> RunAsync(
        AppUserManager users, RoleManager<IdentityRole> roles, JicengDbContext db, string? districtCode, string? districtName, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return Invalid("database", "数据库中已有账号，不再初始化；请由系统管理员在“账号管理”中或用 jiceng users 管理账号。");
        }

        await EnsureRolesAsync(roles);
        var top = await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
        if (top is null)
        {
            var code = districtCode?.Trim() ?? "";
            var name = districtName?.Trim() ?? "";
            if (code.Length is not (6 or OrgUnit.CodeLength) || !code.All(char.IsAsciiDigit))
            {
                return Invalid("districtCode", "数据库中还没有单位：请给出本区（县）的区划代码（6 位或 12 位数字）。");
            }

            if (name.Length is 0 or > OrgUnit.NameMaxLength)
            {
                return Invalid("districtName", $"数据库中还没有单位：请给出本区（县）的名称（最多 {OrgUnit.NameMaxLength} 个字符）。");
            }

            top = await CreateDistrictAsync(db, code.PadRight(OrgUnit.CodeLength, '0'), name, ct);
        }

        var created = new List<BootstrapAccount>();
        foreach (var (userName, displayName, role) in Administrators)
        {
            var password = OneTimePassword.New(userName);
            var user = new AppUser { UserName = userName, DisplayName = displayName, OrgUnitId = top.Id, LockoutEnabled = true, MustChangePassword = true };
            var result = await users.CreateAsync(user, password);
            result = result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
            if (!result.Succeeded)
            {
                return Invalid("account", string.Join("；", result.Errors.Select(e => e.Description)));
            }

            created.Add(new BootstrapAccount(userName, displayName, password));
        }

        return CommandResult<IReadOnlyList<BootstrapAccount>>.Ok(created);
    }

    /// <summary>Every role exists in every database, demo or not.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }

    private static async Task<OrgUnit> CreateDistrictAsync(JicengDbContext db, string code, string name, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var unit = new OrgUnit { Code = code, Name = name, Kind = OrgUnitKind.District };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = $"/{unit.Id}/";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return unit;
    }

    private static CommandResult<IReadOnlyList<BootstrapAccount>> Invalid(string field, string message) =>
        CommandResult<IReadOnlyList<BootstrapAccount>>.Invalid([new FieldError(field, message)]);
}
