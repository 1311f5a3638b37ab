using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Demo;

/// <summary>
/// The demo district's ledger history (issue 18 §6) and the reports the pages read from it: written by real runs and
/// commands, it ends with exactly what the engine finds on the data day, and has something of every kind to show.
/// </summary>
public abstract class DemoHistoryTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly DataDay = DemoDistrictGenerator.DataAsOf;

    private async Task<(JicengDbContext Db, DataScope Root)> WithHistoryAsync()
    {
        var db = (await fixture.GetAsync()).NewContext();
        if (!await db.EvaluationRuns.AnyAsync(r => r.Trigger == "demo", Ct))
        {
            await DemoHistory.WriteAsync(db, _ => ExampleProfile.Create(), Ct);
        }

        var root = await DataScopeQueries.RootAsync(db, Ct);
        return (db, root!);
    }

    [Fact]
    public async Task History_EndsWithTheLedgerHoldingExactlyWhatTheEngineFindsOnTheDataDay()
    {
        var (db, root) = await WithHistoryAsync();
        await using var _ = db;
        var found = await Evaluator.EvaluateAsync(db, root, ExampleProfile.Create(), new EvaluationContext(DataDay.Year, DataDay), ct: Ct);

        var current = await db.Findings.AsNoTracking().Where(f => f.State != FindingState.Resolved)
            .Select(f => new { f.Rule, f.SubjectKind, f.SubjectId, f.Topic, f.Period }).ToListAsync(Ct);
        Assert.Equal(
            found.Findings.Select(f => $"{f.Rule}|{f.Subject.Kind}|{f.Subject.Id}|{f.Topic}|{f.Period}").Order(StringComparer.Ordinal),
            current.Select(f => $"{f.Rule}|{f.SubjectKind}|{f.SubjectId}|{f.Topic}|{f.Period}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task History_HasRunsEachMonth_AndFindingsInEveryState()
    {
        var (db, _) = await WithHistoryAsync();
        await using var __ = db;
        var runs = await db.EvaluationRuns.AsNoTracking().Where(r => r.Trigger == "demo").OrderBy(r => r.AsOf).ToListAsync(Ct);
        Assert.Equal(DemoHistory.Days(DataDay), runs.Select(r => r.AsOf));
        Assert.Equal(runs.Select(r => r.AsOf), runs.Select(r => DateOnly.FromDateTime(r.StartedAt + ChinaTime.Offset)));
        Assert.True(runs.Sum(r => r.Resolved) > 0, "some findings of earlier months are resolved by later runs");

        var states = await db.Findings.AsNoTracking().GroupBy(f => f.State).Select(g => g.Key).ToListAsync(Ct);
        foreach (var state in new[] { FindingState.Open, FindingState.Assigned, FindingState.Rectifying, FindingState.Explained, FindingState.SetAside, FindingState.Resolved })
        {
            Assert.Contains(state, states);
        }

        var kinds = await db.FindingEvents.AsNoTracking().Select(e => e.Kind).Distinct().ToListAsync(Ct);
        Assert.Contains(FindingEventKind.ExplanationAccepted, kinds);
        Assert.Contains(FindingEventKind.ExplanationRejected, kinds);
        Assert.Contains(db.FindingAttachments, a => a.ContentType == "application/pdf");
        // Those who explain never decide their own explanation.
        Assert.DoesNotContain(db.FindingExplanations, e => e.DecidedBy == e.SubmittedBy);
    }

    [Fact]
    public async Task Trend_CountsEachMonthsOpenedAndResolvedEvents_AndMediansOverResolvedFindings()
    {
        var (db, root) = await WithHistoryAsync();
        await using var _ = db;
        var trend = await LedgerReports.TrendAsync(db, root, DataDay.AddMonths(5), ct: Ct);

        Assert.Equal(12, trend.Months.Count);
        Assert.Equal(await db.FindingEvents.CountAsync(e => e.Kind == FindingEventKind.Resolved, Ct), trend.Months.Sum(m => m.Resolved));
        Assert.Equal(await db.FindingEvents.CountAsync(e => e.Kind == FindingEventKind.Opened || e.Kind == FindingEventKind.Reopened, Ct),
            trend.Months.Sum(m => m.Opened));
        Assert.True(trend.Months.Count(m => m.Opened > 0) >= 2, "findings open over several months");
        Assert.Equal(await db.Findings.CountAsync(f => f.State == FindingState.Resolved, Ct), trend.ByClause.Sum(c => c.Resolved));
        Assert.All(trend.ByClause, c => Assert.True(c.MedianDays > 0));
    }

    [Fact]
    public async Task TownshipLedger_ListsOnlyTheTownshipsOpenFindings_OverdueFirst()
    {
        var (db, _) = await WithHistoryAsync();
        await using var __ = db;
        var township = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Code).FirstAsync(Ct);
        var today = DataDay.AddMonths(5);

        var rows = await LedgerReports.TownshipAsync(db, new DataScope(township.Id, township.Path), township.Id, today, Ct);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Finding.TownshipId == township.Id && !FindingStates.IsClosed(r.Finding.State)));
        Assert.Equal(rows.OrderByDescending(r => r.Overdue).Select(r => r.Finding.Id), rows.Select(r => r.Finding.Id));
        Assert.Contains(rows, r => r.Overdue);
        // Another township's scope sees none of them.
        var other = await db.OrgUnits.AsNoTracking().Where(u => (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict) && u.Id != township.Id)
            .FirstAsync(Ct);
        Assert.Empty(await LedgerReports.TownshipAsync(db, new DataScope(other.Id, other.Path), township.Id, today, Ct));
    }

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 7 }, 7)]
    [InlineData(new[] { 9, 1, 5 }, 5)]
    [InlineData(new[] { 4, 1, 3, 10 }, 3.5)]
    public void Median_IsTheMiddleValue_OrTheMeanOfTheTwoMiddleOnes(int[] values, double median) =>
        Assert.Equal(median, LedgerReports.Median(values));
}

public sealed class SqliteDemoHistoryTests(SqliteFixture f) : DemoHistoryTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresDemoHistoryTests(PostgresFixture f) : DemoHistoryTests(f), IClassFixture<PostgresFixture>;
