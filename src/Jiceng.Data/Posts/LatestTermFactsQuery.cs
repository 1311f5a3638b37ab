using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Posts;

/// <summary>
/// For every township and village in scope, its latest term of its own body begun on or before the day (R1.4, R10.6):
/// one query, the latest start per unit grouped and joined back to the terms (a grouped join, not a correlated
/// subquery per unit); a unit with two terms begun the same day keeps the one with the higher id.
/// </summary>
public sealed class LatestTermFactsQuery : FactsQuery<IReadOnlyList<LatestTermFacts>>
{
    public override async Task<IReadOnlyList<LatestTermFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var ownBody = db.Terms.AsNoTracking().InScope(scope).Where(t => t.Start <= asOf && (
            (t.Body == TermBody.TownshipLeadershipTeam && (t.OrgUnit!.Kind == OrgUnitKind.Township || t.OrgUnit.Kind == OrgUnitKind.SubDistrict))
            || (t.Body == TermBody.VillageTwoCommittees && (t.OrgUnit!.Kind == OrgUnitKind.Village || t.OrgUnit.Kind == OrgUnitKind.Community))));
        var latest = ownBody.GroupBy(t => t.OrgUnitId).Select(g => new { OrgUnitId = g.Key, Start = g.Max(t => t.Start) });

        var rows = await (
                from t in ownBody
                join l in latest on new { t.OrgUnitId, t.Start } equals new { l.OrgUnitId, l.Start }
                select new { t.Id, t.OrgUnitId, t.OrgUnit!.Code, t.OrgUnit.Name, t.OrgUnit.Path, t.Body, t.Number, t.Start, t.End })
            .ToListAsync(ct);

        return rows.GroupBy(t => t.OrgUnitId).Select(g => g.MaxBy(t => t.Id)!)
            .OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new LatestTermFacts(new Subject(SubjectKind.OrgUnit, t.OrgUnitId, t.Code, t.Name, t.OrgUnitId, t.Path),
                t.Body, t.Number, t.Start, t.End)).ToList();
    }
}
