using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CadreRecordImports;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Home-trip claims as an import kind, decided by R8.1 as at entry: a file's claims are decided in trip-date order
/// whatever their order in the file, the third of one month past P8.trips_per_month_avg × months served is stored as not
/// reimbursable with its reason, and every decision (of that file and of a later one that sees the stored claims) is the
/// one entering the same claims one by one through <see cref="PostingCommands.AddClaimAsync"/> gives. Bad rows store
/// nothing; a claim dated before a stored one, or a stored claim with another amount, is refused; a re-import is
/// unchanged and export → import reproduces the claims.
/// </summary>
public abstract class TripClaimImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly PostingStart = new(Year, 1, 1);

    private static Dictionary<string, object?> RowFor(Core.Cadres.Cadre c, DateOnly trip, object amount, DateOnly? postingStart = null) =>
        new(Cadre(c), StringComparer.Ordinal) { ["postingStart"] = postingStart ?? PostingStart, ["tripDate"] = trip, ["amountYuan"] = amount, ["note"] = "高铁往返" };

    /// <summary>A cadre's claims as decided: date, amount, decision, test and reason, in trip-date order.</summary>
    private static async Task<List<string>> DecisionsAsync(JicengDbContext db, int cadreId) =>
        (await db.HomeTripClaims.AsNoTracking().Where(c => c.Posting!.CadreId == cadreId).OrderBy(c => c.TripDate).ThenBy(c => c.Id).ToListAsync(Ct))
            .Select(c => $"{c.TripDate}|{c.AmountYuan:0.00}|{c.Reimbursed}|{c.FailedTest}|{c.Reason}|{c.Note}").ToList();

    /// <summary>Enters the claims one by one in date order through the commands, as the page and the API do.</summary>
    private static async Task EnterAsync(JicengDbContext db, Data.Scope.DataScope scope, int postingId, IEnumerable<(DateOnly Date, decimal Amount)> claims)
    {
        foreach (var (date, amount) in claims.OrderBy(c => c.Date))
        {
            var result = await PostingCommands.AddClaimAsync(db, scope, postingId, new TripClaimInput { TripDate = date, AmountYuan = amount, Note = "高铁往返" },
                _ => ExampleProfile.Create(), Today, Ct);
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
    }

    [Fact]
    public async Task Claims_AreDecidedAsEntryDecidesThem_RefusalsAreStoredWithTheirReasons_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (scope, cadres, outside) = await SetUpAsync(db, Ct);
        var ids = cadres.Select(c => c.Id).ToList();
        var kind = new TripClaimImport();
        try
        {
            // Both cadres posted from 1 January: the first's claims come by file, the second's are entered one by one.
            var postings = new List<int>();
            foreach (var c in cadres.Take(2))
            {
                var added = await PostingCommands.AddAsync(db, scope, c.Id, new PostingInput { Start = PostingStart, HomePlace = "湖南省长沙市" }, Today, Ct);
                Assert.True(added.Succeeded, string.Join("\n", added.Errors));
                postings.Add(added.Value!.Id);
            }

            var bad = new[]
            {
                RowFor(cadres[0], new DateOnly(Year, 2, 3), 120m),
                RowFor(cadres[0], new DateOnly(Year, 2, 4), "0"),
                RowFor(cadres[0], new DateOnly(Year, 2, 5), "99.999"),
                RowFor(cadres[0], new DateOnly(Year, 2, 6), 120m, postingStart: PostingStart.AddDays(1)),
                RowFor(cadres[2], new DateOnly(Year, 2, 7), 120m),
                RowFor(outside, new DateOnly(Year, 2, 8), 120m),
            };
            var refused = await ImportAsync(db, scope, kind, bad, "错误.xlsx", Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(3, "申报金额（元）"), (4, "申报金额（元）"), (5, "异地任职起始日"), (6, "异地任职起始日"), (7, "身份证号码")], Cells(refused));
            Assert.Contains("最多两位小数", refused.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
            Assert.Empty(await DecisionsAsync(db, ids[0]));

            // Four trips, the file out of date order: with 1 trip a month on average, the third of February (3 > 1 × 2
            // months) is not reimbursable; March's is (the refused one does not count).
            var trips = new (DateOnly Date, decimal Amount)[] { (new(Year, 3, 5), 130m), (new(Year, 2, 20), 125.5m), (new(Year, 2, 3), 120m), (new(Year, 2, 10), 120m) };
            var committed = await ImportAsync(db, scope, kind, trips.Select(t => RowFor(cadres[0], t.Date, t.Amount)), "申报.xlsx", Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((4, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var decided = await DecisionsAsync(db, ids[0]);
            Assert.Equal([true, true, false, true], decided.Select(d => d.Split('|')[2] == "True"));
            Assert.Contains($"{TripTest.MonthlyAverage}|不予报销", decided[2], StringComparison.Ordinal);
            Assert.Contains("P8.trips_per_month_avg", decided[2], StringComparison.Ordinal);
            Assert.Contains("3 条准予报销，1 条不予报销", committed.Notices[0], StringComparison.Ordinal);
            Assert.Contains(committed.Notices, n => n.StartsWith("第 3 行（", StringComparison.Ordinal) && n.Contains("P8.trips_per_month_avg", StringComparison.Ordinal));

            await EnterAsync(db, scope, postings[1], trips);
            Assert.Equal(decided, await DecisionsAsync(db, ids[1]));

            // A later file sees the stored claims: 20 March is the fourth reimbursed of three months, so refused, as at entry;
            // the stored 3 February is unchanged.
            var later = new[] { RowFor(cadres[0], new DateOnly(Year, 3, 20), 90m), RowFor(cadres[0], new DateOnly(Year, 2, 3), 120m) };
            var second = await ImportAsync(db, scope, kind, later, "再次申报.xlsx", Ct);
            Assert.True(second.Committed, string.Join("\n", second.Errors));
            Assert.Equal((1, 0, 1), (second.Created, second.Updated, second.Unchanged));
            await EnterAsync(db, scope, postings[1], [(new DateOnly(Year, 3, 20), 90m)]);
            decided = await DecisionsAsync(db, ids[0]);
            Assert.Equal(decided, await DecisionsAsync(db, ids[1]));
            Assert.Contains("|False|", decided[^1], StringComparison.Ordinal);

            // A claim before a stored one of its year, and a stored claim with another amount, are refused as entry refuses them.
            var late = await ImportAsync(db, scope, kind, [RowFor(cadres[0], new DateOnly(Year, 1, 15), 80m), RowFor(cadres[0], new DateOnly(Year, 2, 10), 121m)], "补录.xlsx", Ct);
            Assert.Equal([(2, "往返日期"), (3, "申报金额（元）")], Cells(late));
            Assert.Contains("须按日期先后申报", late.Errors.Single(e => e.Row == 2).Reason, StringComparison.Ordinal);
            Assert.Equal(decided, await DecisionsAsync(db, ids[0]));

            // Export → import: unchanged; a spoiled note comes back, the decisions stay.
            var exported = (await TripClaimImport.ExportAsync(db, scope, Ct)).Where(r => (string)r["idNumber"]! == cadres[0].IdNumber.Value).ToList();
            Assert.Equal(5, exported.Count);
            Assert.Equal("超过平均每月可报销次数", exported[2]["reimbursed"]);
            await db.HomeTripClaims.Where(c => c.PostingId == postings[0] && c.TripDate == new DateOnly(Year, 2, 10)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Note, "误"), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, scope, kind, exported, "导出.xlsx", Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 4), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(decided, await DecisionsAsync(db, ids[0]));
        }
        finally
        {
            await CleanAsync(db, ids, Ct);
        }
    }
}

public sealed class SqliteTripClaimImportTests(SqliteFixture f) : TripClaimImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresTripClaimImportTests(PostgresFixture f) : TripClaimImportTests(f), IClassFixture<PostgresFixture>;
