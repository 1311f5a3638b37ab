using Jiceng.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Jiceng.Data.Identity;

/// <summary>
/// Identity's EF store with the authenticator key and the recovery codes encrypted at rest with the field-encryption
/// keys (SM4-GCM, <see cref="KeyRing"/>): a copy of the database alone yields no second factor. A value written before
/// encryption (no key-version prefix) is still read, and <see cref="AuthenticatorSecretsMigration"/> encrypts it on start.
/// </summary>
public sealed class AppUserStore(JicengDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, JicengDbContext>(context, describer)
{
    /// <summary>The login provider under which Identity keeps its own tokens.</summary>
    public const string InternalLoginProvider = "[AspNetUserStore]";

    /// <summary>The tokens that are second-factor secrets.</summary>
    public static readonly string[] SecretTokens = ["AuthenticatorKey", "RecoveryCodes"];

    public static bool IsSecret(string loginProvider, string name) =>
        loginProvider == InternalLoginProvider && SecretTokens.Contains(name, StringComparer.Ordinal);

    public override Task SetTokenAsync(AppUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is not null && IsSecret(loginProvider, name) ? Context.KeyRing.Encrypt(value) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is not null && IsSecret(loginProvider, name) && KeyRing.TryGetVersion(stored, out _) ? Context.KeyRing.Decrypt(stored) : stored;
    }
}
