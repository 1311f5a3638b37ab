using System.Text.Json;
using Jiceng.Data.Audit;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using static Jiceng.Data.Tests.Audit.AuditTestData;

namespace Jiceng.Data.Tests.Audit;

/// <summary><c>audit purge</c>: only entries past retention go, the chain still verifies, and the purge is in it.</summary>
public abstract class AuditPurgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    protected abstract DatabaseProvider Provider { get; }

    private async Task<TestDatabase> OldAndNewAsync()
    {
        var db = await TestDatabase.CreateAsync(Provider);
        await WriteUnitsAsync(db, 3, first: 1, clock: ClockAt(Now.AddDays(-300)));
        await WriteUnitsAsync(db, 2, first: 10, clock: ClockAt(Now.AddDays(-10)));
        return db;
    }

    private static async Task<AuditPurgeResult> PurgeAsync(TestDatabase db, DateTimeOffset before, int retentionDays = 180)
    {
        await using var context = Context(db, ClockAt(Now));
        return await AuditPurge.PurgeAsync(context, before.UtcDateTime, retentionDays, Ct);
    }

    [Fact]
    public async Task Purge_RemovesOnlyOlderEntries_KeepsTheChainValid_AndIsAudited()
    {
        await using var db = await OldAndNewAsync();
        var result = await PurgeAsync(db, Now.AddDays(-200));

        Assert.False(result.Refused, result.Message);
        Assert.Equal(3, result.Removed);
        var entries = await EntriesAsync(db);
        Assert.Equal([4L, 5L, 6L], entries.Select(e => e.Id));
        var purge = entries[^1];
        Assert.Equal(AuditAction.Purge, purge.Action);
        Assert.Equal("tester", purge.UserName);
        using var details = JsonDocument.Parse(purge.Details);
        Assert.Equal(3, details.RootElement.GetProperty("removed").GetInt32());
        var verify = await VerifyAsync(db);
        Assert.True(verify.Ok, verify.Problem);
        Assert.Equal(3, verify.Count);
    }

    [Fact]
    public async Task Purge_InsideRetention_IsRefused_AndChangesNothing()
    {
        await using var db = await OldAndNewAsync();
        var result = await PurgeAsync(db, Now.AddDays(-100));
        Assert.True(result.Refused);
        Assert.Equal(5, (await EntriesAsync(db)).Count);
    }

    [Fact]
    public async Task Purge_RetentionBelowTheMinimum_Uses180Days()
    {
        await using var db = await OldAndNewAsync();
        Assert.True((await PurgeAsync(db, Now.AddDays(-100), retentionDays: 30)).Refused);
    }

    [Fact]
    public async Task AfterPurge_CuttingMoreFromTheStart_IsDetected()
    {
        await using var db = await OldAndNewAsync();
        await PurgeAsync(db, Now.AddDays(-200));
        await SqlAsync(db, "DELETE FROM audit_entries WHERE id = 4");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBadId);
    }
}

public sealed class SqliteAuditPurgeTests : AuditPurgeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresAuditPurgeTests : AuditPurgeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
