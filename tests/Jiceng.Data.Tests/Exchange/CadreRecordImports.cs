using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// What the tests of clause 八's per-cadre kinds share: a township's scope with cadres that have none of the kinds'
/// records, a cadre of another township (outside that scope), running an import under the example profile, and
/// removing what a test stored.
/// </summary>
internal static class CadreRecordImports
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    /// <summary>A year before the demo's clause 八 records.</summary>
    public const int Year = 2013;

    public sealed record Setup(DataScope Scope, IReadOnlyList<Cadre> Cadres, Cadre Outside);

    public static async Task<Setup> SetUpAsync(JicengDbContext db, CancellationToken ct)
    {
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(ct);
        var (town, other) = (towns[0], towns[1]);
        var cadres = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == town.Id
                && !db.CrossRegionPostings.Any(p => p.CadreId == c.Id) && !db.SubsidyPayments.Any(p => p.CadreId == c.Id && p.Month.Year == Year)
                && !db.AnnualLeaves.Any(l => l.CadreId == c.Id && l.Year == Year))
            .OrderBy(c => c.Id).Take(3).ToListAsync(ct);
        Assert.Equal(3, cadres.Count);
        var outside = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == other.Id).OrderBy(c => c.Id).FirstAsync(ct);
        return new Setup(new DataScope(town.Id, town.Path), cadres, outside);
    }

    public static Task<ImportResult> ImportAsync(
        JicengDbContext db, DataScope scope, ImportKind kind, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name, CancellationToken ct) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind.Name)!, ImportFiles.Xlsx(kind, rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester", ProfileOn = _ => ExampleProfile.Create() }, ct: ct);

    public static Dictionary<string, object?> Cadre(Cadre c) => new(StringComparer.Ordinal) { ["idNumber"] = c.IdNumber.Value, ["name"] = c.Name };

    /// <summary>The refusals as (row, column), ordered.</summary>
    public static List<(int, string)> Cells(ImportResult result) =>
        result.Errors.Select(e => (e.Row, e.Column)).Order().ToList();

    /// <summary>Removes the clause 八 records of these cadres.</summary>
    public static async Task CleanAsync(JicengDbContext db, IEnumerable<int> cadreIds, CancellationToken ct)
    {
        var ids = cadreIds.ToList();
        await db.HomeTripClaims.Where(c => ids.Contains(c.Posting!.CadreId)).ExecuteDeleteAsync(ct);
        await db.CrossRegionPostings.Where(p => ids.Contains(p.CadreId)).ExecuteDeleteAsync(ct);
        await db.SubsidyPayments.Where(p => ids.Contains(p.CadreId) && p.Month.Year == Year).ExecuteDeleteAsync(ct);
        await db.AnnualLeaves.Where(l => ids.Contains(l.CadreId) && l.Year == Year).ExecuteDeleteAsync(ct);
    }
}
