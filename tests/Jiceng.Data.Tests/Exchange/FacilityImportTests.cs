using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Township facilities, the five smalls (R8.6), as an import kind: bad rows store nothing and name each refused cell (an
/// unknown facility, a township out of scope, the validator's days and note); a good file commits; a re-import is
/// unchanged; a second file closes a facility (update); export → import restores a spoiled record.
/// </summary>
public abstract class FacilityImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Opened = new(2011, 4, 1); // a day the demo opens nothing on
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(string town, string kind, DateOnly opened, DateOnly? closed = null, string? note = null) =>
        Row(("townshipCode", town), ("kind", kind), ("openedOn", opened), ("closedOn", closed), ("note", note));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, int townId) =>
        (await db.TownshipFacilities.AsNoTracking().Where(f => f.TownshipId == townId && f.OpenedOn.Year == Opened.Year).ToListAsync(Ct))
            .Select(f => $"{f.Kind}|{f.OpenedOn}|{f.ClosedOn}|{f.Note}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Facilities_AreImportedAllOrNothing_RefusedCellByCell_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var p = await PlacesAsync(db, Ct);
        Assert.Empty(await StoredAsync(db, p.Town.Id));
        try
        {
            var bad = new[]
            {
                RowFor(p.Town.Code, "小食堂", Opened),
                RowFor(p.Town.Code, "小花园", Opened),
                RowFor(p.OtherTown.Code, "小厕所", Opened),
                RowFor(p.Town.Code, "小澡堂", Opened, Opened.AddDays(-1)),
                RowFor(p.Town.Code, "小图书室", new DateOnly(2026, 7, 1)),
                RowFor(p.Village.Code, "小文体室", Opened),
                RowFor(p.Town.Code, "小文体室", Opened, note: new string('备', 201)),
            };
            var refused = await ImportAsync(db, p.Scope, "township-facilities", bad, Ct);
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "设施", "小花园"), (4, "乡镇代码", p.OtherTown.Code), (5, "停用日期", Opened.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                 (6, "投入使用日期", "2026-07-01"), (7, "乡镇代码", p.Village.Code), (8, "备注", new string('备', 201))],
                Cells(refused));
            Assert.Contains("不能早于开始日期", Reason(refused, 5), StringComparison.Ordinal);
            Assert.Contains("最多200个字", Reason(refused, 8), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, p.Town.Id));

            var rows = new[] { RowFor(p.Town.Code, "小食堂", Opened), RowFor(p.Town.Code, "Toilet", Opened, note: "二楼东侧") };
            var committed = await ImportAsync(db, p.Scope, "township-facilities", rows, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));

            var again = await ImportAsync(db, p.Scope, "township-facilities", rows, Ct);
            Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

            var closed = await ImportAsync(db, p.Scope, "township-facilities", [RowFor(p.Town.Code, "小食堂", Opened, new DateOnly(2020, 12, 31), "已拆除")], Ct);
            Assert.Equal((0, 1, 0), (closed.Created, closed.Updated, closed.Unchanged));
            Assert.Equal([$"Canteen|{Opened}|{new DateOnly(2020, 12, 31)}|已拆除", $"Toilet|{Opened}||二楼东侧"], await StoredAsync(db, p.Town.Id));

            var stored = await StoredAsync(db, p.Town.Id);
            var exported = (await FacilityImport.ExportAsync(db, p.Scope, Ct)).Where(r => ((DateOnly)r["openedOn"]!).Year == Opened.Year).ToList();
            Assert.Equal(2, exported.Count);
            await db.TownshipFacilities.Where(f => f.TownshipId == p.Town.Id && f.OpenedOn == Opened)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.ClosedOn, (DateOnly?)null).SetProperty(f => f.Note, "改"), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, p.Scope, "township-facilities", exported, Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 2, 0), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await StoredAsync(db, p.Town.Id));
        }
        finally
        {
            await db.TownshipFacilities.Where(f => f.TownshipId == p.Town.Id && f.OpenedOn.Year == Opened.Year).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteFacilityImportTests(SqliteFixture f) : FacilityImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresFacilityImportTests(PostgresFixture f) : FacilityImportTests(f), IClassFixture<PostgresFixture>;
