using Jiceng.Core.Common;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Identity.Accounts;

/// <summary>
/// Account administration for the web app and the CLI alike, under the separation of duties
/// (<see cref="AccountDuties"/>): every operation checks the operator's duty, finds the account only inside the
/// operator's data scope (outside is "not found") and refuses the operator's own account. Every change is an audited
/// write; ending a user's sessions is audited as a forced sign-out (<see cref="AppUserManager"/>).
/// </summary>
public sealed class AccountAdministration(AppUserManager users, JicengDbContext db)
{
    public async Task<CommandResult<IReadOnlyList<AccountRow>>> ListAsync(AccountOperator op, CancellationToken ct = default)
    {
        if (!op.May(AccountDuty.Read))
        {
            return Refused<IReadOnlyList<AccountRow>>(AccountDuty.Read);
        }

        var accounts = await db.Users.AsNoTracking().InScope(op.Scope).OrderBy(u => u.UserName)
            .Select(u => new { User = u, OrgName = u.OrgUnit!.Name }).ToListAsync(ct);
        var roles = await RolesByUserAsync(ct);
        return CommandResult<IReadOnlyList<AccountRow>>.Ok(accounts.Select(a => Row(a.User, a.OrgName, roles)).ToList());
    }

    public async Task<CommandResult<AccountRow>> GetAsync(AccountOperator op, string id, CancellationToken ct = default)
    {
        if (!op.May(AccountDuty.Read))
        {
            return Refused<AccountRow>(AccountDuty.Read);
        }

        return await FindAsync(op, id, ct) is { } user ? CommandResult<AccountRow>.Ok(await RowAsync(user, ct)) : CommandResult<AccountRow>.Missing();
    }

