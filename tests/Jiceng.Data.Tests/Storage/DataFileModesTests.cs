using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Jiceng.Data.Tests.Storage;

/// <summary>Database and key files are the owner's alone: created so, and refused on start when others may read them.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFileModesTests : IDisposable
{
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"jiceng-modes-{Guid.NewGuid():N}");

    private string DataDir => Path.Combine(_root, "data");

    private string DbFile => Path.Combine(DataDir, "jiceng.db");

    private string KeyFilePath => Path.Combine(DataDir, "keys", "jiceng-keys.json");

    private DatabaseOptions Sqlite => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={DbFile}" };

    private IConfiguration Config(string? setting = null) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [KeyOptions.KeyFileSetting] = KeyFilePath, [DataFileModes.Setting] = setting,
    }).Build();

    [Fact]
    public async Task ANewSqliteDatabase_LivesIn_A0700Folder_With0600Files_WalIncluded()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var ct = TestContext.Current.CancellationToken;
        DataLocations.CheckFileModes(Sqlite, Config(), _ => { });
        await using (var db = new JicengDbContext(DbContextOptionsFactory.Build(Sqlite, KeyRing.Generate(TimeProvider.System.GetUtcNow()))))
        {
            await DatabaseInitializer.MigrateAsync(db, ct);
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS modes_probe (x INTEGER); INSERT INTO modes_probe VALUES (1);", ct);
            Assert.True(File.Exists(DbFile + "-wal"), "the WAL file exists while the connection is open");
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(DbFile + "-wal") & GroupOrOthers);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(DataDir) & GroupOrOthers);
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(Path.GetDirectoryName(KeyFilePath)!) & GroupOrOthers);
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(DbFile) & GroupOrOthers);
        Assert.Empty(DataFileModes.TooOpen(DbFile, KeyFilePath));
    }

    [Theory]
    [InlineData("db", UnixFileMode.OtherRead)]
    [InlineData("db", UnixFileMode.GroupRead)]
    [InlineData("db-wal", UnixFileMode.OtherRead)]
    [InlineData("key", UnixFileMode.OtherRead)]
    [InlineData("key", UnixFileMode.GroupWrite)]
    public void AFileOthersMayRead_RefusesTheStart_UnlessOnlyAWarningIsAsked(string which, UnixFileMode extra)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        DataFileModes.PrepareSqliteFile(DbFile);
        DataFileModes.PreparePrivateDirectory(Path.GetDirectoryName(KeyFilePath)!);
        File.WriteAllText(KeyFilePath, "{}");
        File.SetUnixFileMode(KeyFilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllBytes(DbFile + "-wal", []);
        File.SetUnixFileMode(DbFile + "-wal", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var file = which switch { "db" => DbFile, "db-wal" => DbFile + "-wal", _ => KeyFilePath };
        DataLocations.CheckFileModes(Sqlite, Config(), _ => Assert.Fail("nothing to warn about yet"));

        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
        var refused = Assert.Throws<SetupProblemException>(() => DataLocations.CheckFileModes(Sqlite, Config(), _ => { }));
        Assert.Contains(file, refused.Message, StringComparison.Ordinal);
        Assert.Contains("chmod 600", refused.Message, StringComparison.Ordinal);

        var warnings = new List<string>();
        DataLocations.CheckFileModes(Sqlite, Config("Warn"), warnings.Add);
        Assert.Contains(file, Assert.Single(warnings), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
