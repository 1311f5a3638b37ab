using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Posts;

/// <summary>
/// For every township and village in scope, its latest term of its own body begun on or before the day (R1.4, R10.6):
/// one query, the latest term of each unit picked by a correlated scalar subquery.
/// </summary>
public sealed class LatestTermFactsQuery : FactsQuery<IReadOnlyList<LatestTermFacts>>
{
    public override async Task<IReadOnlyList<LatestTermFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var ownBody = db.Terms.Where(t =>
            (t.Body == TermBody.TownshipLeadershipTeam && (t.OrgUnit!.Kind == OrgUnitKind.Township || t.OrgUnit.Kind == OrgUnitKind.SubDistrict))
            || (t.Body == TermBody.VillageTwoCommittees && (t.OrgUnit!.Kind == OrgUnitKind.Village || t.OrgUnit.Kind == OrgUnitKind.Community)));
        var latestIds = db.OrgUnits.InScope(scope)
            .Select(u => ownBody.Where(t => t.OrgUnitId == u.Id && t.Start <= asOf).OrderByDescending(t => t.Start).Select(t => (int?)t.Id).FirstOrDefault());

        var rows = await db.Terms.AsNoTracking()
            .Where(t => latestIds.Contains(t.Id))
            .Select(t => new { t.OrgUnitId, t.OrgUnit!.Code, t.OrgUnit.Name, t.OrgUnit.Path, t.Body, t.Number, t.Start, t.End })
            .OrderBy(t => t.Code)
            .ToListAsync(ct);

        return rows.Select(t => new LatestTermFacts(new Subject(SubjectKind.OrgUnit, t.OrgUnitId, t.Code, t.Name, t.OrgUnitId, t.Path),
            t.Body, t.Number, t.Start, t.End)).ToList();
    }
}
