using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Reserve development records as an import kind: each row finds the reserve's stretch in the village's pool that holds
/// its day; bad rows store nothing and are refused cell by cell with the API's checks, a good file adds, a re-import
/// changes nothing, a cadre outside the scope is refused (masked), and export → import reproduces every field.
/// </summary>
public abstract class ReserveDevelopmentImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("reserve-records")!, ImportFiles.Xlsx(new ReserveDevelopmentImport(), rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Dictionary<string, object?> RowFor(string id, string code, string kind, DateOnly on, string content, decimal? hours) =>
        new(StringComparer.Ordinal) { ["idNumber"] = id, ["orgUnitCode"] = code, ["kind"] = kind, ["on"] = on, ["content"] = content, ["hours"] = hours };

    private static async Task<List<string>> StoredAsync(JicengDbContext db, DataScope scope) =>
        (await db.ReserveDevelopmentRecords.AsNoTracking().Where(r => db.OrgUnits.InScope(scope).Any(u => u.Id == r.Membership!.OrgUnitId)).ToListAsync(Ct))
            .Select(r => $"{r.Id}|{r.MembershipId}|{r.Kind}|{r.On:yyyy-MM-dd}|{r.Content}|{r.Hours:0.0}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Records_RefuseBadCells_AddThenReimportUnchanged_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var scope = new DataScope(towns[0].Id, towns[0].Path);
        var reserve = await db.ReservePoolMemberships.AsNoTracking().Include(m => m.Cadre).Include(m => m.OrgUnit)
            .Where(m => m.To == null && m.OrgUnit!.ParentId == towns[0].Id).OrderBy(m => m.Id).FirstAsync(Ct);
        var otherVillage = await db.OrgUnits.AsNoTracking()
            .Where(u => u.ParentId == towns[0].Id && u.Kind == OrgUnitKind.Village && u.Id != reserve.OrgUnitId).OrderBy(u => u.Code).FirstAsync(Ct);
        var outsider = await db.ReservePoolMemberships.AsNoTracking().Include(m => m.Cadre)
            .Where(m => m.OrgUnit!.ParentId == towns[1].Id).OrderBy(m => m.Id).FirstAsync(Ct);
        var (id, code, on) = (reserve.Cadre!.IdNumber.Value, reserve.OrgUnit!.Code, reserve.From);
        var before = await StoredAsync(db, scope);

        // Refused: a day before the reserve entered the pool, hours on a participation, a village whose pool the reserve
        // is not in, a cadre outside the scope (shown masked). Nothing is stored.
        var bad = new[]
        {
            RowFor(id, code, "学习培训", on.AddDays(-1), "导入测试培训", 8m),
            RowFor(id, code, "参与村级工作", on, "导入测试参与", 2m),
            RowFor(id, otherVillage.Code, "学习培训", on, "导入测试培训", 8m),
            RowFor(outsider.Cadre!.IdNumber.Value, code, "学习培训", on, "导入测试培训", 8m),
        };
        var refused = await ImportAsync(db, scope, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(2, "日期", Core.Common.Dates.Format(on.AddDays(-1))), (3, "学时", "2"), (4, "村（社区）代码", otherVillage.Code), (5, "身份证号码", outsider.Cadre.IdNumber.Masked)],
            refused.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ToList<(int, string, string?)>());
        Assert.Contains("不在该干部作为后备干部的时间", refused.Errors.Single(e => e.Row == 2).Reason, StringComparison.Ordinal);
        Assert.Contains("参与村级工作不填", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(db, scope));

        var rows = new[] { RowFor(id, code, "学习培训", on, "导入测试培训", 8.5m), RowFor(id, code, "参与村级工作", on, "导入测试参与", null) };
        var committed = await ImportAsync(db, scope, rows, "培养记录.xlsx");
        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
        Assert.Equal(2, await db.ReserveDevelopmentRecords.CountAsync(r => r.MembershipId == reserve.Id && r.Content.StartsWith("导入测试"), Ct));
        var stored = await StoredAsync(db, scope);

        var again = await ImportAsync(db, scope, rows, "再次.xlsx");
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, scope));

        // Round trip: spoil the imported training's hours, import the export, every field comes back.
        var exported = await ReserveDevelopmentImport.ExportAsync(db, scope, Ct);
        Assert.Equal(stored.Count, exported.Count);
        await db.ReserveDevelopmentRecords.Where(r => r.MembershipId == reserve.Id && r.Content == "导入测试培训")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Hours, 1m), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await StoredAsync(db, scope));
        var roundTrip = await ImportAsync(db, scope, exported, "导出.xlsx");
        Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
        Assert.Equal((0, 1, stored.Count - 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, scope));
    }
}

public sealed class SqliteReserveDevelopmentImportTests(SqliteFixture f) : ReserveDevelopmentImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresReserveDevelopmentImportTests(PostgresFixture f) : ReserveDevelopmentImportTests(f), IClassFixture<PostgresFixture>;
