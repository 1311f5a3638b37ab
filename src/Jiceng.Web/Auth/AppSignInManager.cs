using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Web.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Auth;

/// <summary>
/// Identity's sign-in manager; a disabled account, and an account without any role yet (created, not yet granted by the
/// security administrator), cannot sign in (it fails like a wrong password). Every completed sign-in and every failure
/// is audited under the user name tried (never the password or the code).
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    IAuditLog audit)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && (await UserManager.GetRolesAsync(user)).Count > 0 && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
        // A correct password of a second-factor account is no sign-in yet: the code decides.
        if (!result.RequiresTwoFactor)
        {
            await AuditAsync(await UserManager.FindByNameAsync(userName), userName, result, "password");
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await AuditAsync(user, user?.UserName ?? "", result, "totp");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await AuditAsync(user, user?.UserName ?? "", result, "recovery-code");
        return result;
    }

    private async Task AuditAsync(AppUser? user, string attempted, SignInResult result, string method)
    {
        var roles = user is null ? "" : string.Join(",", (await UserManager.GetRolesAsync(user)).Order(StringComparer.Ordinal));
        var actor = new AuditActor(user?.UserName ?? attempted, roles, user?.OrgUnitId, AuditSetup.ClientAddress(Context));
        var reason = result.Succeeded ? null
            : result.IsLockedOut ? "locked-out"
            : result.IsNotAllowed ? "not-allowed"
            : user is null ? "unknown-user"
            : "wrong-credentials";
        await audit.WriteAsync(result.Succeeded ? AuditAction.SignIn : AuditAction.SignInFailed,
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure, "AppUser", user?.Id ?? "",
            new { method, reason }, actor);
    }
}
