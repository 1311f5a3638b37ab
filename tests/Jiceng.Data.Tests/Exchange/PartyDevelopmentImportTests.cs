using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Party members developed by villages (R10.4) as an import kind: bad rows store nothing and are refused cell by cell
/// with the API's checks (18 full years on admission, a village, a linked cadre in scope), a good file adds, a re-import
/// changes nothing, and export → import reproduces every field including the cadre link.
/// </summary>
public abstract class PartyDevelopmentImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("party-members")!, ImportFiles.Xlsx(new PartyDevelopmentImport(), rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Dictionary<string, object?> RowFor(string code, string name, DateOnly birth, DateOnly admitted, string? cadreId = null) =>
        new(StringComparer.Ordinal) { ["orgUnitCode"] = code, ["name"] = name, ["birthDate"] = birth, ["admittedOn"] = admitted, ["cadreIdNumber"] = cadreId };

    private static async Task<List<string>> StoredAsync(JicengDbContext db, DataScope scope) =>
        (await db.PartyMemberDevelopments.AsNoTracking().Where(m => db.OrgUnits.InScope(scope).Any(u => u.Id == m.OrgUnitId)).ToListAsync(Ct))
            .Select(m => $"{m.Id}|{m.OrgUnitId}|{m.Name}|{m.BirthDate:yyyy-MM-dd}|{m.AdmittedOn:yyyy-MM-dd}|{m.CadreId}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task PartyMembers_RefuseBadCells_AddThenReimportUnchanged_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var scope = new DataScope(towns[0].Id, towns[0].Path);
        var village = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == towns[0].Id && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).FirstAsync(Ct);
        var elsewhere = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == towns[1].Id && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).FirstAsync(Ct);
        var cadre = await db.Cadres.AsNoTracking().InScope(scope).OrderBy(c => c.Id).FirstAsync(Ct);
        var outsider = await db.Cadres.AsNoTracking().Where(c => c.OrgUnit!.Path.StartsWith(towns[1].Path)).OrderBy(c => c.Id).FirstAsync(Ct);
        var before = await StoredAsync(db, scope);
        var birth = new DateOnly(1998, 5, 20);

        // Refused: 17 on the admission day, a village outside the scope, a cadre outside the scope (shown masked),
        // a township (not a village). Nothing is stored.
        var bad = new[]
        {
            RowFor(village.Code, "导入甲", birth, new DateOnly(2016, 5, 19)),
            RowFor(elsewhere.Code, "导入乙", birth, new DateOnly(2024, 7, 1)),
            RowFor(village.Code, "导入丙", birth, new DateOnly(2024, 7, 1), outsider.IdNumber.Value),
            RowFor(towns[0].Code, "导入丁", birth, new DateOnly(2024, 7, 1)),
        };
        var refused = await ImportAsync(db, scope, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(2, "接收预备党员日期", "2016-05-19"), (3, "村（社区）代码", elsewhere.Code), (4, "关联干部身份证号码", outsider.IdNumber.Masked), (5, "村（社区）代码", towns[0].Code)],
            refused.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ToList<(int, string, string?)>());
        Assert.Contains("未满18周岁", refused.Errors.Single(e => e.Row == 2).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.Errors, e => e.Value == outsider.IdNumber.Value);
        Assert.Equal(before, await StoredAsync(db, scope));

        var rows = new[]
        {
            RowFor(village.Code, "导入甲", birth, new DateOnly(2024, 7, 1)),
            RowFor(village.Code, "导入丙", new DateOnly(1980, 1, 2), new DateOnly(2025, 7, 1), cadre.IdNumber.Value),
        };
        var committed = await ImportAsync(db, scope, rows, "发展党员.xlsx");
        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
        var linked = await db.PartyMemberDevelopments.AsNoTracking().SingleAsync(m => m.OrgUnitId == village.Id && m.Name == "导入丙", Ct);
        Assert.Equal((cadre.Id, 45), (linked.CadreId, linked.AgeOnAdmission));
        var stored = await StoredAsync(db, scope);
        Assert.Equal(before.Count + 2, stored.Count);

        var again = await ImportAsync(db, scope, rows, "再次.xlsx");
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, scope));

        // Round trip: spoil the admission day and cadre link, import the export, every field comes back.
        var exported = await PartyDevelopmentImport.ExportAsync(db, scope, Ct);
        Assert.Equal(stored.Count, exported.Count);
        Assert.Contains(exported, r => (string?)r["cadreIdNumber"] == cadre.IdNumber.Value && (int)r["ageOnAdmission"]! == 45);
        await db.PartyMemberDevelopments.Where(m => m.Id == linked.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AdmittedOn, new DateOnly(2025, 1, 1)).SetProperty(m => m.CadreId, (int?)null), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await StoredAsync(db, scope));
        var roundTrip = await ImportAsync(db, scope, exported, "导出.xlsx");
        Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
        Assert.Equal((0, 1, stored.Count - 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, scope));
    }
}

public sealed class SqlitePartyDevelopmentImportTests(SqliteFixture f) : PartyDevelopmentImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresPartyDevelopmentImportTests(PostgresFixture f) : PartyDevelopmentImportTests(f), IClassFixture<PostgresFixture>;
