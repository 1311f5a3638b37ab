using System.Text.Json;
using Jiceng.Data.Audit;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Audit.AuditTestData;

namespace Jiceng.Data.Tests.Audit;

/// <summary>Writes and their audit entries: one entry each, with actor and values, in the same transaction.</summary>
public abstract class AuditWriteTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task CreateUpdateDelete_EachWriteOneEntry_WithActorAndValues()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var id = (await WriteUnitsAsync(db, 1)).Single();
        await using (var context = Context(db))
        {
            var unit = await context.OrgUnits.SingleAsync(u => u.Id == id, Ct);
            unit.Name = "改名单位";
            await context.SaveChangesAsync(Ct);
            context.OrgUnits.Remove(unit);
            await context.SaveChangesAsync(Ct);
        }

        var entries = await EntriesAsync(db);
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal("tester", e.UserName);
            Assert.Equal("10.0.0.7", e.ClientAddress);
            Assert.Equal("OrgUnit", e.RecordType);
            Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.RecordId);
            Assert.Equal(AuditOutcome.Success, e.Outcome);
        });
        using var update = JsonDocument.Parse(entries[1].Details);
        Assert.Equal("测试单位1", update.RootElement.GetProperty("before").GetProperty("Name").GetString());
        Assert.Equal("改名单位", update.RootElement.GetProperty("after").GetProperty("Name").GetString());
        Assert.False(update.RootElement.GetProperty("after").TryGetProperty("Code", out _), "an update lists only what changed");
        using var delete = JsonDocument.Parse(entries[2].Details);
        Assert.Equal("改名单位", delete.RootElement.GetProperty("before").GetProperty("Name").GetString());
        Assert.True((await VerifyAsync(db)).Ok);
    }

    [Fact]
    public async Task FailingSave_LeavesNeitherTheChangeNorAnEntry()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        await WriteUnitsAsync(db, 1);
        await using (var context = Context(db))
        {
            // A parent that does not exist breaks the foreign key.
            var orphan = Unit(2);
            orphan.ParentId = 999_999;
            context.OrgUnits.Add(orphan);
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => context.SaveChangesAsync(Ct));
        }

        await using var check = db.NewContext();
        Assert.Equal(1, await check.OrgUnits.CountAsync(Ct));
        Assert.Single(await EntriesAsync(db));
        Assert.True((await VerifyAsync(db)).Ok);
    }

    [Fact]
    public async Task FailingAuditAppend_RollsBackTheChange()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        await using (var context = Context(db, new BrokenClock()))
        {
            context.OrgUnits.Add(Unit(1));
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync(Ct));
        }

        await using var check = db.NewContext();
        Assert.Equal(0, await check.OrgUnits.CountAsync(Ct));
        Assert.Empty(await EntriesAsync(db));
    }

    [Fact]
    public async Task ConcurrentWriters_KeepOneUnbrokenChain()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() => WriteUnitsAsync(db, 8, first: 100 * (w + 1)), Ct)));
        var result = await VerifyAsync(db);
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(32, result.Count);
    }

    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("clock broken");
    }
}

public sealed class SqliteAuditWriteTests : AuditWriteTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresAuditWriteTests : AuditWriteTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
