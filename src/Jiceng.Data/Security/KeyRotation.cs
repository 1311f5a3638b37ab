using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Security;

/// <summary>
/// <c>jiceng keys rotate</c>: adds a key version (fresh encryption key, same index key) to the key file, makes it current,
/// and re-encrypts every ID number with it in one transaction. Old versions stay in the file, so rows are readable at every step.
/// </summary>
public static class KeyRotation
{
    /// <param name="db">A context opened with the key file's current ring.</param>
    /// <returns>The new version and the number of rows re-encrypted.</returns>
    public static async Task<(int Version, int Rows)> RotateAsync(JicengDbContext db, string keyFile, TimeProvider clock, CancellationToken ct = default)
    {
        // Proves the current file matches the data before anything changes.
        await IdNumberDataMigration.RunAsync(db, ct);
        var next = KeyFile.Load(keyFile).WithNewVersion(clock.GetUtcNow());
        KeyFile.Save(keyFile, next);
        return (next.CurrentVersion, await ReencryptAsync(db, next, ct));
    }

    /// <summary>Re-encrypts every row with <paramref name="ring"/>'s current version (and recomputes its blind index).</summary>
    public static async Task<int> ReencryptAsync(JicengDbContext db, KeyRing ring, CancellationToken ct = default)
    {
        var rows = await IdNumberColumns.ReadAllAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in rows)
        {
            var plain = ring.Decrypt(row.IdNumber);
            await IdNumberColumns.WriteAsync(db, row.Id, ring.Encrypt(plain), ring.BlindIndex(plain), Core.Cadres.IdCardNumber.Parse(plain).Masked, ct);
        }

        await tx.CommitAsync(ct);
        return rows.Count;
    }
}
