using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>The kinds after org units, cadres and posts: terms with their seats, and reserve-pool memberships.</summary>
public abstract class ImportKindsTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, string kind, Stream file, string name = "导出.xlsx") =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind)!, file, new ImportRequest(name, true) { Today = Today, UserName = "tester", MaySetRemoteHardship = true }, ct: Ct);

    private static async Task<(DataScope Root, DataScope Town)> ScopesAsync(JicengDbContext db)
    {
        var root = (await DataScopeQueries.RootAsync(db, Ct))!;
        var town = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
        return (root, new DataScope(town.Id, town.Path));
    }

    private static Dictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> row) => new(row, StringComparer.Ordinal);

    private async Task<List<string>> TermsAsync(JicengDbContext db, DataScope scope) =>
        (await db.Terms.AsNoTracking().InScope(scope).Include(t => t.Seats).ToListAsync(Ct))
            .Select(t => $"{t.OrgUnitId}|{t.Body}|{t.Number}|{t.Start}|{t.End}|{string.Join(",", t.Seats.OrderBy(s => s.Kind).Select(s => $"{s.Kind}:{s.Count}"))}")
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Terms_ExportThenImport_ReproducesEveryField_AndReimportChangesNothing()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, town) = await ScopesAsync(db);
        var original = await TermsAsync(db, town);
        Assert.True(original.Count >= 2, "the demo town keeps terms of its team and its villages");
        var exported = await TermImport.ExportAsync(db, town, Ct);
        Assert.Equal(original.Count, exported.Count);

        // Spoil one term's end and another's seats, then import the export: every field comes back.
        var terms = await db.Terms.InScope(town).Include(t => t.Seats).OrderBy(t => t.Id).Take(2).ToListAsync(Ct);
        terms[0].End = terms[0].End.AddDays(-30);
        terms[1].Seats.RemoveAt(0);
        terms[1].Seats[0].Count += 5;
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(original, await TermsAsync(db, town));

        var result = await ImportAsync(db, town, "terms", ImportFiles.Xlsx(new TermImport(), exported));

        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal((0, 2, original.Count - 2), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(original, await TermsAsync(db, town));

        var again = await ImportAsync(db, town, "terms", ImportFiles.Xlsx(new TermImport(), await TermImport.ExportAsync(db, town, Ct)), "再次导出.xlsx");
        Assert.True(again.Committed, string.Join("\n", again.Errors));
        Assert.Equal((0, 0, original.Count), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(original, await TermsAsync(db, town));
    }

    [Fact]
    public async Task Terms_NewTermAndOneBadRow_CommitsNothingAndReportsThatRow()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, town) = await ScopesAsync(db);
        var original = await TermsAsync(db, town);
        var rows = (await TermImport.ExportAsync(db, town, Ct)).Select(Copy).ToList();
        var latest = rows.Where(r => (string)r["orgUnitCode"]! == (string)rows[0]["orgUnitCode"]!).MaxBy(r => (int)r["number"]!)!;
        var next = Copy(latest);
        next["number"] = (int)latest["number"]! + 1;
        next["start"] = ((DateOnly)latest["end"]!).AddDays(1);
        next["end"] = ((DateOnly)latest["end"]!).AddYears(5);
        rows.Add(next);
        var seats = rows[1]["seats"];
        rows[1]["seats"] = "乡镇党委书记:1；不存在的职务:2";

        var refused = await ImportAsync(db, town, "terms", ImportFiles.Xlsx(new TermImport(), rows), "新届次.xlsx");

        Assert.False(refused.Committed);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, "职数", "不存在的职务:2"), (error.Row, error.Column, error.Value));
        Assert.Contains("不是职务类别", error.Reason, StringComparison.Ordinal);
        Assert.Equal(original, await TermsAsync(db, town));

        // An overlapping new term is refused too, naming the term it overlaps.
        rows[1]["seats"] = seats;
        var overlapping = Copy(next);
        overlapping["number"] = (int)next["number"]! + 1;
        rows.Add(overlapping);
        var overlap = await ImportAsync(db, town, "terms", ImportFiles.Xlsx(new TermImport(), rows), "重叠.xlsx");
        var clash = Assert.Single(overlap.Errors);
        Assert.Equal((rows.Count + 1, "起始日期"), (clash.Row, clash.Column));
        Assert.Contains($"第{next["number"]}届", clash.Reason, StringComparison.Ordinal);
        Assert.Equal(original, await TermsAsync(db, town));

        rows.RemoveAt(rows.Count - 1);
        var committed = await ImportAsync(db, town, "terms", ImportFiles.Xlsx(new TermImport(), rows), "新届次2.xlsx");
        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((1, 0, original.Count), (committed.Created, committed.Updated, committed.Unchanged));
        await db.Terms.Where(t => t.Number == (int)next["number"]! && t.OrgUnit!.Code == (string)next["orgUnitCode"]!).ExecuteDeleteAsync(Ct);
        Assert.Equal(original, await TermsAsync(db, town));
    }

    [Fact]
    public async Task Terms_UnitOutsideScopeOrNotKeepingTerms_IsRefusedAtItsColumn()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, town) = await ScopesAsync(db);
        var other = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township && u.Id != town.OrgUnitId).OrderBy(u => u.Code).FirstAsync(Ct);
        var district = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == root.OrgUnitId, Ct);
        var row = new Dictionary<string, object?> { ["number"] = 30, ["start"] = new DateOnly(2040, 1, 1), ["end"] = new DateOnly(2044, 12, 31), ["seats"] = "乡镇党委书记:1" };
        var outside = Copy(row);
        outside["orgUnitCode"] = other.Code;
        var noTerms = Copy(row);
        noTerms["orgUnitCode"] = district.Code;

        var townResult = await ImportAsync(db, town, "terms", ImportFiles.Xlsx(new TermImport(), [outside]), "范围外.xlsx");
        var rootResult = await ImportAsync(db, root, "terms", ImportFiles.Xlsx(new TermImport(), [noTerms]), "区.xlsx");

        Assert.Equal((2, "单位代码", "单位不存在或不在您的管理范围内"), (townResult.Errors[0].Row, townResult.Errors[0].Column, townResult.Errors[0].Reason));
        Assert.Equal((2, "单位代码"), (rootResult.Errors[0].Row, rootResult.Errors[0].Column));
        Assert.Contains("只有乡镇", rootResult.Errors[0].Reason, StringComparison.Ordinal);
    }

    private async Task<List<string>> UnitsAsync(JicengDbContext db, DataScope scope) =>
        (await db.OrgUnits.AsNoTracking().InScope(scope).ToListAsync(Ct))
            .Select(u => $"{u.Id}|{u.Code}|{u.Name}|{u.Kind}|{u.ParentId}|{u.Path}|{u.IsRemoteHardship}|{u.SortOrder}|{u.EstablishedOn}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task OrgUnits_ExportThenImport_ReproducesEveryField_AndReimportChangesNothing()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, town) = await ScopesAsync(db);
        var units = await db.OrgUnits.InScope(town).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        units[0].EstablishedOn = new DateOnly(2019, 3, 1); // a village merged in 2019 (R10.2 reads the day)
        await db.SaveChangesAsync(Ct);
        var original = await UnitsAsync(db, town);
        Assert.True(original.Count >= 3, "the demo town has villages");
        var exported = await OrgUnitImport.ExportAsync(db, town, Ct);
        Assert.Equal(original.Count, exported.Count);
        Assert.Contains(exported, r => r["establishedOn"] is DateOnly d && d == new DateOnly(2019, 3, 1));

        // Spoil a name, an order, a 设立日期 and a remote flag of two units, then import the export: every field comes back.
        units[0].Name += "（改）";
        units[0].SortOrder += 7;
        units[0].EstablishedOn = null;
        units[1].IsRemoteHardship = !units[1].IsRemoteHardship;
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(original, await UnitsAsync(db, town));

        var result = await ImportAsync(db, town, "org-units", ImportFiles.Xlsx(new OrgUnitImport(), exported));

        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal((0, 2, original.Count - 2), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(original, await UnitsAsync(db, town));

        var again = await ImportAsync(db, town, "org-units", ImportFiles.Xlsx(new OrgUnitImport(), await OrgUnitImport.ExportAsync(db, town, Ct)), "再次导出.xlsx");
        Assert.True(again.Committed, string.Join("\n", again.Errors));
        Assert.Equal((0, 0, original.Count), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(original, await UnitsAsync(db, town));
    }

    [Fact]
    public async Task OrgUnits_EstablishedOn_IsCheckedAsTheApi_ReadUnderEitherHeader_AndKeptByAFileWithoutTheColumn()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, town) = await ScopesAsync(db);
        var village = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == town.OrgUnitId && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).FirstAsync(Ct);
        var townCode = (await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == town.OrgUnitId, Ct)).Code;
        string[] Row(string day) => [village.Code, village.Name, "行政村", townCode, village.IsRemoteHardship ? "是" : "否", village.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), day];
        string[] header = ["区划代码", "单位名称", "单位类型", "上级区划代码", "艰苦边远地区", "排序号", "设立日期"];
        Task<DateOnly?> StoredAsync() => db.OrgUnits.AsNoTracking().Where(u => u.Id == village.Id).Select(u => u.EstablishedOn).SingleAsync(Ct);
        var csv = (string[][] lines) => ImportFiles.Csv(lines, System.Text.Encoding.UTF8, bom: false);

        // The API's range (OrgUnitCommands.Validate), at the column; nothing stored.
        var refused = await ImportAsync(db, town, "org-units", csv([header, Row("1900-01-01")]), "设立日期.csv");
        Assert.False(refused.Committed);
        Assert.Equal((2, "设立日期", "1900-01-01"), (Assert.Single(refused.Errors).Row, refused.Errors[0].Column, refused.Errors[0].Value));
        Assert.Contains("1949-10-01", refused.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Null(await StoredAsync());

        // 成立日期 is read as the same column.
        var aliased = await ImportAsync(db, town, "org-units", csv([[.. header[..^1], "成立日期"], Row("2021-04-15")]), "成立日期.csv");
        Assert.True(aliased.Committed, string.Join("\n", aliased.Errors));
        Assert.Equal((0, 1, 0), (aliased.Created, aliased.Updated, aliased.Unchanged));
        Assert.Equal(new DateOnly(2021, 4, 15), await StoredAsync());

        // An older file without the column leaves the day alone; a blank cell clears it.
        var older = await ImportAsync(db, town, "org-units", csv([header[..^1], Row("")[..^1]]), "旧模板.csv");
        Assert.Equal((0, 0, 1), (older.Created, older.Updated, older.Unchanged));
        Assert.Equal(new DateOnly(2021, 4, 15), await StoredAsync());
        var cleared = await ImportAsync(db, town, "org-units", csv([header, Row("")]), "清空.csv");
        Assert.Equal((0, 1, 0), (cleared.Created, cleared.Updated, cleared.Unchanged));
        Assert.Null(await StoredAsync());
    }

    private async Task<List<string>> PostsAsync(JicengDbContext db, DataScope scope) =>
        (await db.PostAssignments.AsNoTracking().Where(InScope(db, scope)).ToListAsync(Ct))
            .Select(p => $"{p.Id}|{p.CadreId}|{p.OrgUnitId}|{p.Kind}|{p.Title}|{p.IsLeadershipTeamMember}|{p.Start}|{p.End}").Order(StringComparer.Ordinal).ToList();

    private static System.Linq.Expressions.Expression<Func<PostAssignment, bool>> InScope(JicengDbContext db, DataScope scope) =>
        p => db.OrgUnits.InScope(scope).Any(u => u.Id == p.OrgUnitId) && db.Cadres.InScope(scope).Any(c => c.Id == p.CadreId);

    [Fact]
    public async Task Posts_ExportThenImport_ReproducesEveryField_AndReimportChangesNothing()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, town) = await ScopesAsync(db);
        var original = await PostsAsync(db, town);
        Assert.True(original.Count >= 3, "the demo town keeps posts");
        var exported = await PostImport.ExportAsync(db, town, Ct);
        Assert.Equal(original.Count, exported.Count);
        Assert.Contains(exported, r => r["end"] is not null);

        // Spoil a title, a team membership and an end, then import the export: every field comes back.
        var ended = await db.PostAssignments.Where(InScope(db, town)).Where(p => p.End != null).OrderBy(p => p.Id).FirstAsync(Ct);
        var open = await db.PostAssignments.Where(InScope(db, town)).Where(p => p.End == null).OrderBy(p => p.Id).FirstAsync(Ct);
        ended.End = null;
        open.Title = "被改动的职务名称";
        open.IsLeadershipTeamMember = !open.IsLeadershipTeamMember;
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(original, await PostsAsync(db, town));

        var result = await ImportAsync(db, town, "posts", ImportFiles.Xlsx(new PostImport(), exported));

        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal((0, 2, original.Count - 2), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(original, await PostsAsync(db, town));

        var again = await ImportAsync(db, town, "posts", ImportFiles.Xlsx(new PostImport(), await PostImport.ExportAsync(db, town, Ct)), "再次导出.xlsx");
        Assert.True(again.Committed, string.Join("\n", again.Errors));
        Assert.Equal((0, 0, original.Count), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(original, await PostsAsync(db, town));
    }

    private async Task<List<string>> MembershipsAsync(JicengDbContext db, DataScope scope) =>
        (await db.ReservePoolMemberships.AsNoTracking().Where(m => db.OrgUnits.InScope(scope).Any(u => u.Id == m.OrgUnitId)).ToListAsync(Ct))
            .Select(m => $"{m.CadreId}|{m.OrgUnitId}|{m.From}|{m.To}|{m.LeaveReason}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task ReservePool_ExportThenImport_ReproducesEveryField_AndReimportChangesNothing()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, _) = await ScopesAsync(db);
        var original = await MembershipsAsync(db, root);
        Assert.True(original.Count >= 2, "the demo district keeps reserve pools");
        var exported = await ReservePoolImport.ExportAsync(db, root, Ct);
        Assert.Equal(original.Count, exported.Count);
        Assert.Contains(exported, r => r["to"] is not null);

        var left = await db.ReservePoolMemberships.Where(m => m.To != null).OrderBy(m => m.Id).FirstAsync(Ct);
        var open = await db.ReservePoolMemberships.Where(m => m.To == null).OrderBy(m => m.Id).FirstAsync(Ct);
        (left.To, left.LeaveReason) = (null, null);
        (open.To, open.LeaveReason) = (Today, "测试出库");
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();

        var result = await ImportAsync(db, root, "reserve-pool", ImportFiles.Xlsx(new ReservePoolImport(), exported));

        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal((0, 2, original.Count - 2), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(original, await MembershipsAsync(db, root));

        var again = await ImportAsync(db, root, "reserve-pool", ImportFiles.Xlsx(new ReservePoolImport(), await ReservePoolImport.ExportAsync(db, root, Ct)), "再次导出.xlsx");
        Assert.Equal((0, 0, original.Count), (again.Created, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task ReservePool_OneBadRow_CommitsNothingAndReportsThatRow()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, _) = await ScopesAsync(db);
        var original = await MembershipsAsync(db, root);
        var rows = (await ReservePoolImport.ExportAsync(db, root, Ct)).Select(Copy).ToList();
        var openRow = rows.FindIndex(r => r["to"] is null);
        rows[openRow]["to"] = Today; // leaving without a reason
        var unknown = rows.FindIndex(openRow + 1, r => r["to"] is null);
        rows[unknown]["name"] = "别人";
        var township = rows.Count;
        var town = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
        var atTown = Copy(rows[0]);
        atTown["orgUnitCode"] = town.Code;
        atTown["from"] = new DateOnly(2001, 1, 1);
        rows.Add(atTown);

        var refused = await ImportAsync(db, root, "reserve-pool", ImportFiles.Xlsx(new ReservePoolImport(), rows), "后备.xlsx");

        Assert.False(refused.Committed);
        Assert.Collection(refused.Errors.OrderBy(e => e.Row),
            e => Assert.Equal((openRow + 2, "出库原因", "出库时必填"), (e.Row, e.Column, e.Reason)),
            e => Assert.Equal((unknown + 2, "姓名", "别人"), (e.Row, e.Column, e.Value)),
            e => Assert.Equal((township + 2, "村（社区）代码", town.Code), (e.Row, e.Column, e.Value)));
        Assert.Equal(original, await MembershipsAsync(db, root));
    }
}

public sealed class SqliteImportKindsTests(SqliteFixture f) : ImportKindsTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresImportKindsTests(PostgresFixture f) : ImportKindsTests(f), IClassFixture<PostgresFixture>;
