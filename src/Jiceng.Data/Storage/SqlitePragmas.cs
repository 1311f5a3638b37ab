using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jiceng.Data.Storage;

/// <summary>
/// Every SQLite connection runs with synchronous=FULL (an acknowledged write survives a power cut) and a busy
/// timeout so concurrent writers wait instead of failing. WAL mode is persistent and set once at migration.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
