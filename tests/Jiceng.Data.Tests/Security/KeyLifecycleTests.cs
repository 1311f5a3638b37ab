using Jiceng.Data.Cadres;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Security;

/// <summary>Key versions, rotation, the plaintext data migration and key file mismatches, each on its own small database.</summary>
public abstract class KeyLifecycleTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 0, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"jiceng-keys-{Guid.NewGuid():N}");
    private TestDatabase? _db;

    protected abstract DatabaseProvider Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string KeyPath => Path.Combine(_dir, "keys.json");

    private async Task<TestDatabase> DbAsync() => _db ??= await TestDatabase.CreateAsync(Provider);

    [Fact]
    public async Task NewKeyVersion_OldRowsStayReadable_NewRowsUseIt()
    {
        var db = await DbAsync();
        await using (var v1 = db.NewContext())
        {
            await CryptoTestData.AddCadresAsync(v1, 3);
        }

        var v2Keys = db.Keys.WithNewVersion(Now);
        await using (var v2 = db.NewContext(v2Keys))
        {
            await CryptoTestData.AddCadresAsync(v2, 2, start: 100);
            var all = await v2.Cadres.AsNoTracking().OrderBy(c => c.Id).Select(c => c.IdNumber).ToListAsync(Ct);
            Assert.Equal([.. Enumerable.Range(0, 3).Select(CryptoTestData.Id), .. Enumerable.Range(100, 2).Select(CryptoTestData.Id)], all);
            Assert.Equal(1, await v2.Cadres.WithIdNumber(CryptoTestData.Id(1)).CountAsync(Ct));
            Assert.Equal(1, await v2.Cadres.WithIdNumber(CryptoTestData.Id(101)).CountAsync(Ct));
        }

        var stored = (await CryptoTestData.RawCadreRowsAsync(db)).OrderBy(r => int.Parse(r["Id"]!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(r => r["IdNumber"]![..3]).ToList();
        Assert.Equal(["v1:", "v1:", "v1:", "v2:", "v2:"], stored);
    }

    [Fact]
    public async Task Rotate_AddsAVersionToTheFile_AndReencryptsEveryRow()
    {
        var db = await DbAsync();
        KeyFile.Save(KeyPath, db.Keys);
        await using (var before = db.NewContext(KeyFile.Load(KeyPath)))
        {
            await CryptoTestData.AddCadresAsync(before, 4);
            var (version, rows) = await KeyRotation.RotateAsync(before, KeyPath, TimeProvider.System, Ct);
            Assert.Equal(2, version);
            Assert.Equal(4, rows);
        }

        var rotated = KeyFile.Load(KeyPath);
        Assert.Equal(2, rotated.CurrentVersion);
        Assert.Equal([1, 2], rotated.Versions.Select(v => v.Version));
        Assert.Equal(rotated.Versions[0].IndexKey, rotated.Versions[1].IndexKey);
        Assert.All(await CryptoTestData.RawCadreRowsAsync(db), r => Assert.StartsWith("v2:", r["IdNumber"], StringComparison.Ordinal));

        await using var after = db.NewContext(rotated);
        Assert.Equal(0, await IdNumberDataMigration.RunAsync(after, Ct));
        var page = await CadreSearch.RunAsync(after, new DataScope(0, "/"), new CadreFilter { Text = CryptoTestData.Id(2).Value.ToLowerInvariant() }, new DateOnly(2026, 6, 30), Ct);
        Assert.Equal(CryptoTestData.Id(2).Masked, Assert.Single(page.Items).IdNumberMasked);
        await CryptoTestData.AddCadresAsync(after, 1, start: 50);
        Assert.Single(await CryptoTestData.RawCadreRowsAsync(db), r => r["IdNumber"]!.StartsWith("v2:", StringComparison.Ordinal) && r["Name"] == "干部50");
    }

    [Fact]
    public async Task DataMigration_EncryptsPlaintextRows_AndIsIdempotent()
    {
        var db = await DbAsync();
        List<int> ids;
        await using (var seed = db.NewContext())
        {
            ids = await CryptoTestData.AddCadresAsync(seed, 5);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            // Lower-case x and surrounding case as an old database might hold; the ids here end in digits or X.
            await CryptoTestData.WritePlaintextAsync(db, ids[i], CryptoTestData.Id(i).Value);
        }

        Assert.Contains(await CryptoTestData.RawCadreRowsAsync(db), r => r["IdNumber"] == CryptoTestData.Id(0).Value);

        await using var context = db.NewContext();
        await DatabaseInitializer.MigrateAsync(context, Ct);
        var first = await CryptoTestData.RawCadreRowsAsync(db);
        Assert.All(first, r =>
        {
            Assert.StartsWith("v1:", r["IdNumber"], StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", r["IdNumberIndex"]);
        });
        for (var i = 0; i < ids.Count; i++)
        {
            var found = await context.Cadres.WithIdNumber(CryptoTestData.Id(i)).SingleAsync(Ct);
            Assert.Equal(ids[i], found.Id);
        }

        Assert.Equal(0, await IdNumberDataMigration.RunAsync(context, Ct));
        var second = await CryptoTestData.RawCadreRowsAsync(db);
        Assert.Equal(first.Select(r => r["IdNumber"]), second.Select(r => r["IdNumber"]));
    }

    [Fact]
    public async Task MaskedNumber_IsStoredOnSave_AndFilledByTheDataMigrationWhereMissing()
    {
        var db = await DbAsync();
        List<int> ids;
        await using (var seed = db.NewContext())
        {
            ids = await CryptoTestData.AddCadresAsync(seed, 3);
        }

        string? Masked(List<Dictionary<string, string?>> rows, int id) =>
            rows.Single(r => r["Id"] == id.ToString(System.Globalization.CultureInfo.InvariantCulture))["IdNumberMasked"];
        var saved = await CryptoTestData.RawCadreRowsAsync(db);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(CryptoTestData.Id(i).Masked, Masked(saved, ids[i]));
        }

        // A database from before the column: the schema migration added it empty.
        await using (var conn = await CryptoTestData.OpenRawAsync(db))
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "UPDATE cadres SET \"IdNumberMasked\" = NULL";
            await cmd.ExecuteNonQueryAsync(Ct);
        }

        await using var context = db.NewContext();
        Assert.Equal(3, await IdNumberDataMigration.RunAsync(context, Ct));
        var filled = await CryptoTestData.RawCadreRowsAsync(db);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(CryptoTestData.Id(i).Masked, Masked(filled, ids[i]));
        }

        Assert.Equal(0, await IdNumberDataMigration.RunAsync(context, Ct));
        var page = await CadreSearch.RunAsync(context, new DataScope(0, "/"), new CadreFilter(), new DateOnly(2026, 6, 30), Ct);
        Assert.Equal(ids.Select((_, i) => CryptoTestData.Id(i).Masked).Order(), page.Items.Select(c => c.IdNumberMasked).Order());
    }

    [Fact]
    public async Task WrongKeyFile_StopsTheStart_WithAClearError()
    {
        var db = await DbAsync();
        await using (var seed = db.NewContext())
        {
            await CryptoTestData.AddCadresAsync(seed, 2);
        }

        await using var wrong = db.NewContext(KeyRing.Generate(Now));
        var e = await Assert.ThrowsAsync<KeyRingException>(() => DatabaseInitializer.MigrateAsync(wrong, Ct));
        Assert.Contains("key file does not match", e.Message, StringComparison.Ordinal);
        // And no plaintext fallback when reading through EF.
        await Assert.ThrowsAsync<KeyRingException>(() => wrong.Cadres.AsNoTracking().ToListAsync(Ct));
    }

    [Fact]
    public async Task MissingKeyFile_StopsTheStart_AndLeavesNoNewKeyFile()
    {
        var db = await DbAsync();
        await using (var seed = db.NewContext())
        {
            await CryptoTestData.AddCadresAsync(seed, 2);
        }

        var created = KeyFile.LoadOrCreate(KeyPath, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.True(File.Exists(KeyPath));
        await using var context = db.NewContext(created);
        var e = await Assert.ThrowsAsync<KeyRingException>(() => DatabaseInitializer.MigrateAsync(context, Ct));
        Assert.Contains("was missing", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyPath));
    }

    [Fact]
    public async Task NoKeys_RefusesToWrite_InsteadOfStoringPlaintext()
    {
        var db = await DbAsync();
        await using var none = db.NewContext(KeyRing.None);
        await Assert.ThrowsAsync<KeyRingException>(() => CryptoTestData.AddCadresAsync(none, 1));
        Assert.Empty(await CryptoTestData.RawCadreRowsAsync(db));
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteKeyLifecycleTests : KeyLifecycleTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresKeyLifecycleTests : KeyLifecycleTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
