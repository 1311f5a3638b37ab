using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M01TeamBuilding;

/// <summary>Township teams: one query for the townships and their current terms, one for all serving team members.</summary>
public sealed class TeamStructureFactsQuery : FactsQuery<IReadOnlyList<TeamStructureFacts>>
{
    public override async Task<IReadOnlyList<TeamStructureFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .Select(u => new
            {
                u.Id, u.Code, u.Name, u.Path,
                Term = db.Terms.Where(t => t.OrgUnitId == u.Id && t.Body == TermBody.TownshipLeadershipTeam && t.Start <= asOf && t.End >= asOf)
                    .OrderByDescending(t => t.Start).Select(t => new { t.Number, t.End }).FirstOrDefault(),
            })
            .OrderBy(u => u.Code)
            .ToListAsync(ct);

        var members = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => p.IsLeadershipTeamMember && p.Start <= asOf && (p.End == null || p.End >= asOf)
                && (p.OrgUnit!.Kind == OrgUnitKind.Township || p.OrgUnit.Kind == OrgUnitKind.SubDistrict))
            .Select(p => new
            {
                p.OrgUnitId,
                Member = new TeamMemberFact(p.CadreId, p.Cadre!.Sex, p.Cadre.BirthDate, p.Cadre.EthnicityCode, p.Cadre.PoliticalStatusCode, p.Cadre.EducationCode),
            })
            .ToListAsync(ct);
        var byUnit = members.GroupBy(m => m.OrgUnitId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TeamMemberFact>)g.Select(m => m.Member).DistinctBy(m => m.CadreId).ToList());

        return townships
            .Where(t => t.Term is not null || byUnit.ContainsKey(t.Id))
            .Select(t => new TeamStructureFacts(
                new Subject(SubjectKind.OrgUnit, t.Id, t.Code, t.Name, t.Id, t.Path),
                t.Term?.Number, t.Term?.End, byUnit.GetValueOrDefault(t.Id) ?? []))
            .ToList();
    }
}
