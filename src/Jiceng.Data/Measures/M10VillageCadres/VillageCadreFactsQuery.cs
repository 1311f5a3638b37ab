using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>
/// Villages with their counts (eco chiefs, reserves, seats of the current term, an exemption in force) and the holders
/// of the two main posts. Each count is one grouped query over the scope joined to the villages in memory (a
/// correlated subquery per village was half of PostgreSQL's evaluation time at province scale, docs/performance.md);
/// one read of the serving village posts gives both the eco chiefs and the main posts.
/// </summary>
public sealed class VillageCadreFactsQuery : FactsQuery<IReadOnlyList<VillageCadreFacts>>
{
    public override async Task<IReadOnlyList<VillageCadreFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var villages = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community)
            .OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.EstablishedOn })
            .ToListAsync(ct);

        var posts = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => (p.Kind == PostKind.VillagePartySecretary || p.Kind == PostKind.VillageCommitteeDirector || p.Kind == PostKind.EcologicalVillageChief)
                && p.Start <= asOf && (p.End == null || p.End >= asOf))
            .Select(p => new { p.OrgUnitId, p.Kind, p.CadreId, p.Cadre!.Name })
            .ToListAsync(ct);
        var byVillage = posts.ToLookup(m => m.OrgUnitId);

        // Members of the village's pool on the day, whatever their category now (a past year counts who were reserves then).
        var reserves = await db.ReservePoolMemberships.AsNoTracking()
            .Where(m => m.OrgUnit!.Path.StartsWith(scope.Path) && m.From <= asOf && (m.To == null || m.To >= asOf))
            .GroupBy(m => m.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        // The latest two-committee term in force per village, and the seats of those terms summed per term.
        var termsInForce = db.Terms.AsNoTracking().InScope(scope)
            .Where(t => t.Body == TermBody.VillageTwoCommittees && t.Start <= asOf && t.End >= asOf);
        var terms = await termsInForce.Select(t => new { t.Id, t.OrgUnitId, t.Start }).ToListAsync(ct);
        var seats = await db.TermSeats.AsNoTracking()
            .Where(s => termsInForce.Any(t => t.Id == s.TermId))
            .GroupBy(s => s.TermId)
            .Select(g => new { g.Key, Seats = g.Sum(s => s.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Seats, ct);
        var termOf = terms.GroupBy(t => t.OrgUnitId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Start).ThenByDescending(t => t.Id).First().Id);

        var exemptions = await db.OneShoulderExemptions.AsNoTracking()
            .Where(e => e.OrgUnit!.Path.StartsWith(scope.Path) && e.From <= asOf && (e.To == null || e.To >= asOf))
            .OrderBy(e => e.Id)
            .Select(e => new { e.OrgUnitId, e.Reason })
            .ToListAsync(ct);
        var exemptionOf = exemptions.GroupBy(e => e.OrgUnitId).ToDictionary(g => g.Key, g => g.First().Reason);

        return villages.Select(v =>
        {
            var held = byVillage[v.Id].ToList();
            var secretary = held.Where(p => p.Kind == PostKind.VillagePartySecretary).OrderBy(p => p.CadreId).FirstOrDefault();
            var directors = held.Where(p => p.Kind == PostKind.VillageCommitteeDirector).Select(p => p.CadreId).ToList();
            var ecoChiefs = held.Count(p => p.Kind == PostKind.EcologicalVillageChief);
            int? termSeats = termOf.TryGetValue(v.Id, out var termId) ? seats.GetValueOrDefault(termId) : null;
            return new VillageCadreFacts(new Subject(SubjectKind.OrgUnit, v.Id, v.Code, v.Name, v.Id, v.Path),
                secretary?.CadreId, secretary?.Name, directors, exemptionOf.GetValueOrDefault(v.Id), ecoChiefs, termSeats, reserves.GetValueOrDefault(v.Id), v.EstablishedOn);
        }).ToList();
    }
}
