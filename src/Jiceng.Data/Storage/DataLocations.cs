using Jiceng.Data.Security;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Jiceng.Data.Storage;

/// <summary>Where the data lives for a configuration — the database and the key file — as people read it (no passwords).</summary>
public static class DataLocations
{
    public static string KeyFile(IConfiguration config) =>
        Path.GetFullPath(config[KeyOptions.KeyFileSetting] is { Length: > 0 } path ? path : KeyOptions.DefaultKeyFile);

    /// <summary>The SQLite file's full path, or the PostgreSQL server and database.</summary>
    public static string Database(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => DataFileModes.SqliteFile(options.EffectiveConnectionString) ?? options.EffectiveConnectionString,
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString) is var b
            ? $"PostgreSQL {b.Host}:{b.Port}/{b.Database}"
            : "",
    };

    /// <summary>
    /// Creates the key file's and the SQLite database's folders 0700 when missing; refuses (or, when configured, only
    /// reports through <paramref name="warn"/>) database and key files open to other users.
    /// </summary>
    public static void CheckFileModes(DatabaseOptions options, IConfiguration config, Action<string> warn)
    {
        var sqlite = options.Provider == DatabaseProvider.Sqlite ? DataFileModes.SqliteFile(options.EffectiveConnectionString) : null;
        DataFileModes.PreparePrivateDirectory(Path.GetDirectoryName(KeyFile(config))!);
        if (sqlite is not null)
        {
            DataFileModes.PreparePrivateDirectory(Path.GetDirectoryName(sqlite)!);
        }

        if (DataFileModes.Problem(sqlite, KeyFile(config)) is not { } problem)
        {
            return;
        }

        if (!DataFileModes.OnlyWarn(config[DataFileModes.Setting]))
        {
            throw new SetupProblemException(problem);
        }

        warn(problem);
    }
}
