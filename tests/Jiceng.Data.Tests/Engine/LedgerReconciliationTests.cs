using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Engine.LedgerTestData;

namespace Jiceng.Data.Tests.Engine;

public abstract class LedgerReconciliationTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(JicengDbContext Db, DataScope Root, List<OrgUnit> Townships)> OpenAsync()
    {
        var db = (await fixture.GetAsync()).NewContext();
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).ToListAsync(Ct);
        return (db, new DataScope(root.Id, root.Path), townships);
    }

    private static Task<List<FindingRecord>> LedgerAsync(JicengDbContext db, int year) =>
        db.Findings.AsNoTracking().Where(f => f.Year == year).OrderBy(f => f.Id).ToListAsync(Ct);

    private static Task<List<FindingEvent>> EventsAsync(JicengDbContext db, long findingId) =>
        db.FindingEvents.AsNoTracking().Where(e => e.FindingId == findingId).OrderBy(e => e.Id).ToListAsync(Ct);

    [Fact]
    public async Task TwoRunsOverUnchangedRecords_ChangeNothingButTheLastSeenRun()
    {
        var (db, root, _) = await OpenAsync();
        await using var _db = db;
        var context = new EvaluationContext(2025, DemoDistrictGenerator.DataAsOf);
        var first = await Evaluator.SaveAsync(db, await Evaluator.EvaluateAsync(db, root, ExampleProfile.Create(), context, ct: Ct), "test", Ct);
        var before = await LedgerAsync(db, 2025);
        var events = await db.FindingEvents.CountAsync(Ct);

        var second = await Evaluator.SaveAsync(db, await Evaluator.EvaluateAsync(db, root, ExampleProfile.Create(), context, ct: Ct), "test", Ct);
        var after = await LedgerAsync(db, 2025);

        Assert.NotEmpty(before);
        Assert.Equal(before.Count, first.Opened);
        Assert.Equal((0, 0, 0), (second.Opened, second.Resolved, second.Reopened));
        Assert.Equal(events, await db.FindingEvents.CountAsync(Ct));
        Assert.All(after, f => Assert.Equal(second.Id, f.LastSeenRunId));
        static object Unchanged(FindingRecord f) => new { f.Id, f.Rule, f.SubjectId, f.Severity, f.Measured, f.Message, f.State, f.Version, f.FirstSeenRunId, f.ReopenCount };
        Assert.Equal(before.Select(Unchanged), after.Select(Unchanged));
    }

    [Fact]
    public async Task FixingARecord_ResolvesExactlyItsFindingOnTheNextRun()
    {
        var (db, root, _) = await OpenAsync();
        await using var _db = db;
        var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
        await Evaluator.SaveAsync(db, await Evaluator.EvaluateAsync(db, root, ExampleProfile.Create(), context, ct: Ct), "test", Ct);
        var village = await db.Findings.AsNoTracking().Where(f => f.Year == 2026 && f.Rule == "R10.1").OrderBy(f => f.Id).FirstAsync(Ct);

        db.OneShoulderExemptions.Add(new OneShoulderExemption { OrgUnitId = village.SubjectId, Reason = "书记为下派干部", From = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync(Ct);
        var run = await Evaluator.SaveAsync(db, await Evaluator.EvaluateAsync(db, root, ExampleProfile.Create(), context, ct: Ct), "test", Ct);

        Assert.Equal((0, 1, 0), (run.Opened, run.Resolved, run.Reopened));
        var resolved = Assert.Single(await db.Findings.AsNoTracking().Where(f => f.Year == 2026 && f.State == FindingState.Resolved).ToListAsync(Ct));
        Assert.Equal(village.Id, resolved.Id);
        Assert.Equal(run.Id, resolved.ResolvedRunId);
        Assert.Equal(context.AsOf, resolved.ResolvedOn);
        Assert.Equal(FindingEventKind.Resolved, (await EventsAsync(db, village.Id))[^1].Kind);
    }

    [Fact]
    public async Task AResolvedFindingThatReappears_ReopensWithItsHistory()
    {
        const int year = 3001;
        var (db, root, townships) = await OpenAsync();
        await using var _db = db;
        var path = townships[0].Path;
        var finding = Finding("T1", 1, year, path);
        await SaveRunAsync(db, root, year, [finding], ["T1"], Ct);
        var gone = await SaveRunAsync(db, root, year, [], ["T1"], Ct);
        var back = await SaveRunAsync(db, root, year, [finding with { Measured = "2" }], ["T1"], Ct);

        var row = Assert.Single(await LedgerAsync(db, year));
        Assert.Equal((1, 0, 0), (gone.Resolved, back.Opened, back.Reopened - 1));
        Assert.Equal(FindingState.Open, row.State);
        Assert.Equal(1, row.ReopenCount);
        Assert.Null(row.ResolvedRunId);
        Assert.Equal("2", row.Measured);
        Assert.Equal([FindingEventKind.Opened, FindingEventKind.Resolved, FindingEventKind.Reopened], (await EventsAsync(db, row.Id)).Select(e => e.Kind));
    }

    [Fact]
    public async Task ASeverityChange_IsRecorded()
    {
        const int year = 3002;
        var (db, root, townships) = await OpenAsync();
        await using var _db = db;
        var warning = Finding("T1", 1, year, townships[0].Path, Severity.Warning);
        await SaveRunAsync(db, root, year, [warning], ["T1"], Ct);
        await SaveRunAsync(db, root, year, [warning], ["T1"], Ct);
        await SaveRunAsync(db, root, year, [warning with { Severity = Severity.Violation }], ["T1"], Ct);

        var row = Assert.Single(await LedgerAsync(db, year));
        Assert.Equal(Severity.Violation, row.Severity);
        var events = await EventsAsync(db, row.Id);
        Assert.Equal([FindingEventKind.Opened, FindingEventKind.ValuesChanged], events.Select(e => e.Kind));
        Assert.Equal((Severity?)Severity.Warning, events[0].Severity);
        Assert.Equal((Severity?)Severity.Violation, events[1].Severity);
    }

    [Fact]
    public async Task ATownshipScopedRun_LeavesOtherTownshipsAndOtherRulesAlone()
    {
        const int year = 3003;
        var (db, root, townships) = await OpenAsync();
        await using var _db = db;
        var (a, b) = (townships[0], townships[1]);
        await SaveRunAsync(db, root, year, [Finding("T1", 1, year, a.Path), Finding("T2", 2, year, a.Path), Finding("T1", 3, year, b.Path)], ["T1", "T2"], Ct);

        // Township A, rule T1 only, finds nothing: only A's T1 finding is resolved.
        var run = await SaveRunAsync(db, new DataScope(a.Id, a.Path), year, [], ["T1"], Ct);

        Assert.Equal(1, run.Resolved);
        var ledger = await LedgerAsync(db, year);
        Assert.Equal([FindingState.Resolved, FindingState.Open, FindingState.Open], ledger.Select(f => f.State));
        Assert.Equal(a.Id, ledger[0].TownshipId);
    }
}

public sealed class SqliteLedgerReconciliationTests(SqliteFixture f) : LedgerReconciliationTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresLedgerReconciliationTests(PostgresFixture f) : LedgerReconciliationTests(f), IClassFixture<PostgresFixture>;
