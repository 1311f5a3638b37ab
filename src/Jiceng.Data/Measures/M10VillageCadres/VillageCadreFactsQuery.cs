using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>
/// Villages with their counts (eco chiefs, reserves, seats of the current term, an exemption in force) in one query
/// of correlated aggregates, and the holders of the two main posts in a second.
/// </summary>
public sealed class VillageCadreFactsQuery : FactsQuery<IReadOnlyList<VillageCadreFacts>>
{
    public override async Task<IReadOnlyList<VillageCadreFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var villages = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community)
            .Select(u => new
            {
                u.Id, u.Code, u.Name, u.Path,
                EcoChiefs = db.PostAssignments.Count(p => p.OrgUnitId == u.Id && p.Kind == PostKind.EcologicalVillageChief
                    && p.Start <= asOf && (p.End == null || p.End >= asOf)),
                // Members of the village's pool on the day, whatever their category now (a past year counts who were reserves then).
                Reserves = db.ReservePoolMemberships.Count(m => m.OrgUnitId == u.Id && m.From <= asOf && (m.To == null || m.To >= asOf)),
                Seats = db.Terms.Where(t => t.OrgUnitId == u.Id && t.Body == TermBody.VillageTwoCommittees && t.Start <= asOf && t.End >= asOf)
                    .OrderByDescending(t => t.Start).Select(t => (int?)t.Seats.Sum(s => s.Count)).FirstOrDefault(),
                Exemption = db.OneShoulderExemptions.Where(e => e.OrgUnitId == u.Id && e.From <= asOf && (e.To == null || e.To >= asOf))
                    .Select(e => e.Reason).FirstOrDefault(),
            })
            .OrderBy(u => u.Code)
            .ToListAsync(ct);

        var mains = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => (p.Kind == PostKind.VillagePartySecretary || p.Kind == PostKind.VillageCommitteeDirector)
                && p.Start <= asOf && (p.End == null || p.End >= asOf))
            .Select(p => new { p.OrgUnitId, p.Kind, p.CadreId, p.Cadre!.Name })
            .ToListAsync(ct);
        var byVillage = mains.ToLookup(m => m.OrgUnitId);

        return villages.Select(v =>
        {
            var posts = byVillage[v.Id].ToList();
            var secretary = posts.Where(p => p.Kind == PostKind.VillagePartySecretary).OrderBy(p => p.CadreId).FirstOrDefault();
            var directors = posts.Where(p => p.Kind == PostKind.VillageCommitteeDirector).Select(p => p.CadreId).ToList();
            return new VillageCadreFacts(new Subject(SubjectKind.OrgUnit, v.Id, v.Code, v.Name, v.Id, v.Path),
                secretary?.CadreId, secretary?.Name, directors, v.Exemption, v.EcoChiefs, v.Seats, v.Reserves);
        }).ToList();
    }
}
