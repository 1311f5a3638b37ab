using Jiceng.Data.Audit;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Audit.AuditTestData;

namespace Jiceng.Data.Tests.Audit;

/// <summary><c>audit verify</c>: a good chain passes; altering, deleting or reordering an entry is named.</summary>
public abstract class AuditVerifyTests
{
    protected abstract DatabaseProvider Provider { get; }

    private async Task<TestDatabase> ChainOfSixAsync()
    {
        var db = await TestDatabase.CreateAsync(Provider);
        await WriteUnitsAsync(db, 6);
        return db;
    }

    [Fact]
    public async Task GoodChain_IsOk_WithTheCount()
    {
        await using var db = await ChainOfSixAsync();
        var result = await VerifyAsync(db);
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(6, result.Count);
        var entries = await EntriesAsync(db);
        Assert.Equal(AuditChainHead.Genesis, entries[0].PrevHash);
        Assert.All(entries.Skip(1).Zip(entries), p => Assert.Equal(p.Second.Hash, p.First.PrevHash));
    }

    [Theory]
    [InlineData("user_name = 'mallory'")]
    [InlineData("details = '[]'")]
    [InlineData("outcome = 'Failure'")]
    [InlineData("record_id = '99'")]
    public async Task AlteredField_NamesThatEntry(string set)
    {
        await using var db = await ChainOfSixAsync();
        await SqlAsync(db, $"UPDATE audit_entries SET {set} WHERE id = 3");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBadId);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public async Task AlteredEntryWithItsHashRecomputedWithTheKey_BreaksTheNextLink()
    {
        await using var db = await ChainOfSixAsync();
        var entries = await EntriesAsync(db);
        var forged = entries[2];
        forged.UserName = "mallory";
        forged.Hash = AuditHasher.Compute(forged, db.Keys.AuditChainKey);
        await SqlAsync(db, $"UPDATE audit_entries SET user_name = 'mallory', hash = '{forged.Hash}' WHERE id = 3");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBadId);
    }

    [Fact]
    public async Task DeletedEntry_IsNamed()
    {
        await using var db = await ChainOfSixAsync();
        await SqlAsync(db, "DELETE FROM audit_entries WHERE id = 4");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBadId);
        Assert.Contains("缺失", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedLastEntry_IsNamed()
    {
        await using var db = await ChainOfSixAsync();
        await SqlAsync(db, "DELETE FROM audit_entries WHERE id = 6");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(6, result.FirstBadId);
    }

    [Fact]
    public async Task DeletedAndRenumbered_IsNamed()
    {
        await using var db = await ChainOfSixAsync();
        await SqlAsync(db, "DELETE FROM audit_entries WHERE id = 4");
        await SqlAsync(db, "UPDATE audit_entries SET id = 4 WHERE id = 5");
        await SqlAsync(db, "UPDATE audit_entries SET id = 5 WHERE id = 6");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBadId);
    }

    [Fact]
    public async Task SwappedEntries_NameTheFirstOfThem()
    {
        await using var db = await ChainOfSixAsync();
        await SqlAsync(db, "UPDATE audit_entries SET id = -2 WHERE id = 2");
        await SqlAsync(db, "UPDATE audit_entries SET id = 2 WHERE id = 5");
        await SqlAsync(db, "UPDATE audit_entries SET id = 5 WHERE id = -2");
        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(2, result.FirstBadId);
    }
}

public sealed class SqliteAuditVerifyTests : AuditVerifyTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresAuditVerifyTests : AuditVerifyTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
