using Jiceng.Core.Org;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Storage;

public abstract class StorageTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Migrations_AreAllApplied()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DemoSeed_WritesEveryGeneratedRow()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(fixture.Seeded.OrgUnits.Count, await context.OrgUnits.CountAsync(ct));
        Assert.Equal(fixture.Seeded.Cadres.Count, await context.Cadres.CountAsync(ct));
        Assert.Equal(fixture.Seeded.Posts.Count, await context.PostAssignments.CountAsync(ct));
        Assert.Equal(fixture.Seeded.Terms.Count, await context.Terms.CountAsync(ct));
        Assert.Equal(fixture.Seeded.Terms.Sum(t => t.Seats.Count), await context.TermSeats.CountAsync(ct));
    }

    [Fact]
    public async Task EveryUnitPath_IsItsParentsPathPlusItsId()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        var units = await context.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, TestContext.Current.CancellationToken);
        foreach (var u in units.Values)
        {
            var expected = u.ParentId is { } p ? $"{units[p].Path}{u.Id}/" : $"/{u.Id}/";
            Assert.Equal(expected, u.Path);
        }

        Assert.Single(units.Values, u => u.ParentId is null && u.Kind == OrgUnitKind.Province);
    }

    [Fact]
    public async Task DuplicateIdNumber_IsRefusedByTheDatabase()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var existing = await context.Cadres.AsNoTracking().OrderBy(c => c.Id).FirstAsync(ct);
        context.Cadres.Add(new Core.Cadres.Cadre
        {
            Name = "重复", IdNumber = existing.IdNumber, BirthDate = existing.BirthDate, Sex = existing.Sex,
            OrgUnitId = existing.OrgUnitId, Category = existing.Category,
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(ct));
    }
}

public sealed class SqliteStorageTests(SqliteFixture fixture) : StorageTests(fixture), IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Sqlite_RunsInWalModeWithFullSync()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        var ct = TestContext.Current.CancellationToken;
        await context.Database.OpenConnectionAsync(ct);
        var journal = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync(ct);
        var sync = await context.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync(ct);
        Assert.Equal("wal", journal);
        Assert.Equal(2, sync); // 2 = FULL
    }

    [Fact]
    public void DefaultConnection_IsTheEmbeddedFile() =>
        Assert.Equal("Data Source=./data/jiceng.db", new DatabaseOptions().EffectiveConnectionString);
}

public sealed class PostgresStorageTests(PostgresFixture fixture) : StorageTests(fixture), IClassFixture<PostgresFixture>;
