using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CadreRecordImports;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Cross-region postings as an import kind: bad rows (an end before the start, no home place, two rows of one cadre that
/// overlap, a cadre outside the scope) store nothing and are named cell by cell; a good file commits; a re-import is
/// unchanged; a stored posting's end is updated by its cadre and start; export → import reproduces the postings.
/// </summary>
public abstract class PostingImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, DateOnly start, DateOnly? end, string? home = "湖南省长沙市") =>
        new(Cadre(c), StringComparer.Ordinal) { ["start"] = start, ["end"] = end, ["homePlace"] = home, ["document"] = "区委组〔2013〕1号" };

    private static async Task<List<string>> PostingsAsync(JicengDbContext db, IEnumerable<int> cadreIds) =>
        (await db.CrossRegionPostings.AsNoTracking().Where(p => cadreIds.Contains(p.CadreId)).ToListAsync(Ct))
            .Select(p => $"{p.CadreId}|{p.Start}|{p.End}|{p.HomePlace}|{p.Document}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Postings_AreImportedAllOrNothing_WithoutOverlaps_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (scope, cadres, outside) = await SetUpAsync(db, Ct);
        var ids = cadres.Select(c => c.Id).ToList();
        var kind = new PostingImport();
        var (start, next) = (new DateOnly(Year, 1, 1), new DateOnly(Year + 2, 1, 1));
        try
        {
            var bad = new[]
            {
                RowFor(cadres[0], start, next.AddDays(-1)),
                RowFor(cadres[0], next, start),
                RowFor(cadres[1], start, null, home: null),
                RowFor(cadres[0], next.AddDays(-10), null),
                RowFor(outside, start, null),
            };
            var refused = await ImportAsync(db, scope, kind, bad, "错误.xlsx", Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(3, "异地任职截止日"), (4, "家庭居住地"), (5, "异地任职起始日"), (6, "身份证号码")], Cells(refused));
            Assert.Contains("与第 2 行的异地任职重叠", refused.Errors.Single(e => e.Row == 5).Reason, StringComparison.Ordinal);
            Assert.Empty(await PostingsAsync(db, ids));

            var rows = new[] { RowFor(cadres[0], start, next.AddDays(-1)), RowFor(cadres[0], next, null), RowFor(cadres[1], start, null) };
            var committed = await ImportAsync(db, scope, kind, rows, "异地任职.xlsx", Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var stored = await PostingsAsync(db, ids);
            var again = await ImportAsync(db, scope, kind, rows, "再次.xlsx", Ct);
            Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));

            // A stored posting that a new row would overlap is named with its dates, as the API names it.
            var overlapping = await ImportAsync(db, scope, kind, [RowFor(cadres[1], start.AddMonths(6), null)], "重叠.xlsx", Ct);
            Assert.Equal([(2, "异地任职起始日")], Cells(overlapping));
            Assert.Contains($"与已登记的异地任职（{Year}-01-01 至 今）重叠", overlapping.Errors[0].Reason, StringComparison.Ordinal);

            // Export → import: a spoiled end comes back.
            var exported = (await PostingImport.ExportAsync(db, scope, Ct)).Where(r => cadres.Any(c => c.IdNumber.Value == (string)r["idNumber"]!)).ToList();
            Assert.Equal(3, exported.Count);
            await db.CrossRegionPostings.Where(p => p.CadreId == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(p => p.End, next), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, scope, kind, exported, "导出.xlsx", Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await PostingsAsync(db, ids));
        }
        finally
        {
            await CleanAsync(db, ids, Ct);
        }
    }
}

public sealed class SqlitePostingImportTests(SqliteFixture f) : PostingImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresPostingImportTests(PostgresFixture f) : PostingImportTests(f), IClassFixture<PostgresFixture>;
