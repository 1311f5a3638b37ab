namespace Jiceng.Data.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// <c>Database:Provider</c> (Sqlite | Postgres) and <c>Database:ConnectionString</c>; environment variables
/// (<c>Database__Provider</c>, <c>Database__ConnectionString</c>) override the files, as everywhere in ASP.NET Core configuration.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The embedded default: a file under ./data relative to the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=./data/jiceng.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString => Provider switch
    {
        DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString) ? DefaultSqliteConnectionString : ConnectionString,
        DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.")
            : ConnectionString,
    };
}
