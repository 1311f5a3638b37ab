using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Turnover housing units as an import kind: bad rows store nothing and name each refused cell (a township out of scope,
/// the validator's area, a label used twice in the file); a good file commits; a re-import is unchanged (the stored
/// unit's own label is no clash); export → import restores a spoiled area.
/// </summary>
public abstract class HousingImportTests(DatabaseFixture fixture)
{
    private const string Prefix = "导入测试"; // labels the demo never uses
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> RowFor(string town, string label, object? area) =>
        Row(("townshipCode", town), ("label", Prefix + label), ("areaM2", area));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, int townId) =>
        (await db.TurnoverHousingUnits.AsNoTracking().Where(u => u.TownshipId == townId && u.Label.StartsWith(Prefix)).ToListAsync(Ct))
            .Select(u => $"{u.Label}|{Yuan(u.AreaM2)}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task HousingUnits_AreImportedAllOrNothing_RefusedCellByCell_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var p = await PlacesAsync(db, Ct);
        Assert.Empty(await StoredAsync(db, p.Town.Id));
        try
        {
            var bad = new[]
            {
                RowFor(p.Town.Code, "1号楼101", "45.5"),
                RowFor(p.OtherTown.Code, "1号楼102", "40"),
                RowFor(p.Town.Code, "1号楼103", "0"),
                RowFor(p.Town.Code, "1号楼104", "30.125"),
                RowFor(p.Town.Code, "1号楼101", "45.5"),
                RowFor(p.Town.Code, "1号楼105", "四十"),
            };
            var refused = await ImportAsync(db, p.Scope, "turnover-housing", bad, Ct);
            Assert.False(refused.Committed);
            Assert.Equal(
                [(3, "乡镇代码", p.OtherTown.Code), (4, "面积（平方米）", "0"), (5, "面积（平方米）", "30.125"), (6, "乡镇代码", null), (7, "面积（平方米）", "四十")],
                Cells(refused));
            Assert.Contains("最多两位小数", Reason(refused, 5), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, p.Town.Id));

            var rows = new[] { RowFor(p.Town.Code, "1号楼101", "45.5"), RowFor(p.Town.Code, "1号楼102", null) };
            var committed = await ImportAsync(db, p.Scope, "turnover-housing", rows, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            Assert.Equal([$"{Prefix}1号楼101|45.50", $"{Prefix}1号楼102|-"], await StoredAsync(db, p.Town.Id));

            var again = await ImportAsync(db, p.Scope, "turnover-housing", rows, Ct);
            Assert.True(again.Committed, string.Join("\n", again.Errors));
            Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

            var stored = await StoredAsync(db, p.Town.Id);
            var exported = (await HousingImport.ExportAsync(db, p.Scope, Ct)).Where(r => ((string)r["label"]!).StartsWith(Prefix, StringComparison.Ordinal)).ToList();
            Assert.Equal(2, exported.Count);
            await db.TurnoverHousingUnits.Where(u => u.TownshipId == p.Town.Id && u.Label == Prefix + "1号楼101").ExecuteUpdateAsync(s => s.SetProperty(u => u.AreaM2, 99m), Ct);
            db.ChangeTracker.Clear();
            var roundTrip = await ImportAsync(db, p.Scope, "turnover-housing", exported, Ct);
            Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
            Assert.Equal((0, 1, 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
            Assert.Equal(stored, await StoredAsync(db, p.Town.Id));
        }
        finally
        {
            await db.TurnoverHousingUnits.Where(u => u.TownshipId == p.Town.Id && u.Label.StartsWith(Prefix)).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteHousingImportTests(SqliteFixture f) : HousingImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresHousingImportTests(PostgresFixture f) : HousingImportTests(f), IClassFixture<PostgresFixture>;
