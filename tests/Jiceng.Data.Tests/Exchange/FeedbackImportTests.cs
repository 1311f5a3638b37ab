using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Multi-source feedback as an import kind: a township's entries of a year create its assessment when the row names
/// the category, bad rows are refused cell by cell (row, column, value, reason), a re-import changes nothing, and
/// export → import reproduces the entries.
/// </summary>
public abstract class FeedbackImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private const int Year = 2012; // a year the demo has no assessment of
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("feedback")!, ImportFiles.Xlsx(new FeedbackImport(), rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Dictionary<string, object?> RowFor(string code, string source, int respondents, decimal score, string? category = "农业型") => new(StringComparer.Ordinal)
    {
        ["townshipCode"] = code, ["year"] = Year, ["source"] = source, ["respondents"] = respondents, ["score"] = score,
        ["collectedOn"] = new DateOnly(Year + 1, 1, 15), ["category"] = category,
    };

    private static async Task<List<string>> EntriesAsync(JicengDbContext db, int townshipId) =>
        (await db.TownshipAssessments.AsNoTracking().Where(a => a.TownshipId == townshipId && a.Year == Year).SelectMany(a => a.Feedback).ToListAsync(Ct))
            .Select(f => $"{f.Source}|{f.Respondents}|{f.Score:0.00}|{f.CollectedOn:yyyy-MM-dd}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Feedback_CreatesTheAssessment_RefusesBadCells_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var (town, other) = (towns[0], towns[1]);
        var scope = new DataScope(town.Id, town.Path);
        Assert.False(await db.TownshipAssessments.AnyAsync(a => a.TownshipId == town.Id && a.Year == Year, Ct));

        try
        {
            // Refused cell by cell: a score above 100, an unknown source, another township (outside the scope), no category for a new assessment.
            var bad = new[]
            {
                RowFor(town.Code, "服务对象", 30, 100.5m),
                RowFor(town.Code, "群众", 30, 90m),
                RowFor(other.Code, "村干部", 10, 80m),
                RowFor(town.Code, "党员群众", 10, 80m, category: null),
            };
            var refused = await ImportAsync(db, scope, bad, "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal(
                [(2, "平均分", "100.5"), (3, "评价来源", "群众"), (4, "乡镇代码", other.Code), (5, "乡镇类别", null)],
                refused.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ToList<(int, string, string?)>());
            Assert.Contains("服务对象、村干部、党员群众", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
            Assert.Contains("尚未录入", refused.Errors.Single(e => e.Row == 5).Reason, StringComparison.Ordinal);
            Assert.Empty(await EntriesAsync(db, town.Id));

            var rows = new[] { RowFor(town.Code, "服务对象", 30, 90m), RowFor(town.Code, "村干部", 10, 70m), RowFor(town.Code, "党员群众", 20, 85.5m, category: null) };
            var committed = await ImportAsync(db, scope, rows, "多元评价.xlsx");
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var assessment = await db.TownshipAssessments.AsNoTracking().SingleAsync(a => a.TownshipId == town.Id && a.Year == Year, Ct);
            Assert.Equal("农业型", assessment.Category);
            var stored = await EntriesAsync(db, town.Id);
            Assert.Equal(3, stored.Count);

            // A category other than the stored one is refused.
            var otherCategory = await ImportAsync(db, scope, [RowFor(town.Code, "服务对象", 30, 90m, category: "城郊型")], "类别.xlsx");
            Assert.Equal((2, "乡镇类别"), (Assert.Single(otherCategory.Errors).Row, otherCategory.Errors[0].Column));

            var again = await ImportAsync(db, scope, rows, "再次.xlsx");
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));

            // Round trip: spoil one entry, import the export, every field comes back.
            var exported = (await FeedbackImport.ExportAsync(db, scope, Ct)).Where(r => (int)r["year"]! == Year).ToList();
            Assert.Equal(3, exported.Count);
            await db.AssessmentFeedback.Where(f => f.TownshipAssessmentId == assessment.Id && f.Respondents == 10).ExecuteUpdateAsync(s => s.SetProperty(f => f.Score, 1m), Ct);
            db.ChangeTracker.Clear();
            Assert.NotEqual(stored, await EntriesAsync(db, town.Id));
            var roundTrip = await ImportAsync(db, scope, exported, "导出.xlsx");
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await EntriesAsync(db, town.Id));
        }
        finally
        {
            await db.TownshipAssessments.Where(a => a.TownshipId == town.Id && a.Year == Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteFeedbackImportTests(SqliteFixture f) : FeedbackImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresFeedbackImportTests(PostgresFixture f) : FeedbackImportTests(f), IClassFixture<PostgresFixture>;
