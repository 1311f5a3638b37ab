using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>
/// Stored records in a kind's template form, so that export → import reproduces every field. The cadre rows carry full
/// ID numbers (the natural key): the caller checks the user may see them and audits the export.
/// </summary>
public static class ImportExports
{
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> CadresAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.Cadres.AsNoTracking().InScope(scope).OrderBy(c => c.OrgUnit!.Code).ThenBy(c => c.Id)
            .Select(c => new { Cadre = c, c.OrgUnit!.Code, c.OrgUnit.Name }).ToListAsync(ct);
        return rows.Select(r => CadreImport.RowOf(r.Cadre, r.Code, r.Name)).ToList();
    }
}
