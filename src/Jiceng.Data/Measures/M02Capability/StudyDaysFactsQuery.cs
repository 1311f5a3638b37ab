using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>R2.4: village main cadres serving on the as-of day with the days of the trainings they began in the year up
/// to that day, summed in the same query; one row per cadre (一肩挑 holds both posts).</summary>
public sealed class StudyDaysFactsQuery : FactsQuery<IReadOnlyList<StudyDaysFacts>>
{
    public override async Task<IReadOnlyList<StudyDaysFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.YearStart, context.AsOf);
        var rows = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => (p.Kind == PostKind.VillagePartySecretary || p.Kind == PostKind.VillageCommitteeDirector)
                && p.Start <= asOf && (p.End == null || p.End >= asOf))
            .Select(p => new
            {
                p.CadreId, p.Cadre!.Name, p.Cadre.IdNumber, CadreUnitId = p.Cadre.OrgUnitId, CadreUnitPath = p.Cadre.OrgUnit!.Path, Village = p.OrgUnit!.Name,
                Days = db.TrainingRecords.Where(t => t.CadreId == p.CadreId && t.Start >= from && t.Start <= asOf).Sum(t => (int?)t.Days) ?? 0,
            })
            .OrderBy(r => r.CadreId)
            .ToListAsync(ct);

        return rows.DistinctBy(r => r.CadreId)
            .Select(r => new StudyDaysFacts(new Subject(SubjectKind.Cadre, r.CadreId, r.IdNumber.Masked, r.Name, r.CadreUnitId, r.CadreUnitPath), r.Village, r.Days))
            .ToList();
    }
}
