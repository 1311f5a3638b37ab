using System.CommandLine;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Storage;
using Microsoft.Extensions.Configuration;

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

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    public static DatabaseOptions Options(ParseResult parse) =>
        Configuration(parse).GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    /// <summary>A context whose audited writes are done by the "cli" user.</summary>
    public static JicengDbContext Open(ParseResult parse) => new(DbContextOptionsFactory.Build(Options(parse))) { AuditContext = CliActor.Instance };

    private sealed class CliActor : IAuditContext
    {
        public static CliActor Instance { get; } = new();

        public AuditActor Actor => AuditActor.Cli;
    }
}
