using Jiceng.Core.Measures.M07ErrorTolerance;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>The sanctions of cadres as the rules and the promotion guard see them, with the 容错免责 decisions linked to them.</summary>
public static class SanctionSpans
{
    public static async Task<ILookup<int, SanctionSpan>> ForCadresAsync(JicengDbContext db, IQueryable<int> cadreIds, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.Sanctions.AsNoTracking()
            .Where(s => cadreIds.Contains(s.CadreId) && s.EffectiveOn <= asOf)
            .Select(s => new
            {
                s.CadreId, s.Id, s.Kind, s.EffectiveOn, s.RevokedOn,
                ExemptedOn = db.ToleranceCases.Where(c => c.SanctionId == s.Id && c.Decision == CaseDecision.Exempted && c.DecidedOn <= asOf)
                    .Min(c => c.DecidedOn),
            })
            .OrderBy(s => s.Id)
            .ToListAsync(ct);
        return rows.ToLookup(r => r.CadreId, r => new SanctionSpan(r.Id, r.Kind, r.EffectiveOn, r.RevokedOn, r.ExemptedOn));
    }
}
