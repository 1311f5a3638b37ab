using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// The units the clause 六 import tests use (two townships of one district, a village of the first, two departments of
/// that district, the district itself) and one import call as the web makes it, on a fixed day.
/// </summary>
internal sealed record BurdenImportSetup(OrgUnit Town, OrgUnit Other, OrgUnit Village, OrgUnit Dept, OrgUnit Dept2, OrgUnit District)
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    /// <summary>A year the demo has no clause 六 records of.</summary>
    public const int Year = 2011;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<BurdenImportSetup> LoadAsync(JicengDbContext db)
    {
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var (town, other) = (towns[0], towns[1]);
        Assert.Equal(town.ParentId, other.ParentId);
        var village = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village && u.ParentId == town.Id).OrderBy(u => u.Code).FirstAsync(Ct);
        var departments = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.DistrictDepartment && u.ParentId == town.ParentId)
            .OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        Assert.Equal(2, departments.Count);
        var district = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == town.ParentId, Ct);
        return new BurdenImportSetup(town, other, village, departments[0], departments[1], district);
    }

    public static DataScope ScopeOf(OrgUnit unit) => new(unit.Id, unit.Path);

    public static Task<ImportResult> XlsxAsync(JicengDbContext db, DataScope scope, ImportKind kind, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind.Name)!, ImportFiles.Xlsx(kind, rows), new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    public static Task<ImportResult> CsvAsync(JicengDbContext db, DataScope scope, string kind, IEnumerable<string[]> lines, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind)!, ImportFiles.Csv(lines, System.Text.Encoding.UTF8, bom: true),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    /// <summary>The refusals as (row, column, value), in row order, for one assertion per file.</summary>
    public static List<(int, string, string?)> Cells(ImportResult result) =>
        result.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();

    public static void Committed(ImportResult result, int created, int updated, int unchanged)
    {
        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal((created, updated, unchanged), (result.Created, result.Updated, result.Unchanged));
    }
}
