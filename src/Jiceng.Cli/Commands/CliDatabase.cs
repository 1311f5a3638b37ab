using System.CommandLine;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jiceng.Cli.Commands;

/// <summary>
/// Database selection for every command, the same way as the web app: appsettings.json, then environment variables
/// (<c>Database__Provider</c>, <c>Database__ConnectionString</c>), then these options.
/// </summary>
public static class CliDatabase
{
    public static readonly Option<DatabaseProvider?> ProviderOption = new("--provider")
    {
        Description = "数据库类型 Sqlite | Postgres（默认取配置 Database:Provider）",
        Recursive = true,
    };

    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "数据库连接字符串（默认取配置 Database:ConnectionString）",
        Recursive = true,
    };

    public static readonly Option<string?> KeyFileOption = new("--key-file")
    {
        Description = "字段加密密钥文件（默认取配置 Security:KeyFile，否则 ./data/keys/jiceng-keys.json）",
        Recursive = true,
    };

    public static IConfiguration Configuration(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (parse.GetValue(ProviderOption) is { } provider)
        {
            overrides["Database:Provider"] = provider.ToString();
        }

        if (parse.GetValue(ConnectionOption) is { } connection)
        {
            overrides["Database:ConnectionString"] = connection;
        }

        if (parse.GetValue(KeyFileOption) is { } keyFile)
        {
            overrides[KeyOptions.KeyFileSetting] = keyFile;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    public static DatabaseOptions Options(ParseResult parse) =>
        Configuration(parse).GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    public static string KeyFilePath(ParseResult parse) =>
        Configuration(parse)[KeyOptions.KeyFileSetting] is { Length: > 0 } path ? path : KeyOptions.DefaultKeyFile;

    /// <summary>A context on the configured database with the key file's keys (a new key file is created for a new
    /// database), whose audited writes are done by the "cli" user.</summary>
    public static JicengDbContext Open(ParseResult parse) =>
        Open(parse, KeyFile.LoadOrCreate(KeyFilePath(parse), TimeProvider.System, NullLogger.Instance));

    public static JicengDbContext Open(ParseResult parse, KeyRing keys) =>
        new(DbContextOptionsFactory.Build(Options(parse), keys)) { AuditContext = CliActor.Instance };

    private sealed class CliActor : IAuditContext
    {
        public static CliActor Instance { get; } = new();

        public AuditActor Actor => AuditActor.Cli;
    }
}
