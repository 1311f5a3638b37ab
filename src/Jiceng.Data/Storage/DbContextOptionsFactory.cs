using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Storage;

/// <summary>Configures EF Core for the chosen provider, with that provider's migrations assembly and the field-encryption keys.</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrationsAssembly = "Jiceng.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Jiceng.Data.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, KeyRing keyRing)
    {
        builder.UseKeyRing(keyRing);
        var cs = options.EffectiveConnectionString;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(cs);
                builder.UseSqlite(cs, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(new SqlitePragmas());
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(cs, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }

    public static DbContextOptions<JicengDbContext> Build(DatabaseOptions options, KeyRing keyRing)
    {
        var builder = new DbContextOptionsBuilder<JicengDbContext>();
        Configure(builder, options, keyRing);
        return builder.Options;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        if (DataFileModes.SqliteFile(connectionString) is { } file)
        {
            DataFileModes.PrepareSqliteFile(file);
        }
    }
}
