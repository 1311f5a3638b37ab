using Jiceng.Core.CodeTables;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>
/// R7.2's facts: every cadre in scope with a sanction in effect by the day, the cadre's rank raises and annual grades
/// (<c>CadreYearlyGrade</c>). A handful of set-based queries for the whole scope; narratives are never read.
/// </summary>
public sealed class SanctionFactsQuery : FactsQuery<IReadOnlyList<SanctionFacts>>
{
    public override async Task<IReadOnlyList<SanctionFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var cadreIds = db.Sanctions.AsNoTracking().InScope(scope).Where(s => s.EffectiveOn <= asOf).Select(s => s.CadreId).Distinct();
        var cadres = await db.Cadres.AsNoTracking().Where(c => cadreIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, Masked = EF.Property<string>(c, IdNumberMapping.MaskedProperty), c.OrgUnitId, UnitPath = c.OrgUnit!.Path })
            .OrderBy(c => c.Id).ToListAsync(ct);
        var spans = await SanctionSpans.ForCadresAsync(db, cadreIds, asOf, ct);
        var ranks = (await db.RankAssignments.AsNoTracking().Where(r => cadreIds.Contains(r.CadreId) && r.Start <= asOf)
            .Select(r => new { r.CadreId, r.Id, r.RankCode, r.Ordinal, r.Start }).ToListAsync(ct)).ToLookup(r => r.CadreId);
        var grades = (await db.CadreYearlyGrades.AsNoTracking().Where(g => cadreIds.Contains(g.CadreId))
            .Select(g => new { g.CadreId, g.Year, g.GradeCode }).ToListAsync(ct)).ToLookup(g => g.CadreId);

        return cadres.Select(c => new SanctionFacts(
            new Subject(SubjectKind.Cadre, c.Id, c.Masked, c.Name, c.OrgUnitId, c.UnitPath),
            [.. spans[c.Id]],
            RankRaises.From(ranks[c.Id].Select(r => (r.Id, CodeTables.Rank.LabelOf(r.RankCode), r.Ordinal, r.Start))),
            [.. grades[c.Id].Select(g => new YearGrade(g.Year, g.GradeCode))])).ToList();
    }
}

/// <summary>R7.1's facts: cases in scope received by the day and not decided by it.</summary>
public sealed class ToleranceCaseFactsQuery : FactsQuery<IReadOnlyList<ToleranceCaseFacts>>
{
    public override async Task<IReadOnlyList<ToleranceCaseFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var rows = await db.ToleranceCases.AsNoTracking().InScope(scope)
            .Where(c => c.ReceivedOn <= asOf && (c.DecidedOn == null || c.DecidedOn > asOf))
            .Select(c => new { c.Id, c.ReceivedOn, c.DecidedOn, c.CadreId, c.Cadre!.Name, Masked = EF.Property<string>(c.Cadre!, IdNumberMapping.MaskedProperty), c.Cadre!.OrgUnitId, UnitPath = c.Cadre.OrgUnit!.Path })
            .OrderBy(c => c.Id).ToListAsync(ct);
        return rows.Select(c => new ToleranceCaseFacts(new Subject(SubjectKind.Cadre, c.CadreId, c.Masked, c.Name, c.OrgUnitId, c.UnitPath),
            c.Id, c.ReceivedOn, c.DecidedOn)).ToList();
    }
}

/// <summary>R7.3's facts: accusations in scope concluded 不实 or 诬告 by the day, with their clarification day.</summary>
public sealed class ClarificationFactsQuery : FactsQuery<IReadOnlyList<ClarificationFacts>>
{
    public override async Task<IReadOnlyList<ClarificationFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var rows = await db.Accusations.AsNoTracking().InScope(scope)
            .Where(a => (a.Conclusion == AccusationConclusion.Untrue || a.Conclusion == AccusationConclusion.FalseAccusation) && a.ConcludedOn <= asOf)
            .Select(a => new
            {
                a.Id, Conclusion = a.Conclusion!.Value, ConcludedOn = a.ConcludedOn!.Value, a.ClarifiedOn, a.CadreId, a.Cadre!.Name, Masked = EF.Property<string>(a.Cadre!, IdNumberMapping.MaskedProperty),
                a.Cadre.OrgUnitId, UnitPath = a.Cadre.OrgUnit!.Path,
            })
            .OrderBy(a => a.Id).ToListAsync(ct);
        return rows.Select(a => new ClarificationFacts(new Subject(SubjectKind.Cadre, a.CadreId, a.Masked, a.Name, a.OrgUnitId, a.UnitPath),
            a.Id, a.Conclusion, a.ConcludedOn, a.ClarifiedOn)).ToList();
    }
}
