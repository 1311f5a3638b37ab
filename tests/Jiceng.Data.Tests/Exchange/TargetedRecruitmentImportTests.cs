using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Civil-service recruitment plans (R10.5) as an import kind: bad rows store nothing and are refused cell by cell with
/// the API's checks, a good file adds, a re-import changes nothing, a township user cannot load the district's plan,
/// and export → import reproduces every field.
/// </summary>
public abstract class TargetedRecruitmentImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create("recruitment-plans")!, ImportFiles.Xlsx(new TargetedRecruitmentImport(), rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Dictionary<string, object?> RowFor(string code, object year, object plan, object targeted) =>
        new(StringComparer.Ordinal) { ["orgUnitCode"] = code, ["year"] = year, ["planPositions"] = plan, ["targetedPositions"] = targeted };

    private static async Task<List<string>> StoredAsync(JicengDbContext db, DataScope scope) =>
        (await db.TargetedRecruitmentPlans.AsNoTracking().Where(p => db.OrgUnits.InScope(scope).Any(u => u.Id == p.OrgUnitId)).ToListAsync(Ct))
            .Select(p => $"{p.Id}|{p.OrgUnitId}|{p.Year}|{p.PlanPositions}|{p.TargetedPositions}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Plans_RefuseBadCells_AddThenReimportUnchanged_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var district = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.District).OrderBy(u => u.Code).FirstAsync(Ct);
        var root = new DataScope(district.Id, district.Path);
        var town = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
        var before = await StoredAsync(db, root);

        // Refused: more targeted than planned, a township (does not recruit), a year out of range, a count that is not a number.
        var bad = new[]
        {
            RowFor(district.Code, 2011, 30, 31),
            RowFor(town.Code, 2011, 30, 3),
            RowFor(district.Code, 1999, 30, 3),
            RowFor(district.Code, 2012, "三十", 3),
        };
        var refused = await ImportAsync(db, root, bad, "错误.xlsx");
        Assert.False(refused.Committed);
        Assert.Equal(
            [(2, "定向招录职位数", "31"), (3, "单位代码", town.Code), (4, "年度", "1999"), (5, "招录计划职位数", "三十")],
            refused.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ToList<(int, string, string?)>());
        Assert.Contains("多于招录计划职位数", refused.Errors.Single(e => e.Row == 2).Reason, StringComparison.Ordinal);
        Assert.Contains("只有区（县）、市", refused.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(db, root));

        // A township user cannot load the district's plan: same answer as a unit that does not exist.
        var outside = await ImportAsync(db, new DataScope(town.Id, town.Path), [RowFor(district.Code, 2011, 30, 3)], "越权.xlsx");
        Assert.Equal((2, "单位代码", "单位不存在或不在您的管理范围内"), (Assert.Single(outside.Errors).Row, outside.Errors[0].Column, outside.Errors[0].Reason));

        var rows = new[] { RowFor(district.Code, 2011, 30, 3), RowFor(district.Code, 2012, 40, 0) };
        var committed = await ImportAsync(db, root, rows, "招录计划.xlsx");
        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
        var stored = await StoredAsync(db, root);
        Assert.Equal(before.Count + 2, stored.Count);

        var again = await ImportAsync(db, root, rows, "再次.xlsx");
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

        var exported = await TargetedRecruitmentImport.ExportAsync(db, root, Ct);
        Assert.Equal(stored.Count, exported.Count);
        await db.TargetedRecruitmentPlans.Where(p => p.OrgUnitId == district.Id && p.Year == 2011).ExecuteUpdateAsync(s => s.SetProperty(p => p.TargetedPositions, 1), Ct);
        db.ChangeTracker.Clear();
        Assert.NotEqual(stored, await StoredAsync(db, root));
        var roundTrip = await ImportAsync(db, root, exported, "导出.xlsx");
        Assert.True(roundTrip.Committed, string.Join("\n", roundTrip.Errors));
        Assert.Equal((0, 1, stored.Count - 1), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
        Assert.Equal(stored, await StoredAsync(db, root));
    }
}

public sealed class SqliteTargetedRecruitmentImportTests(SqliteFixture f) : TargetedRecruitmentImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresTargetedRecruitmentImportTests(PostgresFixture f) : TargetedRecruitmentImportTests(f), IClassFixture<PostgresFixture>;
