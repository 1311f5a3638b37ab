using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Annual grades as an import kind: R5.1's cap is applied to the stored grades and the file's rows together (a file
/// within the cap commits; one 优秀 over it refuses the whole file naming that row and the cap), and export → import
/// reproduces the grades.
/// </summary>
public abstract class GradeImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private const int Year = 2012; // a year the demo history does not grade
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("grades")!, ImportFiles.Xlsx(new GradeImport(), rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester", ProfileOn = _ => ExampleProfile.Create() }, ct: Ct);

    private static Dictionary<string, object?> RowFor(Cadre c, string townCode, string grade) => new(StringComparer.Ordinal)
    {
        ["idNumber"] = c.IdNumber.Value, ["name"] = c.Name, ["year"] = Year, ["grade"] = grade, ["orgUnitCode"] = townCode,
    };

    private static async Task<List<string>> GradesAsync(JicengDbContext db, IEnumerable<int> cadreIds) =>
        (await db.CadreYearlyGrades.AsNoTracking().Where(g => cadreIds.Contains(g.CadreId) && g.Year == Year).ToListAsync(Ct))
            .Select(g => $"{g.CadreId}|{g.Year}|{g.GradeCode}|{g.OrgUnitId}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Grades_WithinTheCapCommit_OneExcellentOverItRefusesTheFile_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var town = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
        var scope = new DataScope(town.Id, town.Path);
        var cadres = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == town.Id).OrderBy(c => c.Id).Take(10).ToListAsync(Ct);
        Assert.True(cadres.Count >= 5, "the demo township has its own cadres");
        var ids = cadres.Select(c => c.Id).ToList();
        Assert.False(await db.CadreYearlyGrades.AnyAsync(g => g.OrgUnitId == town.Id && g.Year == Year, Ct));
        var cap = ExcellentCap.Of(cadres.Count, ExampleProfile.Create().At(new DateOnly(Year, 12, 31)));
        Assert.InRange(cap, 1, cadres.Count - 1);

        try
        {
            // Exactly the cap of 优秀, the rest 称职: committed.
            var rows = cadres.Select((c, i) => RowFor(c, town.Code, i < cap ? "优秀" : "称职")).ToList();
            var committed = await ImportAsync(db, scope, rows, "考核.xlsx");
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((cadres.Count, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var stored = await GradesAsync(db, ids);
            Assert.Equal(cap, stored.Count(s => s.EndsWith($"|{AssessmentGrades.Excellent}|{town.Id}", StringComparison.Ordinal)));

            // One more 优秀 in the file: the whole file is refused at that row, naming the cap; nothing changes.
            var over = rows.Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
            over[cap]["grade"] = "优秀";
            over[^1]["grade"] = "基本称职";
            var refused = await ImportAsync(db, scope, over, "超限.xlsx");
            Assert.False(refused.Committed);
            var error = Assert.Single(refused.Errors);
            Assert.Equal((cap + 2, "考核等次", "优秀"), (error.Row, error.Column, error.Value));
            Assert.Contains("第五条（R5.1）", error.Reason, StringComparison.Ordinal);
            Assert.Contains($"上限为{cap}人", error.Reason, StringComparison.Ordinal);
            Assert.Equal(stored, await GradesAsync(db, ids));

            // The stored grades count too: a one-row file that turns a 称职 into 优秀 is refused as well.
            var single = await ImportAsync(db, scope, [over[cap]], "单行.xlsx");
            Assert.False(single.Committed);
            Assert.Equal((2, "考核等次"), (single.Errors[0].Row, single.Errors[0].Column));
            Assert.Contains($"上限为{cap}人", single.Errors[0].Reason, StringComparison.Ordinal);

            // Re-import: unchanged. Round trip: spoil two grades, import the export, every field comes back.
            var again = await ImportAsync(db, scope, rows, "再次.xlsx");
            Assert.Equal((0, 0, cadres.Count), (again.Created, again.Updated, again.Unchanged));
            var exported = (await GradeImport.ExportAsync(db, scope, Ct)).Where(r => (int)r["year"]! == Year).ToList();
            Assert.Equal(cadres.Count, exported.Count);
            await db.CadreYearlyGrades.Where(g => g.CadreId == ids[0] && g.Year == Year).ExecuteUpdateAsync(s => s.SetProperty(g => g.GradeCode, AssessmentGrades.Competent), Ct);
            var last = ids[^1];
            await db.CadreYearlyGrades.Where(g => g.CadreId == last && g.Year == Year).ExecuteUpdateAsync(s => s.SetProperty(g => g.GradeCode, AssessmentGrades.Incompetent), Ct);
            db.ChangeTracker.Clear();
            Assert.NotEqual(stored, await GradesAsync(db, ids));
            var roundTrip = await ImportAsync(db, scope, exported, "导出.xlsx");
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 2, cadres.Count - 2), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await GradesAsync(db, ids));
        }
        finally
        {
            await db.CadreYearlyGrades.Where(g => ids.Contains(g.CadreId) && g.Year == Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteGradeImportTests(SqliteFixture f) : GradeImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresGradeImportTests(PostgresFixture f) : GradeImportTests(f), IClassFixture<PostgresFixture>;
