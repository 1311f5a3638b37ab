using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>The demo places clause 八's import tests write in: a village with two of its cadres, its township (the
/// importing user's scope), and a village of another township with a cadre (out of scope).</summary>
internal sealed record CarePlaces(OrgUnit Town, OrgUnit Village, Cadre First, Cadre Second, OrgUnit OtherTown, OrgUnit OtherVillage, Cadre Outsider)
{
    public DataScope Scope => new(Town.Id, Town.Path);
}

/// <summary>Shared steps of the clause 八 import tests (InsuranceImportTests, CollectiveIncomeImportTests, …).</summary>
internal static class CareImportTesting
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    /// <summary>Imports the rows as an xlsx of the kind's template, committing, with the shipped example profile in force.</summary>
    public static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, string kind, IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken ct) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind)!, ImportFiles.Xlsx(ImportKinds.Create(kind)!, rows),
            new ImportRequest($"{kind}.xlsx", true) { Today = Today, UserName = "tester", ProfileOn = _ => ExampleProfile.Create() }, ct: ct);

    /// <summary>The refused cells as (row, column, value), in row then column order.</summary>
    public static List<(int Row, string Column, string? Value)> Cells(ImportResult result) =>
        result.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();

    public static string Reason(ImportResult result, int row) => string.Join("；", result.Errors.Where(e => e.Row == row).Select(e => e.Reason));

    public static async Task<CarePlaces> PlacesAsync(JicengDbContext db, CancellationToken ct)
    {
        var villages = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.Village && db.Cadres.Count(c => c.OrgUnitId == u.Id) >= 2).OrderBy(u => u.Code).ToListAsync(ct);
        var village = villages[0];
        var other = villages.First(v => v.ParentId != village.ParentId);
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Id == village.ParentId || u.Id == other.ParentId).ToListAsync(ct);
        var cadres = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == village.Id).OrderBy(c => c.Id).Take(2).ToListAsync(ct);
        var outsider = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == other.Id).OrderBy(c => c.Id).FirstAsync(ct);
        return new CarePlaces(towns.Single(t => t.Id == village.ParentId), village, cadres[0], cadres[1], towns.Single(t => t.Id == other.ParentId), other, outsider);
    }

    /// <summary>An amount as text with two decimals, whatever scale the provider stored it with.</summary>
    public static string Yuan(decimal? amount) => amount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    public static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
}
