using Jiceng.Data;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jiceng.Testing;

/// <summary>
/// A fresh, migrated database for one test class: a temporary SQLite file, or a new PostgreSQL database created
/// next to the configured one and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _pgAdmin;
    private readonly string? _pgName;

    private TestDatabase(DatabaseOptions options, string? sqliteFile, string? pgAdmin, string? pgName)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _pgAdmin = pgAdmin;
        _pgName = pgName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>The field-encryption keys of this database (in memory; tests that need a key file write one).</summary>
    public KeyRing Keys { get; set; } = KeyRing.Generate(DateTimeOffset.UtcNow);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"jiceng-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file}" }, file, null, null);
        }
        else
        {
            var admin = TestEnvironment.RequirePostgres();
            var name = $"jiceng_test_{Guid.NewGuid():N}";
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
                await cmd.ExecuteNonQueryAsync();
            }

            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            db = new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = cs }, null, admin, name);
        }

        await using var context = db.NewContext();
        await DatabaseInitializer.MigrateAsync(context);
        return db;
    }

    public JicengDbContext NewContext() => NewContext(Keys);

    public JicengDbContext NewContext(KeyRing keys) => new(DbContextOptionsFactory.Build(Options, keys));

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
        else if (_pgAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_pgAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", conn);
            // FORCE may not end a backend of another role (an autovacuum worker on a busy server: 42501 without
            // pg_signal_backend): try again shortly, then leave the throw-away database to the throw-away cluster.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await cmd.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
                {
                    if (attempt == 5)
                    {
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
            }
        }
    }
}
