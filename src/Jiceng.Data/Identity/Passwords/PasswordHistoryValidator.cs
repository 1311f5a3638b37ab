using Microsoft.AspNetCore.Identity;

namespace Jiceng.Data.Identity.Passwords;

/// <summary>Refuses the current password and the ones before it, up to <see cref="PasswordPolicyOptions.HistoryCount"/> in all.</summary>
public sealed class PasswordHistoryValidator : IPasswordValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null || manager is not AppUserManager users || users.Policy.HistoryCount <= 0 || user.PasswordHash is null)
        {
            return IdentityResult.Success;
        }

        var hashes = new List<string> { user.PasswordHash };
        hashes.AddRange(await users.PreviousPasswordHashesAsync(user, users.Policy.HistoryCount - 1));
        var reused = hashes.Any(h => users.PasswordHasher.VerifyHashedPassword(user, h, password) != PasswordVerificationResult.Failed);
        return reused
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordReused", Description = $"不能使用最近 {users.Policy.HistoryCount} 次用过的密码。" })
            : IdentityResult.Success;
    }
}
