using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M01TeamBuilding;

/// <summary>
/// R1.2's facts: team posts of townships in scope begun in the year up to the evaluation day (one query), the same
/// cadres' earlier posts (one query) and pool entries (one query). A post by a cadre who held a team post of the same
/// township on the day before is a reappointment or a move within the team, not a new member.
/// </summary>
public sealed class LeaderSourceFactsQuery : FactsQuery<IReadOnlyList<LeaderSourceFacts>>
{
    public override async Task<IReadOnlyList<LeaderSourceFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var first = new DateOnly(context.Year, 1, 1);
        var last = context.AsOf < new DateOnly(context.Year, 12, 31) ? context.AsOf : new DateOnly(context.Year, 12, 31);
        var started = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => p.IsLeadershipTeamMember && p.Start >= first && p.Start <= last
                && (p.OrgUnit!.Kind == OrgUnitKind.Township || p.OrgUnit.Kind == OrgUnitKind.SubDistrict))
            .Select(p => new { p.Id, p.CadreId, p.OrgUnitId, p.Start, p.OrgUnit!.Code, p.OrgUnit.Name, p.OrgUnit.Path })
            .ToListAsync(ct);
        if (started.Count == 0)
        {
            return [];
        }

        var cadreIds = started.Select(p => p.CadreId).Distinct().ToList();
        var earlier = await db.PostAssignments.AsNoTracking()
            .Where(p => cadreIds.Contains(p.CadreId) && p.Start < last)
            .Select(p => new { p.Id, p.CadreId, p.OrgUnitId, p.Kind, p.IsLeadershipTeamMember, p.Start, p.End })
            .ToListAsync(ct);
        var pool = await db.CandidatePoolEntries.AsNoTracking()
            .Where(e => cadreIds.Contains(e.CadreId) && e.From < last)
            .Select(e => new { e.CadreId, e.OrgUnitId, e.Source, e.From, e.To })
            .ToListAsync(ct);

        var appointments = started
            .Where(p => !earlier.Any(e => e.Id != p.Id && e.CadreId == p.CadreId && e.OrgUnitId == p.OrgUnitId && e.IsLeadershipTeamMember
                && e.Start <= p.Start.AddDays(-1) && (e.End == null || e.End >= p.Start.AddDays(-1))))
            .OrderBy(p => p.Start).ThenBy(p => p.Id)
            .Select(p =>
            {
                var dayBefore = p.Start.AddDays(-1);
                var entry = pool.Where(e => e.CadreId == p.CadreId && e.OrgUnitId == p.OrgUnitId && e.From <= dayBefore && (e.To == null || e.To >= dayBefore))
                    .OrderByDescending(e => e.From).FirstOrDefault();
                var previous = earlier.Where(e => e.CadreId == p.CadreId && e.Start < p.Start)
                    .OrderByDescending(e => e.Start).ThenBy(e => e.Kind).FirstOrDefault();
                return (Post: p, Fact: new NewLeaderFact(p.CadreId, p.Start, entry?.Source, previous?.Kind));
            })
            .ToList();

        return appointments
            .GroupBy(a => a.Post.OrgUnitId)
            .Select(g =>
            {
                var unit = g.First().Post;
                var subject = new Subject(SubjectKind.OrgUnit, unit.OrgUnitId, unit.Code, unit.Name, unit.OrgUnitId, unit.Path);
                return new LeaderSourceFacts(subject, [.. g.Select(a => a.Fact).DistinctBy(f => f.CadreId)]);
            })
            .OrderBy(f => f.Township.Code, StringComparer.Ordinal)
            .ToList();
    }
}
