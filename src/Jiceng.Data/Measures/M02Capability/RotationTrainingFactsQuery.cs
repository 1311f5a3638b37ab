using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>
/// R2.3: the township leadership-team terms begun by the as-of day that are in force or ended no earlier than the day
/// before the evaluated year (the rule judges those), and in one query their members — posts of the term serving on the
/// as-of day, or on the term's last day once it is over — with the count of rotation trainings each began in the term.
/// </summary>
public sealed class RotationTrainingFactsQuery : FactsQuery<IReadOnlyList<RotationTrainingFacts>>
{
    public override async Task<IReadOnlyList<RotationTrainingFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var endedFrom = context.YearStart.AddDays(-1);
        var rows = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => p.IsLeadershipTeamMember && p.Term!.Body == TermBody.TownshipLeadershipTeam && p.Term.Start <= asOf && p.Term.End >= endedFrom
                && p.Start <= (p.Term.End < asOf ? p.Term.End : asOf) && (p.End == null || p.End >= (p.Term.End < asOf ? p.Term.End : asOf)))
            .Select(p => new
            {
                p.CadreId, p.Cadre!.Name, p.Cadre.IdNumber, CadreUnitId = p.Cadre.OrgUnitId, CadreUnitPath = p.Cadre.OrgUnit!.Path,
                Township = p.OrgUnit!.Name, TermId = p.TermId!.Value, p.Term!.Number, TermStart = p.Term.Start, TermEnd = p.Term.End,
                Trainings = db.TrainingRecords.Count(t => t.CadreId == p.CadreId && t.Kind == TrainingKind.RotationTraining
                    && t.Start >= p.Term.Start && t.Start <= p.Term.End && t.Start <= asOf),
            })
            .OrderBy(r => r.TermId).ThenBy(r => r.CadreId)
            .ToListAsync(ct);

        return rows.DistinctBy(r => (r.TermId, r.CadreId))
            .Select(r => new RotationTrainingFacts(new Subject(SubjectKind.Cadre, r.CadreId, r.IdNumber.Masked, r.Name, r.CadreUnitId, r.CadreUnitPath),
                r.Township, r.TermId, r.Number, r.TermStart, r.TermEnd, r.Trainings))
            .ToList();
    }
}
