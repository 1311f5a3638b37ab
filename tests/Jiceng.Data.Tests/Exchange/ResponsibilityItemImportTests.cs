using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Exchange.Kinds;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.BurdenImportSetup;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Power and responsibility list items (clause 六, R6.4) as an import kind: a file with bad rows stores nothing and names
/// each refused cell; a township imports its own and its villages' items; a re-import changes nothing; a change of legal
/// basis or an end day updates; another township's items are refused; export → import reproduces the lists.
/// </summary>
public abstract class ResponsibilityItemImportTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ResponsibilityItemImport Kind = new();

    private static Dictionary<string, object?> RowFor(string unit, string kind, string? title, string? basis = null, object? year = null, object? ended = null) =>
        new(StringComparer.Ordinal)
        {
            ["orgUnitCode"] = unit, ["year"] = year ?? Year, ["kind"] = kind, ["title"] = title, ["legalBasis"] = basis, ["endedOn"] = ended,
        };

    private static async Task<List<string>> ItemsAsync(JicengDbContext db, params int[] unitIds) =>
        (await db.ResponsibilityItems.AsNoTracking().Where(i => unitIds.Contains(i.OrgUnitId) && i.Year == Year).ToListAsync(Ct))
            .Select(i => $"{i.OrgUnitId}|{i.Kind}|{i.Title}|{i.LegalBasis}|{i.EndedOn}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task TheLists_AreImportedAllOrNothing_InScope_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var s = await LoadAsync(db);
        var scope = ScopeOf(s.Town);
        Assert.Empty(await ItemsAsync(db, s.Town.Id, s.Village.Id));

        var bad = new[]
        {
            RowFor(s.Town.Code, "责任清单", "农村人居环境整治", "《农村人居环境整治提升五年行动方案》"),
            RowFor(s.Other.Code, "责任清单", "防汛抗旱"),
            RowFor(s.Dept.Code, "权力清单", "行政检查"),
            RowFor(s.Town.Code, "其他清单", "森林防火"),
            RowFor(s.Town.Code, "权力清单", null),
            RowFor(s.Town.Code, "权力清单", "行政处罚", year: 1999),
        };
        var refused = await XlsxAsync(db, scope, Kind, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(3, "单位代码", s.Other.Code), (4, "单位代码", s.Dept.Code), (5, "清单类别", "其他清单"), (6, "事项名称", null), (7, "清单年度", "1999")],
            Cells(refused));
        Assert.Contains("管理范围内的乡镇（街道）或村（社区）", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Contains("必填", refused.Errors.Single(e => e.Row == 6).Reason, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync(db, s.Town.Id, s.Village.Id));

        var rows = new[]
        {
            RowFor(s.Town.Code, "责任清单", "农村人居环境整治", "《农村人居环境整治提升五年行动方案》"),
            RowFor(s.Town.Code, "权力清单", "行政处罚", "《中华人民共和国行政处罚法》"),
            RowFor(s.Village.Code, "责任清单", "村级公益事业建设"),
        };
        Committed(await XlsxAsync(db, scope, Kind, rows, "清单.xlsx"), 3, 0, 0);
        Committed(await XlsxAsync(db, scope, Kind, rows, "再次.xlsx"), 0, 0, 3);

        // A CSV with the headers' aliases: one item's legal basis corrected and another ended; the title's spaces do not make a new item.
        var csv = await CsvAsync(db, scope, "responsibility-items",
            [["区划代码", "年度", "清单类别", "清单事项", "法定依据", "最后适用日期"],
             [s.Town.Code, $"{Year}", "权力清单", " 行政处罚 ", "《行政处罚法》第二十四条", "2011-09-30"]], "更正.csv");
        Committed(csv, 0, 1, 0);
        var stored = await ItemsAsync(db, s.Town.Id, s.Village.Id);
        Assert.Equal(3, stored.Count);
        Assert.Contains($"{s.Town.Id}|{ResponsibilityListKind.Power}|行政处罚|《行政处罚法》第二十四条|{new DateOnly(2011, 9, 30)}", stored);

        // Another township may not write this township's list.
        var outOfScope = await XlsxAsync(db, ScopeOf(s.Other), Kind, [rows[0]], "他乡镇.xlsx");
        Assert.Equal([(2, "单位代码", s.Town.Code)], Cells(outOfScope));

        // Round trip: spoil one legal basis, import the export, the lists come back.
        var exported = (await ResponsibilityItemImport.ExportAsync(db, scope, Ct)).Where(r => (int)r["year"]! == Year).ToList();
        Assert.Equal(3, exported.Count);
        await db.ResponsibilityItems.Where(i => i.OrgUnitId == s.Village.Id && i.Year == Year).ExecuteUpdateAsync(u => u.SetProperty(i => i.LegalBasis, "错"), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await ItemsAsync(db, s.Town.Id, s.Village.Id));
        Committed(await XlsxAsync(db, scope, Kind, exported, "导出.xlsx"), 0, 1, 2);
        Assert.Equal(stored, await ItemsAsync(db, s.Town.Id, s.Village.Id));
    }
}

public sealed class SqliteResponsibilityItemImportTests(SqliteFixture f) : ResponsibilityItemImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresResponsibilityItemImportTests(PostgresFixture f) : ResponsibilityItemImportTests(f), IClassFixture<PostgresFixture>;
