using Jiceng.Data.Demo;
using Jiceng.Data.Storage;
using Jiceng.Testing;

namespace Jiceng.Data.Tests;

/// <summary>
/// One migrated database per test class, seeded with the small demo dataset. Created lazily inside the first test
/// that asks, so a missing PostgreSQL is reported as that test's skip (or, in CI, failure).
/// </summary>
public abstract class DatabaseFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TestDatabase? _db;

    protected abstract DatabaseProvider Provider { get; }

    /// <summary>A second copy of the generated data, never written: counts and expectations are read from it.</summary>
    public DemoDataset Seeded { get; } = DemoDistrictGenerator.Generate(DemoScale.Small);

    /// <summary>The objects actually written; after seeding they carry their database ids.</summary>
    public DemoDataset SeededData { get; } = DemoDistrictGenerator.Generate(DemoScale.Small);

    public async Task<TestDatabase> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_db is null)
            {
                var db = await TestDatabase.CreateAsync(Provider);
                await using var context = db.NewContext();
                await DemoSeeder.SeedAsync(context, SeededData);
                _db = db;
            }

            return _db;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteFixture : DatabaseFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresFixture : DatabaseFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
