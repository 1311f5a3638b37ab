using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Security;

/// <summary>
/// Unmasking a cadre's ID number: the only way to the full number for display, inside the caller's scope, and audited.
/// Whether the caller's role may unmask is checked by the caller (<see cref="Identity.Roles.IdNumberReaders"/>).
/// </summary>
public sealed class IdNumberReveal(ISensitiveReadAuditor auditor)
{
    public const string RecordType = "Cadre";
    public const string What = "IdNumber";

    /// <returns>The full number, or null when the cadre is not in scope.</returns>
    public async Task<IdCardNumber?> RevealAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default)
    {
        var row = await db.Cadres.AsNoTracking().InScope(scope).Where(c => c.Id == cadreId)
            .Select(c => new { c.IdNumber }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        await auditor.RecordAsync(RecordType, cadreId.ToString(CultureInfo.InvariantCulture), What, ct);
        return row.IdNumber;
    }
}
