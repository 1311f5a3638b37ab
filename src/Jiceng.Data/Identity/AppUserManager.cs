using Jiceng.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiceng.Data.Identity;

/// <summary>
/// Identity's user manager with the product's rules: password history and age, forced change, separation of duties
/// on every role assignment, sessions revoked (new security stamp) on role change, re-scope, reset and disable, each
/// such forced sign-out audited, and lockout on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<AppUser> hasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    JicengDbContext db,
    TimeProvider time,
    IOptions<PasswordPolicyOptions> policy,
    IAuditLog audit)
    : UserManager<AppUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    public const string RoleSeparationCode = "RoleSeparation";

    public PasswordPolicyOptions Policy => policy.Value;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>True when expiry is on and the password is older than the period (day 90 is still valid, day 91 is not).</summary>
    public bool IsPasswordExpired(AppUser user) =>
        Policy.ExpiryDays > 0 && user.PasswordChangedAt is { } changed && Now > changed.AddDays(Policy.ExpiryDays);

    /// <summary>The user must choose a new password before doing anything else.</summary>
    public bool MustChangePassword(AppUser user) => user.MustChangePassword || IsPasswordExpired(user);

    /// <summary>An administrator without an authenticator must enrol one before doing anything else.</summary>
    public async Task<bool> MustEnrolTwoFactorAsync(AppUser user) =>
        !user.TwoFactorEnabled && (await GetRolesAsync(user)).Any(r => Roles.Administrators.Contains(r, StringComparer.Ordinal));

    /// <summary>The hashes of the passwords the user had before the current one, newest first.</summary>
    public Task<List<string>> PreviousPasswordHashesAsync(AppUser user, int count) =>
        db.PasswordHistory.Where(h => h.UserId == user.Id).OrderByDescending(h => h.Id).Take(count).Select(h => h.PasswordHash).ToListAsync(CancellationToken);

    /// <summary>
    /// The user's authenticator key, created on first use. Unlike <see cref="UserManager{TUser}.ResetAuthenticatorKeyAsync"/>
    /// this keeps the security stamp: merely showing the enrolment page must not end the session.
    /// </summary>
    public async Task<string> EnsureAuthenticatorKeyAsync(AppUser user)
    {
        if (await GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }

        await ((IUserAuthenticatorKeyStore<AppUser>)Store).SetAuthenticatorKeyAsync(user, GenerateNewAuthenticatorKey(), CancellationToken);
        var result = await UpdateUserAsync(user);
        return result.Succeeded ? (await GetAuthenticatorKeyAsync(user))! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public override Task<IdentityResult> CreateAsync(AppUser user, string password)
    {
        user.PasswordChangedAt = Now;
        return base.CreateAsync(user, password);
    }

    /// <summary>The user's own change ends a forced change; a reset by an administrator does not.</summary>
    public override async Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        var result = await RecordingAsync(user, () => base.ChangePasswordAsync(user, currentPassword, newPassword));
        if (result.Succeeded && user.MustChangePassword)
        {
            user.MustChangePassword = false;
            result = await UpdateUserAsync(user);
        }

        return result;
    }

    public override Task<IdentityResult> ResetPasswordAsync(AppUser user, string token, string newPassword) =>
        RecordingAsync(user, () => base.ResetPasswordAsync(user, token, newPassword));

    public override Task<IdentityResult> AddPasswordAsync(AppUser user, string password) =>
        RecordingAsync(user, () => base.AddPasswordAsync(user, password));

    // Identity's password paths share a private helper; every public one is wrapped to keep the history and the age.
    private async Task<IdentityResult> RecordingAsync(AppUser user, Func<Task<IdentityResult>> change)
    {
        var previous = user.PasswordHash;
        var result = await change();
        if (!result.Succeeded || user.PasswordHash == previous)
        {
            return result;
        }

        if (previous is not null && Policy.HistoryCount > 1)
        {
            db.PasswordHistory.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = previous, ReplacedAt = Now });
        }

        user.PasswordChangedAt = Now;
        return await UpdateUserAsync(user);
    }

    public override async Task<IdentityResult> AddToRoleAsync(AppUser user, string role) => await AddToRolesAsync(user, [role]);

    public override async Task<IdentityResult> AddToRolesAsync(AppUser user, IEnumerable<string> roles)
    {
        var added = roles.ToList();
        var held = await GetRolesAsync(user);
        if (!RoleSeparation.IsAllowed(held.Concat(added)))
        {
            return IdentityResult.Failed(new IdentityError { Code = RoleSeparationCode, Description = ChineseIdentityErrorDescriber.RoleSeparationMessage });
        }

        var result = await base.AddToRolesAsync(user, added);
        return result.Succeeded ? await ForceSignOutAsync(user, "role-change") : result;
    }

    public override async Task<IdentityResult> RemoveFromRoleAsync(AppUser user, string role) => await RemoveFromRolesAsync(user, [role]);

    public override async Task<IdentityResult> RemoveFromRolesAsync(AppUser user, IEnumerable<string> roles)
    {
        var result = await base.RemoveFromRolesAsync(user, roles);
        return result.Succeeded ? await ForceSignOutAsync(user, "role-change") : result;
    }

    /// <summary>Disables or re-enables an account; either way its open sessions end.</summary>
    public async Task<IdentityResult> SetDisabledAsync(AppUser user, bool disabled)
    {
        user.IsDisabled = disabled;
        return disabled ? await ForceSignOutAsync(user, "disabled") : await UpdateSecurityStampAsync(user);
    }

    /// <summary>
    /// Gives the user exactly these roles and this org unit (the data scope) in one step, checked against the
    /// separation of duties as a whole; the user's sessions end once.
    /// </summary>
    public async Task<IdentityResult> SetRolesAndScopeAsync(AppUser user, IReadOnlyCollection<string> roles, int orgUnitId)
    {
        if (!RoleSeparation.IsAllowed(roles))
        {
            return IdentityResult.Failed(new IdentityError { Code = RoleSeparationCode, Description = ChineseIdentityErrorDescriber.RoleSeparationMessage });
        }

        var held = await GetRolesAsync(user);
        var removed = held.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
        var added = roles.Except(held, StringComparer.OrdinalIgnoreCase).ToList();
        var rescoped = user.OrgUnitId != orgUnitId;
        if (removed.Count == 0 && added.Count == 0 && !rescoped)
        {
            return IdentityResult.Success;
        }

        user.OrgUnitId = orgUnitId;
        var result = removed.Count > 0 ? await base.RemoveFromRolesAsync(user, removed) : await UpdateUserAsync(user);
        if (result.Succeeded && added.Count > 0)
        {
            result = await base.AddToRolesAsync(user, added);
        }

        return result.Succeeded ? await ForceSignOutAsync(user, rescoped ? "scope-change" : "role-change") : result;
    }

    /// <summary>
    /// An administrator's reset: a new one-time password the user must replace at sign-in, any lockout lifted, and
    /// the user's sessions end.
    /// </summary>
    public async Task<IdentityResult> ResetPasswordByAdministratorAsync(AppUser user, string oneTimePassword)
    {
        var result = await ResetPasswordAsync(user, await GeneratePasswordResetTokenAsync(user), oneTimePassword);
        if (!result.Succeeded)
        {
            return result;
        }

        user.MustChangePassword = true;
        await ((IUserLockoutStore<AppUser>)Store).SetLockoutEndDateAsync(user, null, CancellationToken);
        await ((IUserLockoutStore<AppUser>)Store).ResetAccessFailedCountAsync(user, CancellationToken);
        return await ForceSignOutAsync(user, "password-reset");
    }

    /// <summary>
    /// A lost authenticator: the second factor is switched off and its key and recovery codes are dropped; the user's
    /// sessions end, and an administrator must enrol a new authenticator at the next sign-in.
    /// </summary>
    public async Task<IdentityResult> ResetAuthenticatorByAdministratorAsync(AppUser user)
    {
        var store = (IUserAuthenticatorKeyStore<AppUser>)Store;
        await store.SetAuthenticatorKeyAsync(user, "", CancellationToken);
        await ((IUserTwoFactorRecoveryCodeStore<AppUser>)Store).ReplaceCodesAsync(user, [], CancellationToken);
        await ((IUserTwoFactorStore<AppUser>)Store).SetTwoFactorEnabledAsync(user, false, CancellationToken);
        return await ForceSignOutAsync(user, "authenticator-reset");
    }

    /// <summary>Lifts a lockout before it runs out.</summary>
    public async Task<IdentityResult> UnlockAsync(AppUser user)
    {
        await ((IUserLockoutStore<AppUser>)Store).SetLockoutEndDateAsync(user, null, CancellationToken);
        await ((IUserLockoutStore<AppUser>)Store).ResetAccessFailedCountAsync(user, CancellationToken);
        return await UpdateUserAsync(user);
    }

    /// <summary>Ends every session of the user (new security stamp) and audits it as a forced sign-out with the reason.</summary>
    private async Task<IdentityResult> ForceSignOutAsync(AppUser user, string reason)
    {
        var result = await UpdateSecurityStampAsync(user);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignOut, AuditOutcome.Success, nameof(AppUser), user.Id, new { forced = true, reason }, ct: CancellationToken);
        }

        return result;
    }

    // Identity's own lockout reads the system clock; these read the injected one (so tests can move it).
    public override async Task<bool> IsLockedOutAsync(AppUser user) =>
        await GetLockoutEnabledAsync(user) && await GetLockoutEndDateAsync(user) is { } end && end >= Now;

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        var lockout = (IUserLockoutStore<AppUser>)Store;
        var count = await lockout.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockout.SetLockoutEndDateAsync(user, Now.Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockout.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
