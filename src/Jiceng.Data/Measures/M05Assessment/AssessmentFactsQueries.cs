using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>R5.1's facts: per township (or sub-district) in scope, its grades of the evaluated year counted in one grouped query.</summary>
public sealed class ExcellentGradeFactsQuery : FactsQuery<IReadOnlyList<ExcellentGradeFacts>>
{
    public override async Task<IReadOnlyList<ExcellentGradeFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var year = context.Year;
        var counts = await db.CadreYearlyGrades.AsNoTracking()
            .Where(g => g.Year == year && g.OrgUnit != null && g.OrgUnit.Path.StartsWith(scope.Path)
                && (g.OrgUnit.Kind == OrgUnitKind.Township || g.OrgUnit.Kind == OrgUnitKind.SubDistrict)
                && g.GradeCode != AssessmentGrades.NotAssessed)
            .GroupBy(g => g.OrgUnitId)
            .Select(g => new { UnitId = g.Key!.Value, Assessed = g.Count(), Excellent = g.Count(x => x.GradeCode == AssessmentGrades.Excellent) })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.UnitId).ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new Subject(SubjectKind.OrgUnit, u.Id, u.Code, u.Name, u.Id, u.Path), ct);
        return [.. counts.OrderBy(c => c.UnitId).Select(c => new ExcellentGradeFacts(units[c.UnitId], year, c.Assessed, c.Excellent))];
    }
}

/// <summary>
/// R5.2's facts: every township in scope with its villages and communities, and the year's disbursements to their
/// cadres (amounts read per village and summed in memory: SQLite cannot sum decimals).
/// </summary>
public sealed class VillageFundFactsQuery : FactsQuery<IReadOnlyList<VillageFundFacts>>
{
    public override async Task<IReadOnlyList<VillageFundFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var year = context.Year;
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Code)
            .Select(u => new
            {
                u.Id, u.Code, u.Name, u.Path,
                Villages = db.OrgUnits.Count(v => v.ParentId == u.Id && (v.Kind == OrgUnitKind.Village || v.Kind == OrgUnitKind.Community)),
            })
            .ToListAsync(ct);
        var paid = await db.VillageFundDisbursements.AsNoTracking()
            .Where(d => d.Year == year && d.Village!.Path.StartsWith(scope.Path))
            .Select(d => new { TownshipId = d.Village!.ParentId, d.AmountYuan })
            .ToListAsync(ct);
        var byTownship = paid.GroupBy(p => p.TownshipId ?? 0).ToDictionary(g => g.Key, g => g.Sum(p => p.AmountYuan));
        return [.. townships.Select(t => new VillageFundFacts(new Subject(SubjectKind.OrgUnit, t.Id, t.Code, t.Name, t.Id, t.Path), year, t.Villages,
            byTownship.GetValueOrDefault(t.Id)))];
    }
}

/// <summary>R5.3's facts: per district in scope, the awards granted in the year up to the as-of day to its cadres, and the grassroots ones.</summary>
public sealed class AwardShareFactsQuery : FactsQuery<IReadOnlyList<AwardShareFacts>>
{
    public override async Task<IReadOnlyList<AwardShareFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var districts = await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Kind == OrgUnitKind.District)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var start = context.YearStart;
        var asOf = context.AsOf;
        var awards = await db.Awards.AsNoTracking()
            .Where(a => a.GrantedOn >= start && a.GrantedOn <= asOf && a.Cadre!.OrgUnit!.Path.StartsWith(scope.Path))
            .Select(a => new { a.Cadre!.OrgUnit!.Path, a.IsGrassroots })
            .ToListAsync(ct);
        return [.. districts.Select(d =>
        {
            var own = awards.Where(a => a.Path.StartsWith(d.Path, StringComparison.Ordinal)).ToList();
            return new AwardShareFacts(new Subject(SubjectKind.District, d.Id, d.Code, d.Name, d.Id, d.Path), context.Year, own.Count, own.Count(a => a.IsGrassroots));
        })];
    }
}

/// <summary>R5.4's facts: the awards granted in the year up to the as-of day to cadres in scope.</summary>
public sealed class AwardTimingFactsQuery : FactsQuery<IReadOnlyList<AwardTimingFacts>>
{
    public override async Task<IReadOnlyList<AwardTimingFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var start = context.YearStart;
        var asOf = context.AsOf;
        var rows = await db.Awards.AsNoTracking()
            .Where(a => a.GrantedOn >= start && a.GrantedOn <= asOf && a.Cadre!.OrgUnit!.Path.StartsWith(scope.Path))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.CadreId, a.Cadre!.Name, Masked = EF.Property<string>(a.Cadre!, IdNumberMapping.MaskedProperty), a.Cadre!.OrgUnitId, a.Cadre.OrgUnit!.Path, a.Title, a.EventOn, a.GrantedOn })
            .ToListAsync(ct);
        return [.. rows.Select(a => new AwardTimingFacts(new Subject(SubjectKind.Cadre, a.CadreId, a.Masked, a.Name, a.OrgUnitId, a.Path),
            a.Id, a.Title, a.EventOn, a.GrantedOn))];
    }
}

/// <summary>R5.5's facts: the township assessments of the year in scope with their count of feedback entries.</summary>
public sealed class TownshipAssessmentFactsQuery : FactsQuery<IReadOnlyList<TownshipAssessmentFacts>>
{
    public override async Task<IReadOnlyList<TownshipAssessmentFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var year = context.Year;
        var rows = await db.TownshipAssessments.AsNoTracking()
            .Where(a => a.Year == year && a.Township!.Path.StartsWith(scope.Path))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.TownshipId, a.Township!.Code, a.Township.Name, a.Township.Path, Entries = a.Feedback.Count })
            .ToListAsync(ct);
        return [.. rows.Select(a => new TownshipAssessmentFacts(new Subject(SubjectKind.OrgUnit, a.TownshipId, a.Code, a.Name, a.TownshipId, a.Path), a.Id, year, a.Entries))];
    }
}
