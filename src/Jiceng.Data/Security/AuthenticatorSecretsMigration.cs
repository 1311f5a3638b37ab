using Jiceng.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Security;

/// <summary>Encrypts authenticator keys and recovery codes stored in plaintext by earlier versions (run on every start; cheap when done).</summary>
public static class AuthenticatorSecretsMigration
{
    public static async Task<int> RunAsync(JicengDbContext db, CancellationToken ct = default)
    {
        var tokens = await db.UserTokens
            .Where(t => t.LoginProvider == AppUserStore.InternalLoginProvider && AppUserStore.SecretTokens.Contains(t.Name) && t.Value != null)
            .ToListAsync(ct);
        var plain = tokens.Where(t => !KeyRing.TryGetVersion(t.Value!, out _)).ToList();
        foreach (var token in plain)
        {
            token.Value = db.KeyRing.Encrypt(token.Value!);
        }

        if (plain.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return plain.Count;
    }
}
