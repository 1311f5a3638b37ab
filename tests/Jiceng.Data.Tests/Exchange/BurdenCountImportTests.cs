using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// The burden ledger (clause 六) as an import kind: a file with one bad row stores nothing and names each refused cell
/// (row, column, value, reason in Chinese); an xlsx sets the counts it fills and leaves the empty ones; a re-import
/// changes nothing; a CSV updates one count; a department imports for a township outside its own scope; export → import
/// reproduces the ledger.
/// </summary>
public abstract class BurdenCountImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private const int Year = 2011; // a year the demo has no ledger of
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, Stream file, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("burden-counts")!, file, new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Task<ImportResult> XlsxAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportAsync(db, scope, ImportFiles.Xlsx(new BurdenCountImport(), rows), name);

    private static Dictionary<string, object?> RowFor(string township, string department, object? meetings = null, object? documents = null, object? forms = null) =>
        new(StringComparer.Ordinal)
        {
            ["townshipCode"] = township, ["departmentCode"] = department, ["year"] = Year, ["meetings"] = meetings, ["documents"] = documents, ["forms"] = forms,
        };

    private static async Task<List<string>> LedgerAsync(JicengDbContext db, int townshipId) =>
        (await db.BurdenCounts.AsNoTracking().Where(c => c.TownshipId == townshipId && c.Year == Year).ToListAsync(Ct))
            .Select(c => $"{c.DepartmentId}|{c.Kind}|{c.Count}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task TheLedger_IsImportedAllOrNothing_RefusedCellByCell_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var (town, other) = (towns[0], towns[1]);
        var departments = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.DistrictDepartment && u.ParentId == town.ParentId)
            .OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        Assert.Equal(2, departments.Count);
        var (dept, dept2) = (departments[0], departments[1]);
        var scope = new DataScope(town.Id, town.Path);
        Assert.Empty(await LedgerAsync(db, town.Id));

        try
        {
            // One good row and four bad ones: nothing is stored, each refusal names its row and column.
            var bad = new[]
            {
                RowFor(town.Code, dept.Code, meetings: 5),
                RowFor(other.Code, dept.Code, meetings: 1),
                RowFor(town.Code, dept.Code, documents: -1),
                RowFor(town.Code, town.Code, forms: 2),
                RowFor(town.Code, dept2.Code),
            };
            var refused = await XlsxAsync(db, scope, bad, "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "乡镇代码", other.Code), (4, "发文", "-1"), (5, "部门代码", town.Code), (6, "会议", null)],
                refused.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ToList<(int, string, string?)>());
            Assert.Contains("本乡镇或本部门", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
            Assert.Contains("0 到 100000", refused.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
            Assert.Contains("区直部门", refused.Errors.Single(e => e.Row == 5).Reason, StringComparison.Ordinal);
            Assert.Contains("至少填写一项", refused.Errors.Single(e => e.Row == 6).Reason, StringComparison.Ordinal);
            Assert.Empty(await LedgerAsync(db, town.Id));

            var rows = new[] { RowFor(town.Code, dept.Code, meetings: 5, documents: 3), RowFor(town.Code, dept2.Code, forms: 2) };
            var committed = await XlsxAsync(db, scope, rows, "减负台账.xlsx");
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var stored = await LedgerAsync(db, town.Id);
            Assert.Equal(
                new[] { $"{dept.Id}|{BurdenKind.Meeting}|5", $"{dept.Id}|{BurdenKind.Document}|3", $"{dept2.Id}|{BurdenKind.Form}|2" }.Order(StringComparer.Ordinal),
                stored);

            var again = await XlsxAsync(db, scope, rows, "再次.xlsx");
            Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

            // A CSV (GB18030, the headers' aliases) changes one count; the empty cells leave the others.
            var csv = ImportFiles.Csv([["乡镇（街道）代码", "区直部门代码", "年度", "会议数", "发文数"], [town.Code, dept.Code, Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "4", ""]],
                TabularFile.Gb18030, bom: false);
            var updated = await ImportAsync(db, scope, csv, "台账.csv");
            Assert.True(updated.Committed, string.Join("\n", updated.Errors));
            Assert.Equal((0, 1, 0), (updated.Created, updated.Updated, updated.Unchanged));
            Assert.Contains($"{dept.Id}|{BurdenKind.Meeting}|4", await LedgerAsync(db, town.Id));
            Assert.Contains($"{dept.Id}|{BurdenKind.Document}|3", await LedgerAsync(db, town.Id));

            // A department writes the rows it imposed, on a township its own scope does not contain.
            var byDepartment = await XlsxAsync(db, new DataScope(dept.Id, dept.Path), [RowFor(other.Code, dept.Code, forms: 7)], "部门.xlsx");
            Assert.True(byDepartment.Committed, string.Join("\n", byDepartment.Errors));
            Assert.Equal([$"{dept.Id}|{BurdenKind.Form}|7"], await LedgerAsync(db, other.Id));

            // Round trip: spoil one count, import the export, every count comes back.
            stored = await LedgerAsync(db, town.Id);
            var exported = (await BurdenCountImport.ExportAsync(db, scope, Ct)).Where(r => (int)r["year"]! == Year).ToList();
            Assert.Equal(2, exported.Count);
            await db.BurdenCounts.Where(c => c.TownshipId == town.Id && c.Year == Year && c.Kind == BurdenKind.Form).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, 99), Ct);
            db.ChangeTracker.Clear();
            Assert.NotEqual(stored, await LedgerAsync(db, town.Id));
            var roundTrip = await XlsxAsync(db, scope, exported, "导出.xlsx");
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await LedgerAsync(db, town.Id));
        }
        finally
        {
            await db.BurdenCounts.Where(c => (c.TownshipId == town.Id || c.TownshipId == other.Id) && c.Year == Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteBurdenCountImportTests(SqliteFixture f) : BurdenCountImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresBurdenCountImportTests(PostgresFixture f) : BurdenCountImportTests(f), IClassFixture<PostgresFixture>;
