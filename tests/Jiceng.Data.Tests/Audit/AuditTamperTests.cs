using System.Globalization;
using System.Text;
using Jiceng.Data.Audit;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Org.BouncyCastle.Crypto.Digests;
using static Jiceng.Data.Tests.Audit.AuditTestData;

namespace Jiceng.Data.Tests.Audit;

/// <summary>
/// Someone who can write the database but holds neither the key file nor the anchor file beside it: rewriting an
/// entry and recomputing the chain with a standard SM3 library, or cutting off the tail and moving the head back,
/// is named by <c>audit verify</c>.
/// </summary>
public abstract class AuditTamperTests : IAsyncLifetime
{
    private readonly string _anchorPath = Path.Combine(Path.GetTempPath(), $"jiceng-anchor-{Guid.NewGuid():N}.log");

    protected abstract DatabaseProvider Provider { get; }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        File.Delete(_anchorPath);
        return ValueTask.CompletedTask;
    }

    private AuditAnchorFile Anchor(TestDatabase db) => new(_anchorPath, db.Keys);

    private async Task<TestDatabase> AnchoredChainOfSixAsync()
    {
        var db = await TestDatabase.CreateAsync(Provider);
        await WriteUnitsAsync(db, 6);
        await using var context = db.NewContext();
        Assert.Null(await AuditAnchoring.AnchorAsync(context, Anchor(db), TimeProvider.System, Ct));
        return db;
    }

    private async Task<AuditVerification> VerifyAnchoredAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await AuditVerifier.VerifyAsync(context, Anchor(db), Ct);
    }

    /// <summary>What an attacker computes with BouncyCastle's SM3 alone, following the published serialization.</summary>
    private static string AttackerSm3(AuditEntry e)
    {
        string[] fields =
        [
            e.Id.ToString(CultureInfo.InvariantCulture), AuditHasher.FormatTime(e.At), e.UserName, e.Roles,
            e.OrgUnitId?.ToString(CultureInfo.InvariantCulture) ?? "", e.ClientAddress, e.Action.ToString(), e.RecordType,
            e.RecordId, e.Outcome.ToString(), e.Details, e.PrevHash,
        ];
        var digest = new SM3Digest();
        foreach (var f in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(f);
            var prefix = Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":");
            digest.BlockUpdate(prefix, 0, prefix.Length);
            digest.BlockUpdate(bytes, 0, bytes.Length);
        }

        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Rewrites the chain from entry <paramref name="fromId"/> on with plain SM3 and moves the head to match.</summary>
    private static async Task RecomputeWithSm3Async(TestDatabase db, long fromId, Action<AuditEntry>? edit = null)
    {
        var entries = await EntriesAsync(db);
        await using var context = db.NewContext();
        var prev = entries.Single(e => e.Id == fromId).PrevHash;
        foreach (var e in entries.Where(e => e.Id >= fromId))
        {
            if (e.Id == fromId)
            {
                edit?.Invoke(e);
            }

            e.PrevHash = prev;
            e.Hash = AttackerSm3(e);
            prev = e.Hash;
            await context.AuditEntries.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.UserName, e.UserName).SetProperty(x => x.PrevHash, e.PrevHash).SetProperty(x => x.Hash, e.Hash), Ct);
        }

        await context.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastHash, prev), Ct);
    }

    [Fact]
    public async Task EditedEntry_RecomputedWithAStandardSm3Library_AndTheHeadMoved_IsNamed()
    {
        await using var db = await AnchoredChainOfSixAsync();
        await RecomputeWithSm3Async(db, 3, e => e.UserName = "mallory");

        var result = await VerifyAnchoredAsync(db);

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBadId);
        Assert.Contains("标准 SM3", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TailCutOff_WithTheHeadMovedBack_IsNamed_AndNotAnchored()
    {
        await using var db = await AnchoredChainOfSixAsync();
        var entries = await EntriesAsync(db);
        await SqlAsync(db, "DELETE FROM audit_entries WHERE id > 4");
        await using (var context = db.NewContext())
        {
            await context.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastId, 4L).SetProperty(h => h.LastHash, entries[3].Hash), Ct);
        }

        var result = await VerifyAnchoredAsync(db);

        Assert.False(result.Ok);
        Assert.Equal(5, result.FirstBadId);
        Assert.Contains("截断", result.Problem, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(db)).Ok); // what the database alone shows: hence the anchor outside it
        await using var again = db.NewContext();
        Assert.NotNull(await AuditAnchoring.AnchorAsync(again, Anchor(db), TimeProvider.System, Ct));
        Assert.Equal(6, Anchor(db).Read().Latest!.LastId);
    }

    [Fact]
    public async Task TailCutOff_AndNewEntriesWrittenAfterIt_IsNamed()
    {
        await using var db = await AnchoredChainOfSixAsync();
        var entries = await EntriesAsync(db);
        await SqlAsync(db, "DELETE FROM audit_entries WHERE id > 4");
        await using (var context = db.NewContext())
        {
            await context.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastId, 4L).SetProperty(h => h.LastHash, entries[3].Hash), Ct);
        }

        await WriteUnitsAsync(db, 3, first: 20);

        var result = await VerifyAnchoredAsync(db);

        Assert.False(result.Ok);
        Assert.Equal(6, result.FirstBadId);
    }

    [Fact]
    public async Task EditedAnchorFile_IsNamed()
    {
        await using var db = await AnchoredChainOfSixAsync();
        var line = File.ReadAllText(_anchorPath);
        File.WriteAllText(_anchorPath, line.Replace("\t6\t", "\t4\t", StringComparison.Ordinal));

        var result = await VerifyAnchoredAsync(db);

        Assert.False(result.Ok);
        Assert.Contains("锚定文件", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodChain_VerifiesAgainstItsAnchor_AndAnchorsAgainAfterNewEntries()
    {
        await using var db = await AnchoredChainOfSixAsync();
        await WriteUnitsAsync(db, 2, first: 30);
        await using var context = db.NewContext();
        Assert.Null(await AuditAnchoring.AnchorAsync(context, Anchor(db), TimeProvider.System, Ct));

        var result = await VerifyAnchoredAsync(db);

        Assert.True(result.Ok, result.Problem);
        Assert.Equal(8, result.Anchored!.LastId);
        Assert.Equal(2, Anchor(db).Read().Marks.Count);
    }

    [Fact]
    public async Task ChainOfAnOlderVersion_IsRekeyedOnce_ThenVerifies()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        await WriteUnitsAsync(db, 4);
        await RecomputeWithSm3Async(db, 1); // as the versions before keying wrote it
        Assert.False((await VerifyAsync(db)).Ok);

        await using (var context = db.NewContext())
        {
            Assert.Equal(4, await AuditChainKeying.RunAsync(context, Anchor(db), Ct));
            Assert.Equal(0, await AuditChainKeying.RunAsync(context, Anchor(db), Ct));
        }

        var result = await VerifyAsync(db);
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(5, result.Count);
        Assert.Equal("AuditChain", (await EntriesAsync(db))[^1].RecordType);
    }

    [Fact]
    public async Task ChainRecomputedWithSm3_AfterItWasAnchored_IsNotRekeyed()
    {
        await using var db = await AnchoredChainOfSixAsync();
        await RecomputeWithSm3Async(db, 1);

        await using (var context = db.NewContext())
        {
            Assert.Equal(0, await AuditChainKeying.RunAsync(context, Anchor(db), Ct));
        }

        Assert.False((await VerifyAnchoredAsync(db)).Ok);
    }
}

public sealed class SqliteAuditTamperTests : AuditTamperTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresAuditTamperTests : AuditTamperTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
