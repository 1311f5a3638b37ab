using Jiceng.Core.Cadres;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Security;

/// <summary>
/// Runs at every start after the schema migrations (idempotent): encrypts ID numbers still stored in plaintext, fills
/// missing blind indexes and masked numbers, and proves the key file matches the database by decrypting one value of every key version in use.
/// </summary>
public static class IdNumberDataMigration
{
    /// <returns>The number of rows changed.</returns>
    public static async Task<int> RunAsync(JicengDbContext db, CancellationToken ct = default)
    {
        var ring = db.KeyRing;
        var rows = await IdNumberColumns.ReadAllAsync(db, ct);
        var verified = new HashSet<int>();
        var changes = new List<(int Id, string Cipher, string Index, string Masked)>();
        foreach (var row in rows)
        {
            if (KeyRing.TryGetVersion(row.IdNumber, out var version))
            {
                if (verified.Add(version) || row.IdNumberIndex is null || row.IdNumberMasked is null)
                {
                    var plain = Decrypt(ring, row);
                    if (row.IdNumberIndex is null || row.IdNumberMasked is null)
                    {
                        changes.Add((row.Id, row.IdNumber, ring.BlindIndex(plain), IdCardNumber.Parse(plain).Masked));
                    }
                }
            }
            else
            {
                var id = IdCardNumber.TryParse(row.IdNumber, out var parsed, out var error)
                    ? parsed
                    : throw new InvalidOperationException($"Cadre {row.Id}: the stored ID number is neither ciphertext nor a valid number ({error}).");
                changes.Add((row.Id, ring.Encrypt(id.Value), ring.BlindIndex(id), id.Masked));
            }
        }

        if (changes.Count > 0)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var (id, cipher, index, masked) in changes)
            {
                await IdNumberColumns.WriteAsync(db, id, cipher, index, masked, ct);
            }

            await tx.CommitAsync(ct);
        }

        return changes.Count;
    }

    private static string Decrypt(KeyRing ring, StoredIdNumber row)
    {
        try
        {
            return ring.Decrypt(row.IdNumber);
        }
        catch (KeyRingException e) when (ring.CreatedFile is { } created)
        {
            // A key file created on this start cannot hold the keys of existing data: it was missing. Remove it again.
            File.Delete(created);
            throw new KeyRingException($"The key file {created} was missing, so the encrypted ID numbers in this database cannot be read. Restore the original key file (Security:KeyFile).", e);
        }
        catch (KeyRingException e)
        {
            throw new KeyRingException($"Cadre {row.Id}: {e.Message} Check Security:KeyFile.", e);
        }
    }
}