    /// <summary>A new account in the operator's unit, without roles (so it cannot sign in until granted), with a one-time password.</summary>
    public async Task<CommandResult<AccountWithPassword>> CreateAsync(AccountOperator op, NewAccountInput input, CancellationToken ct = default)
    {
        if (!op.May(AccountDuty.Create))
        {
            return Refused<AccountWithPassword>(AccountDuty.Create);
        }

        var errors = new List<FieldError>();
        var userName = input.UserName?.Trim() ?? "";
        var displayName = input.DisplayName?.Trim() ?? "";
        if (userName.Length == 0)
        {
            errors.Add(new FieldError("userName", "用户名：必填"));
        }

        if (displayName.Length is 0 or > AppUser.DisplayNameMaxLength)
        {
            errors.Add(new FieldError("displayName", $"姓名：必填，最多 {AppUser.DisplayNameMaxLength} 个字符"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<AccountWithPassword>.Invalid(errors);
        }

        var user = new AppUser { UserName = userName, DisplayName = displayName, OrgUnitId = op.Scope.OrgUnitId, LockoutEnabled = true, MustChangePassword = true };
        var password = OneTimePassword.New(userName);
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? CommandResult<AccountWithPassword>.Ok(new AccountWithPassword(await RowAsync(user, ct), password))
            : CommandResult<AccountWithPassword>.Invalid(Errors(result, "userName"));
    }

    public Task<CommandResult<AccountRow>> SetDisabledAsync(AccountOperator op, string id, bool disabled, CancellationToken ct = default) =>
        ChangeAsync(op, id, disabled ? AccountDuty.Disable : AccountDuty.Enable, user => users.SetDisabledAsync(user, disabled), ct);

    public Task<CommandResult<AccountRow>> UnlockAsync(AccountOperator op, string id, CancellationToken ct = default) =>
        ChangeAsync(op, id, AccountDuty.Unlock, users.UnlockAsync, ct);

    public Task<CommandResult<AccountRow>> ResetAuthenticatorAsync(AccountOperator op, string id, CancellationToken ct = default) =>
        ChangeAsync(op, id, AccountDuty.ResetAuthenticator, users.ResetAuthenticatorByAdministratorAsync, ct);

    /// <summary>A new one-time password (and any lockout lifted); the user must choose their own at the next sign-in.</summary>
    public async Task<CommandResult<AccountWithPassword>> ResetPasswordAsync(AccountOperator op, string id, CancellationToken ct = default)
    {
        string? password = null;
        var result = await ChangeAsync(op, id, AccountDuty.ResetPassword, user =>
        {
            password = OneTimePassword.New(user.UserName ?? "");
            return users.ResetPasswordByAdministratorAsync(user, password);
        }, ct);
        return result.Succeeded
            ? CommandResult<AccountWithPassword>.Ok(new AccountWithPassword(result.Value!, password!))
            : new CommandResult<AccountWithPassword> { Errors = result.Errors, NotFound = result.NotFound };
    }

    /// <summary>Exactly these roles and this org unit (the data scope is its subtree), which must lie inside the operator's scope.</summary>
    public async Task<CommandResult<AccountRow>> GrantAsync(AccountOperator op, string id, GrantInput input, CancellationToken ct = default)
    {
        var roles = (input.Roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var errors = roles.Where(r => !Roles.All.Contains(r, StringComparer.Ordinal)).Select(r => new FieldError("roles", $"角色：“{r}”不存在")).ToList();
        var unit = input.OrgUnitId is { } unitId ? await db.OrgUnits.AsNoTracking().InScope(op.Scope).FirstOrDefaultAsync(u => u.Id == unitId, ct) : null;
        if (unit is null)
        {
            errors.Add(new FieldError("orgUnitId", "数据范围：请选择您管理范围内的单位"));
        }

        if (errors.Count > 0 && op.May(AccountDuty.Grant))
        {
            return CommandResult<AccountRow>.Invalid(errors);
        }

        return await ChangeAsync(op, id, AccountDuty.Grant, user => users.SetRolesAndScopeAsync(user, roles, unit!.Id), ct);
    }

    private async Task<CommandResult<AccountRow>> ChangeAsync(AccountOperator op, string id, AccountDuty duty, Func<AppUser, Task<IdentityResult>> change, CancellationToken ct)
    {
        if (!op.May(duty))
        {
            return Refused<AccountRow>(duty);
        }

        var user = await FindAsync(op, id, ct);
        if (user is null)
        {
            return CommandResult<AccountRow>.Missing();
        }

        if (string.Equals(user.Id, op.UserId, StringComparison.Ordinal))
        {
            return CommandResult<AccountRow>.Invalid([new FieldError("account", "不能修改自己的账号，请由另一位管理员操作。")]);
        }

        var result = await change(user);
        return result.Succeeded ? CommandResult<AccountRow>.Ok(await RowAsync(user, ct)) : CommandResult<AccountRow>.Invalid(Errors(result, "roles"));
    }

    private Task<AppUser?> FindAsync(AccountOperator op, string id, CancellationToken ct) =>
        users.Users.InScope(op.Scope).FirstOrDefaultAsync(u => u.Id == id, ct);

    private async Task<AccountRow> RowAsync(AppUser user, CancellationToken ct)
    {
        var orgName = await db.OrgUnits.Where(u => u.Id == user.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        return Row(user, orgName, await RolesByUserAsync(ct, user.Id));
    }

    private AccountRow Row(AppUser u, string orgName, ILookup<string, string> roles) =>
        new(u.Id, u.UserName ?? "", u.DisplayName, u.OrgUnitId, orgName, roles[u.Id].Order(StringComparer.Ordinal).ToList(),
            u.IsDisabled, u.LockoutEnd is { } end && end > users.Now, u.TwoFactorEnabled, u.MustChangePassword);

    private async Task<ILookup<string, string>> RolesByUserAsync(CancellationToken ct, string? userId = null)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userId == null || ur.UserId == userId
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.ToLookup(p => p.UserId, p => p.Name ?? "", StringComparer.Ordinal);
    }

    private static List<FieldError> Errors(IdentityResult result, string field) =>
        result.Errors.Select(e => new FieldError(e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : field, e.Description)).ToList();

    private static CommandResult<T> Refused<T>(AccountDuty duty) =>
        CommandResult<T>.Invalid([new FieldError("operator", $"三员分立：您的角色无权{DutyName(duty)}。")]);

    public static string DutyName(AccountDuty duty) => duty switch
    {
        AccountDuty.Read => "查看账号",
        AccountDuty.Create => "创建账号",
        AccountDuty.Disable => "停用账号",
        AccountDuty.Enable => "启用账号",
        AccountDuty.ResetPassword => "重置密码",
        AccountDuty.Unlock => "解除锁定",
        AccountDuty.Grant => "分配角色和数据范围",
        AccountDuty.ResetAuthenticator => "重置身份验证器",
    };
}

public static class AccountScope
{
    /// <summary>The accounts whose org unit lies inside the scope.</summary>
    public static IQueryable<AppUser> InScope(this IQueryable<AppUser> users, DataScope scope) =>
        users.Where(u => u.OrgUnit!.Path.StartsWith(scope.Path));
}
