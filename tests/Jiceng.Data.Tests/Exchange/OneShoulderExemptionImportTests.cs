using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// One-shoulder exemptions (R10.1) as an import kind: bad rows store nothing and are refused cell by cell with the API's
/// checks, a good file adds, a re-import changes nothing, a village outside the scope is refused, and export → import
/// reproduces every field.
/// </summary>
public abstract class OneShoulderExemptionImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly DateOnly From = new(2013, 3, 1); // before every demo exemption
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("one-shoulder-exemptions")!, ImportFiles.Xlsx(new OneShoulderExemptionImport(), rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Dictionary<string, object?> RowFor(string code, DateOnly from, DateOnly? to, string? reason = "书记不具备村委会主任候选人资格") =>
        new(StringComparer.Ordinal) { ["orgUnitCode"] = code, ["from"] = from, ["to"] = to, ["reason"] = reason };

    private static async Task<List<string>> StoredAsync(JicengDbContext db, DataScope scope) =>
        (await db.OneShoulderExemptions.AsNoTracking().Where(e => db.OrgUnits.InScope(scope).Any(u => u.Id == e.OrgUnitId)).ToListAsync(Ct))
            .Select(e => $"{e.Id}|{e.OrgUnitId}|{e.From:yyyy-MM-dd}|{e.To:yyyy-MM-dd}|{e.Reason}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Exemptions_RefuseBadCells_AddThenReimportUnchanged_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var scope = new DataScope(towns[0].Id, towns[0].Path);
        var villages = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == towns[0].Id && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var elsewhere = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == towns[1].Id && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).FirstAsync(Ct);
        var before = await StoredAsync(db, scope);

        // Refused cell by cell: an end before the start, a village of another township (outside the scope), a township
        // (not a village), no reason. Nothing is stored.
        var bad = new[]
        {
            RowFor(villages[0].Code, From, From.AddDays(-1)),
            RowFor(elsewhere.Code, From, null),
            RowFor(towns[0].Code, From, null),
            RowFor(villages[1].Code, From, null, reason: null),
        };
        var refused = await ImportAsync(db, scope, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(2, "截止日期", "2013-02-28"), (3, "村（社区）代码", elsewhere.Code), (4, "村（社区）代码", towns[0].Code), (5, "理由", null)],
            refused.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ToList<(int, string, string?)>());
        Assert.Contains("早于起始日期", refused.Errors.Single(e => e.Row == 2).Reason, StringComparison.Ordinal);
        Assert.Contains("只有村（社区）", refused.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(db, scope));

        var rows = new[] { RowFor(villages[0].Code, From, From.AddYears(1)), RowFor(villages[1].Code, From, null) };
        var committed = await ImportAsync(db, scope, rows, "例外.xlsx");
        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
        var stored = await StoredAsync(db, scope);
        Assert.Equal(before.Count + 2, stored.Count);

        var again = await ImportAsync(db, scope, rows, "再次.xlsx");
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, scope));

        // Round trip: spoil one exemption's reason and end, import the export, every field comes back.
        var exported = await OneShoulderExemptionImport.ExportAsync(db, scope, Ct);
        Assert.Equal(stored.Count, exported.Count);
        await db.OneShoulderExemptions.Where(e => e.OrgUnitId == villages[0].Id && e.From == From)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "改动").SetProperty(e => e.To, (DateOnly?)null), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await StoredAsync(db, scope));
        var roundTrip = await ImportAsync(db, scope, exported, "导出.xlsx");
        Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
        Assert.Equal((0, 1, stored.Count - 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, scope));
    }
}

public sealed class SqliteOneShoulderExemptionImportTests(SqliteFixture f) : OneShoulderExemptionImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresOneShoulderExemptionImportTests(PostgresFixture f) : OneShoulderExemptionImportTests(f), IClassFixture<PostgresFixture>;
