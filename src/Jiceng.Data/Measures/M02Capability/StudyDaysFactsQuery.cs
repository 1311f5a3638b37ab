using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>R2.4: village main cadres serving on the as-of day with the days of the trainings they began in the year up
/// to that day: the serving posts in one query, the days summed per cadre in one grouped query over those cadres'
/// trainings (not a correlated sum per post); one row per cadre (一肩挑 holds both posts).</summary>
public sealed class StudyDaysFactsQuery : FactsQuery<IReadOnlyList<StudyDaysFacts>>
{
    public override async Task<IReadOnlyList<StudyDaysFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.YearStart, context.AsOf);
        var serving = db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => (p.Kind == PostKind.VillagePartySecretary || p.Kind == PostKind.VillageCommitteeDirector)
                && p.Start <= asOf && (p.End == null || p.End >= asOf));
        var rows = await serving
            .Select(p => new
            {
                p.CadreId, p.Cadre!.Name, Masked = EF.Property<string>(p.Cadre!, IdNumberMapping.MaskedProperty), CadreUnitId = p.Cadre.OrgUnitId, CadreUnitPath = p.Cadre.OrgUnit!.Path, Village = p.OrgUnit!.Name,
            })
            .OrderBy(r => r.CadreId)
            .ToListAsync(ct);
        var days = await db.TrainingRecords.AsNoTracking()
            .Where(t => t.Start >= from && t.Start <= asOf && serving.Any(p => p.CadreId == t.CadreId))
            .GroupBy(t => t.CadreId)
            .Select(g => new { g.Key, Days = g.Sum(t => t.Days) })
            .ToDictionaryAsync(g => g.Key, g => g.Days, ct);

        return rows.DistinctBy(r => r.CadreId)
            .Select(r => new StudyDaysFacts(new Subject(SubjectKind.Cadre, r.CadreId, r.Masked, r.Name, r.CadreUnitId, r.CadreUnitPath), r.Village,
                days.GetValueOrDefault(r.CadreId)))
            .ToList();
    }
}
