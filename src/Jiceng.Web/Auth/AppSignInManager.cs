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
    IAuditLog audit,
    Security.FailedSignInBudget budget)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && (await UserManager.GetRolesAsync(user)).Count > 0 && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        SignInResult result;
        if (user is null)
        {
            // Identity answers an unknown name without hashing; hash anyway so the answer takes as long as for a known name.
            EqualiseTiming(password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        // A correct password of a second-factor account is no sign-in yet: the code decides.
        if (!result.RequiresTwoFactor)
        {
            await AuditAsync(user, userName, result, "password");
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

    /// <summary>A locked-out or disabled account is refused before its password is checked: hash anyway, as above.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(AppUser user)
    {
        var refused = await base.PreSignInCheck(user);
        if (refused is not null)
        {
            EqualiseTiming("");
        }

        return refused;
    }

    private void EqualiseTiming(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(TimingDummy.User, TimingDummy.Hash(UserManager.PasswordHasher), password);

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
        if (!result.Succeeded)
        {
            budget.RecordFailure(Security.SignInRateLimiting.ClientAddress(Context));
        }

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

/// <summary>A user and a hash of a random password that nobody can know, made once with the app's own hasher (same cost).</summary>
internal static class TimingDummy
{
    private static string? _hash;

    public static AppUser User { get; } = new() { UserName = "timing-dummy" };

    public static string Hash(IPasswordHasher<AppUser> hasher) =>
        _hash ??= hasher.HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}
