using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Storage;

/// <summary>
/// Brings a database to the current schema: migrations, then (SQLite) the persistent WAL journal mode, then the ID number
/// data migration (encrypts leftover plaintext, checks the key file against the data).
/// </summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(JicengDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run beside the writer; it is persistent, so once per database file is enough.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }

        await IdNumberDataMigration.RunAsync(db, ct);
        await AuthenticatorSecretsMigration.RunAsync(db, ct);
    }
}
