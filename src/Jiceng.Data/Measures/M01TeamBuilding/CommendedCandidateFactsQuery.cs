using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M01TeamBuilding;

/// <summary>
/// R1.3's facts: cadres in scope with a poverty-alleviation commendation in the look-back window up to the evaluation
/// day (one query), and every candidate-pool entry of those cadres, for any township (one query).
/// </summary>
public sealed class CommendedCandidateFactsQuery : FactsQuery<IReadOnlyList<CommendedCandidateFacts>>
{
    public override async Task<IReadOnlyList<CommendedCandidateFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var from = CommendedNotCandidateRule.WindowStart(context.Year);
        var commended = await db.Commendations.AsNoTracking().InScope(scope)
            .Where(c => c.Kind == CommendationKind.PovertyAlleviation && c.AwardedOn >= from && c.AwardedOn <= context.AsOf)
            .Select(c => new { c.CadreId, c.AwardedOn, c.Cadre!.Name, Masked = EF.Property<string>(c.Cadre!, IdNumberMapping.MaskedProperty), c.Cadre!.OrgUnitId, c.Cadre.OrgUnit!.Path })
            .ToListAsync(ct);
        if (commended.Count == 0)
        {
            return [];
        }

        var cadreIds = commended.Select(c => c.CadreId).Distinct().ToList();
        var entries = await db.CandidatePoolEntries.AsNoTracking()
            .Where(e => cadreIds.Contains(e.CadreId))
            .Select(e => new { e.CadreId, e.From, e.To, e.LeaveReason })
            .ToListAsync(ct);
        var byCadre = entries.ToLookup(e => e.CadreId, e => new PoolStretch(e.From, e.To, e.LeaveReason));

        return commended.GroupBy(c => c.CadreId).OrderBy(g => g.Key).Select(g =>
        {
            var c = g.First();
            var subject = new Subject(SubjectKind.Cadre, c.CadreId, c.Masked, c.Name, c.OrgUnitId, c.Path);
            return new CommendedCandidateFacts(subject, [.. g.Select(x => x.AwardedOn).Order()], [.. byCadre[g.Key]]);
        }).ToList();
    }
}
