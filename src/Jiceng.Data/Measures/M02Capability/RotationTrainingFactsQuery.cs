using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>
/// R2.3: the township leadership-team terms begun by the as-of day that are in force or ended no earlier than the day
/// before the evaluated year (the rule judges those), and in one query their members — posts of the term serving on the
/// as-of day, or on the term's last day once it is over — and in a second, grouped query the count of rotation trainings
/// each began in the term.
/// </summary>
public sealed class RotationTrainingFactsQuery : FactsQuery<IReadOnlyList<RotationTrainingFacts>>
{
    public override async Task<IReadOnlyList<RotationTrainingFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var endedFrom = context.YearStart.AddDays(-1);
        var posts = db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => p.IsLeadershipTeamMember && p.Term!.Body == TermBody.TownshipLeadershipTeam && p.Term.Start <= asOf && p.Term.End >= endedFrom
                && p.Start <= (p.Term.End < asOf ? p.Term.End : asOf) && (p.End == null || p.End >= (p.Term.End < asOf ? p.Term.End : asOf)));
        var rows = await posts
            .Select(p => new
            {
                p.CadreId, p.Cadre!.Name, Masked = EF.Property<string>(p.Cadre!, IdNumberMapping.MaskedProperty), CadreUnitId = p.Cadre.OrgUnitId, CadreUnitPath = p.Cadre.OrgUnit!.Path,
                Township = p.OrgUnit!.Name, TermId = p.TermId!.Value, p.Term!.Number, TermStart = p.Term.Start, TermEnd = p.Term.End,
            })
            .OrderBy(r => r.TermId).ThenBy(r => r.CadreId)
            .ToListAsync(ct);

        // The rotation trainings each member began in the term, counted per (term, member) in one grouped join
        // (not a correlated count per post); a member holding two posts of the term is one row before the join.
        var members = posts.Select(p => new { p.CadreId, TermId = p.TermId!.Value, TermStart = p.Term!.Start, TermEnd = p.Term.End }).Distinct();
        var counts = await (
                from m in members
                join t in db.TrainingRecords on m.CadreId equals t.CadreId
                where t.Kind == TrainingKind.RotationTraining && t.Start >= m.TermStart && t.Start <= m.TermEnd && t.Start <= asOf
                group t by new { m.TermId, m.CadreId } into g
                select new { g.Key.TermId, g.Key.CadreId, Count = g.Count() })
            .ToDictionaryAsync(g => (g.TermId, g.CadreId), g => g.Count, ct);

        return rows.DistinctBy(r => (r.TermId, r.CadreId))
            .Select(r => new RotationTrainingFacts(new Subject(SubjectKind.Cadre, r.CadreId, r.Masked, r.Name, r.CadreUnitId, r.CadreUnitPath),
                r.Township, r.TermId, r.Number, r.TermStart, r.TermEnd, counts.GetValueOrDefault((r.TermId, r.CadreId))))
            .ToList();
    }
}
