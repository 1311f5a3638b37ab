using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Data.Audit;
using Jiceng.Data.Common;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Engine.LedgerTestData;

namespace Jiceng.Data.Tests.Engine;

/// <summary>The people's transitions of the ledger and their refusals; each test takes its own year (see <see cref="LedgerTestData"/>).</summary>
public abstract class LedgerLifecycleTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly AuditActor Township = new("township-clerk", "TownshipStaff", null, "");
    private static readonly AuditActor OrgDept = new("org-dept", "OrgDepartment", null, "");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Setup(JicengDbContext Db, DataScope Root, DataScope Own, OrgUnit Other, FindingRecord Finding) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    /// <summary>One open finding in the first township, made by a district run of <paramref name="year"/>.</summary>
    private async Task<Setup> OpenFindingAsync(int year)
    {
        var db = (await fixture.GetAsync()).NewContext();
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
        var rootScope = new DataScope(root.Id, root.Path);
        await SaveRunAsync(db, rootScope, year, [Finding("T1", 1, year, townships[0].Path)], ["T1"], Ct);
        var finding = await db.Findings.AsNoTracking().SingleAsync(f => f.Year == year, Ct);
        return new Setup(db, rootScope, new DataScope(townships[0].Id, townships[0].Path), townships[1], finding);
    }

    private static async Task<FindingRecord> OkAsync(Task<CommandResult<FindingRecord>> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    /// <summary>Refused with a Chinese message on <paramref name="field"/>; the row, its history and the audit log unchanged.</summary>
    private static async Task RefusedAsync(JicengDbContext db, long id, string field, string words, Func<Task<CommandResult<FindingRecord>>> command)
    {
        var before = await db.Findings.AsNoTracking().SingleAsync(f => f.Id == id, Ct);
        var events = await db.FindingEvents.CountAsync(e => e.FindingId == id, Ct);
        var audit = await db.AuditEntries.CountAsync(Ct);
        var result = await command();
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        var after = await db.Findings.AsNoTracking().SingleAsync(f => f.Id == id, Ct);
        Assert.Equal((before.State, before.Version, before.AssigneePerson, before.PlannedDate), (after.State, after.Version, after.AssigneePerson, after.PlannedDate));
        Assert.Equal(events, await db.FindingEvents.CountAsync(e => e.FindingId == id, Ct));
        Assert.Equal(audit, await db.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task AssignThenRectify_AndTheNextRunThatNoLongerFindsIt_Resolves()
    {
        await using var s = await OpenFindingAsync(3101);
        using var actor = AmbientAuditContext.Use(Township);
        var assigned = await OkAsync(FindingCommands.AssignAsync(s.Db, s.Own, s.Finding.Id, new AssignInput(s.Own.OrgUnitId, "李明", Today.AddDays(30)), 0, Today, Ct));
        var (assignedState, assignedVersion) = (assigned.State, assigned.Version);
        var rectifying = await OkAsync(FindingCommands.StartRectifyingAsync(s.Db, s.Own, s.Finding.Id, assignedVersion, Ct));
        var run = await SaveRunAsync(s.Db, s.Root, 3101, [], ["T1"], Ct);

        var detail = (await LedgerQueries.GetAsync(s.Db, s.Own, s.Finding.Id, Ct))!;
        Assert.Equal((FindingState.Assigned, 1, FindingState.Rectifying, 2, FindingState.Resolved), (assignedState, assignedVersion, rectifying.State, rectifying.Version, detail.Finding.State));
        Assert.Equal(run.Id, detail.Finding.ResolvedRunId);
        Assert.Equal([FindingEventKind.Opened, FindingEventKind.Assigned, FindingEventKind.Rectifying, FindingEventKind.Resolved], detail.History.Select(e => e.Kind));
        Assert.Equal(["system", "township-clerk", "township-clerk", "system"], detail.History.Select(e => e.Actor));
        Assert.Contains("李明", detail.History[1].Note, StringComparison.Ordinal);
        var audited = await s.Db.AuditEntries.AsNoTracking().Where(a => a.RecordType == nameof(FindingRecord) && a.RecordId == s.Finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync(Ct);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal("township-clerk", a.UserName));
        Assert.Contains("Rectifying", audited[^1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutOfOrder_BadDates_AndForeignUnits_AreRefused_AndChangeNothing()
    {
        await using var s = await OpenFindingAsync(3102);
        using var actor = AmbientAuditContext.Use(Township);
        var id = s.Finding.Id;
        await RefusedAsync(s.Db, id, "state", "尚未分派", () => FindingCommands.StartRectifyingAsync(s.Db, s.Own, id, 0, Ct));
        await RefusedAsync(s.Db, id, "plannedDate", "不能早于今天", () => FindingCommands.AssignAsync(s.Db, s.Own, id, new AssignInput(s.Own.OrgUnitId, "李明", Today.AddDays(-1)), 0, Today, Ct));
        await RefusedAsync(s.Db, id, "unitId", "不在您的数据范围内", () => FindingCommands.AssignAsync(s.Db, s.Own, id, new AssignInput(s.Other.Id, "李明", Today), 0, Today, Ct));
        await RefusedAsync(s.Db, id, "person", "必填", () => FindingCommands.AssignAsync(s.Db, s.Own, id, new AssignInput(s.Own.OrgUnitId, " ", Today), 0, Today, Ct));
        await RefusedAsync(s.Db, id, "text", "必填", () => FindingCommands.SubmitExplanationAsync(s.Db, s.Own, id, new ExplanationInput("  ", []), 0, Ct));
        await RefusedAsync(s.Db, id, "state", "不能采纳", () => FindingCommands.AcceptAsync(s.Db, s.Root, id, new DecisionInput("同意"), 0, Today, Ct));
        await RefusedAsync(s.Db, id, "version", "必填", () => FindingCommands.StartRectifyingAsync(s.Db, s.Own, id, null, Ct));

        var stale = await FindingCommands.AssignAsync(s.Db, s.Own, id, new AssignInput(s.Own.OrgUnitId, "李明", Today), 7, Today, Ct);
        Assert.NotNull(stale.Conflict);

        // Another township's user does not see it at all.
        var foreign = new DataScope(s.Other.Id, s.Other.Path);
        Assert.True((await FindingCommands.AssignAsync(s.Db, foreign, id, new AssignInput(s.Other.Id, "王五", Today), 0, Today, Ct)).NotFound);
        Assert.Null(await LedgerQueries.GetAsync(s.Db, foreign, id, Ct));
    }

    [Fact]
    public async Task AResolvedFinding_CannotBeChangedByHand()
    {
        await using var s = await OpenFindingAsync(3103);
        await SaveRunAsync(s.Db, s.Root, 3103, [], ["T1"], Ct);
        using var actor = AmbientAuditContext.Use(Township);
        await RefusedAsync(s.Db, s.Finding.Id, "state", "已经评估核销", () => FindingCommands.AssignAsync(s.Db, s.Own, s.Finding.Id, new AssignInput(s.Own.OrgUnitId, "李明", Today), 1, Today, Ct));
    }

    [Fact]
    public async Task AnExplanation_IsNotDecidedByItsAuthor_RejectedReturns_AcceptedSetsAsideUntilADay()
    {
        await using var s = await OpenFindingAsync(3104);
        var id = s.Finding.Id;
        var pdf = new AttachmentInput("说明.pdf", "application/pdf", [.. "%PDF-1.7 test"u8]);
        FindingRecord explained;
        using (AmbientAuditContext.Use(OrgDept))
        {
            explained = await OkAsync(FindingCommands.SubmitExplanationAsync(s.Db, s.Root, id, new ExplanationInput("该村已撤并", [pdf]), 0, Ct));
            await RefusedAsync(s.Db, id, "state", "不能审核自己提交", () => FindingCommands.AcceptAsync(s.Db, s.Root, id, new DecisionInput("同意"), explained.Version, Today, Ct));
        }

        FindingRecord again;
        using (AmbientAuditContext.Use(OrgDept with { UserName = "org-head" }))
        {
            await RefusedAsync(s.Db, id, "reason", "必填", () => FindingCommands.RejectAsync(s.Db, s.Root, id, new DecisionInput(""), explained.Version, Today, Ct));
            var rejected = await OkAsync(FindingCommands.RejectAsync(s.Db, s.Root, id, new DecisionInput("理由不充分"), explained.Version, Today, Ct));
            Assert.Equal(FindingState.Open, rejected.State);
        }

        using (AmbientAuditContext.Use(Township))
        {
            again = await OkAsync(FindingCommands.SubmitExplanationAsync(s.Db, s.Own, id, new ExplanationInput("补充材料", []), 2, Ct));
        }

        using var other = AmbientAuditContext.Use(OrgDept with { UserName = "org-head" });
        await RefusedAsync(s.Db, id, "setAsideUntil", "不能早于今天", () => FindingCommands.AcceptAsync(s.Db, s.Root, id, new DecisionInput("同意", Today.AddDays(-1)), again.Version, Today, Ct));
        var accepted = await OkAsync(FindingCommands.AcceptAsync(s.Db, s.Root, id, new DecisionInput("同意暂缓", new DateOnly(3104, 3, 31)), again.Version, Today, Ct));
        Assert.Equal((FindingState.SetAside, (DateOnly?)new DateOnly(3104, 3, 31)), (accepted.State, accepted.SetAsideUntil));

        // Still found after the set-aside ended (runs judge 30 June): open again.
        var run = await SaveRunAsync(s.Db, s.Root, 3104, [Finding("T1", 1, 3104, s.Own.Path)], ["T1"], Ct);
        var detail = (await LedgerQueries.GetAsync(s.Db, s.Root, id, Ct))!;
        Assert.Equal(FindingState.Open, detail.Finding.State);
        Assert.Equal(
            [FindingEventKind.Opened, FindingEventKind.ExplanationSubmitted, FindingEventKind.ExplanationRejected, FindingEventKind.ExplanationSubmitted,
                FindingEventKind.ExplanationAccepted, FindingEventKind.SetAsideExpired],
            detail.History.Select(e => e.Kind));
        Assert.Equal(run.Id, detail.History[^1].RunId);
        Assert.Equal([ExplanationDecision.Rejected, ExplanationDecision.Accepted], detail.Explanations.Select(e => e.Explanation.Decision));
        var file = Assert.Single(detail.Explanations[0].Attachments);
        Assert.Equal(("说明.pdf", "application/pdf"), (file.FileName, file.ContentType));
        Assert.Equal(pdf.Content, (await LedgerQueries.AttachmentAsync(s.Db, s.Root, id, file.Id, Ct))!.Content);
        Assert.Null(await LedgerQueries.AttachmentAsync(s.Db, new DataScope(s.Other.Id, s.Other.Path), id, file.Id, Ct));
    }

    [Fact]
    public async Task Attachments_OfTheWrongTypeOrContent_AreRefused()
    {
        await using var s = await OpenFindingAsync(3105);
        using var actor = AmbientAuditContext.Use(Township);
        var exe = new AttachmentInput("a.exe", "application/octet-stream", [0x4D, 0x5A]);
        var fakePdf = new AttachmentInput("b.pdf", "application/pdf", [.. "<html>"u8]);
        await RefusedAsync(s.Db, s.Finding.Id, "attachments[0].contentType", "只接受", () => FindingCommands.SubmitExplanationAsync(s.Db, s.Own, s.Finding.Id, new ExplanationInput("说明", [exe]), 0, Ct));
        await RefusedAsync(s.Db, s.Finding.Id, "attachments[0].content", "不符", () => FindingCommands.SubmitExplanationAsync(s.Db, s.Own, s.Finding.Id, new ExplanationInput("说明", [fakePdf]), 0, Ct));
        Assert.Equal(0, await s.Db.FindingExplanations.CountAsync(e => e.FindingId == s.Finding.Id, Ct));
    }

    [Fact]
    public async Task Retention_PurgesValueChangesOfLongResolvedFindings_AndKeepsTheirLifecycle()
    {
        const int year = 3106;
        await using var s = await OpenFindingAsync(year);
        await SaveRunAsync(s.Db, s.Root, year, [Finding("T1", 1, year, s.Own.Path, measured: "2")], ["T1"], Ct);
        await SaveRunAsync(s.Db, s.Root, year, [], ["T1"], Ct); // resolved on 3106-06-30
        Assert.Equal(0, await LedgerRetention.PurgeAsync(s.Db, new DateOnly(year, 7, 30), days: 60, Ct));
        Assert.Equal(1, await LedgerRetention.PurgeAsync(s.Db, new DateOnly(year, 12, 31), days: 60, Ct));
        Assert.Equal([FindingEventKind.Opened, FindingEventKind.Resolved],
            await s.Db.FindingEvents.Where(e => e.FindingId == s.Finding.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync(Ct));
    }
}

public sealed class SqliteLedgerLifecycleTests(SqliteFixture f) : LedgerLifecycleTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresLedgerLifecycleTests(PostgresFixture f) : LedgerLifecycleTests(f), IClassFixture<PostgresFixture>;
