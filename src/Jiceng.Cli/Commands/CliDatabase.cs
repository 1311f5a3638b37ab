using System.CommandLine;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;
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
    /// database), whose audited writes are done by the "cli" user. Says on stderr which database and key file it uses;
    /// refuses files open to other users, and (unless <paramref name="requireSchema"/> is false) a database that is
    /// not yet created or not current.</summary>
    public static JicengDbContext Open(ParseResult parse, bool requireSchema = true)
    {
        Prepare(parse);
        return Checked(Open(parse, KeyFile.LoadOrCreate(KeyFilePath(parse), TimeProvider.System, NullLogger.Instance), announce: false), parse, requireSchema);
    }

    /// <summary>A context on a created, current database with keys the caller loaded (no key file is created).</summary>
    public static JicengDbContext Open(ParseResult parse, KeyRing keys) => Checked(Open(parse, keys, announce: true), parse, requireSchema: true);

    /// <summary>Refuses, before any key is read, a SQLite database file that does not exist: the likelier mistake
    /// (a command started in another folder, or before the first start) is named first.</summary>
    public static void RequireCreated(ParseResult parse)
    {
        var options = Options(parse);
        if (options.Provider == DatabaseProvider.Sqlite && DataFileModes.SqliteFile(options.EffectiveConnectionString) is { } file && !File.Exists(file))
        {
            throw NotCurrent(parse);
        }
    }

    private static SetupProblemException NotCurrent(ParseResult parse) =>
        new($"数据库 {DataLocations.Database(Options(parse))} 尚未建立或不是当前版本：请先运行 jiceng db migrate（或启动一次网页服务），或用 --connection 指定已有的数据库。");

    private static JicengDbContext Open(ParseResult parse, KeyRing keys, bool announce)
    {
        if (announce)
        {
            Prepare(parse);
        }

        return new(DbContextOptionsFactory.Build(Options(parse), keys)) { AuditContext = CliActor.Instance };
    }

    /// <summary>Names the database and key file, and checks their modes, before anything opens or creates them.</summary>
    private static void Prepare(ParseResult parse)
    {
        var config = Configuration(parse);
        var options = Options(parse);
        Console.Error.WriteLine($"数据库：{DataLocations.Database(options)}；密钥文件：{DataLocations.KeyFile(config)}");
        DataLocations.CheckFileModes(options, config, problem => Console.Error.WriteLine($"警告：{problem}"));
    }

    private static JicengDbContext Checked(JicengDbContext db, ParseResult parse, bool requireSchema)
    {
        if (requireSchema && db.Database.GetPendingMigrations().Any())
        {
            db.Dispose();
            throw NotCurrent(parse);
        }

        return db;
    }

    private sealed class CliActor : IAuditContext
    {
        public static CliActor Instance { get; } = new();

        public AuditActor Actor => AuditActor.Cli;
    }
}
