using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>
/// R10.4's facts: the villages in scope with their townships, and the members each developed per calendar year up to
/// the as-of day, with each village's establishment day (a village established inside the window is given until its
/// first full window is over). Two grouped queries for the whole scope (all members, and the young ones: at most
/// <see cref="PartyMemberDevelopment.YoungAge"/> full years old on the admission day, compared on year, month and day
/// so both providers translate it), joined to the villages in memory.
/// </summary>
public sealed class PartyDevelopmentFactsQuery : FactsQuery<IReadOnlyList<PartyDevelopmentFacts>>
{
    public override async Task<IReadOnlyList<PartyDevelopmentFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var units = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community || u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.Kind, u.ParentId, u.EstablishedOn })
            .ToListAsync(ct);
        var townships = units.Where(u => u.Kind.IsTownshipLevel())
            .ToDictionary(u => u.Id, u => new Subject(SubjectKind.OrgUnit, u.Id, u.Code, u.Name, u.Id, u.Path));

        var admitted = db.PartyMemberDevelopments.AsNoTracking()
            .Where(m => m.OrgUnit!.Path.StartsWith(scope.Path) && m.AdmittedOn <= asOf);
        var all = await admitted
            .GroupBy(m => new { m.OrgUnitId, m.AdmittedOn.Year })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        const int old = PartyMemberDevelopment.YoungAge + 1;
        var young = await admitted
            .Where(m => m.AdmittedOn.Year - m.BirthDate.Year < old
                || (m.AdmittedOn.Year - m.BirthDate.Year == old
                    && (m.BirthDate.Month > m.AdmittedOn.Month || (m.BirthDate.Month == m.AdmittedOn.Month && m.BirthDate.Day > m.AdmittedOn.Day))))
            .GroupBy(m => new { m.OrgUnitId, m.AdmittedOn.Year })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        var youngOf = young.ToDictionary(y => (y.OrgUnitId, y.Year), y => y.Count);
        var yearsOf = all.ToLookup(y => y.OrgUnitId);

        return units.Where(u => u.Kind.IsVillageLevel()).Select(v => new PartyDevelopmentFacts(
            new Subject(SubjectKind.OrgUnit, v.Id, v.Code, v.Name, v.Id, v.Path),
            v.ParentId is { } parent ? townships.GetValueOrDefault(parent) : null,
            yearsOf[v.Id].OrderBy(y => y.Year).Select(y => new PartyDevelopmentYear(y.Year, y.Count, youngOf.GetValueOrDefault((v.Id, y.Year)))).ToList(),
            v.EstablishedOn))
            .ToList();
    }
}

/// <summary>R10.5's facts: the recruitment plans of the evaluated year of the districts and cities in scope, one grouped read.</summary>
public sealed class TargetedRecruitmentFactsQuery : FactsQuery<IReadOnlyList<TargetedRecruitmentFacts>>
{
    public override async Task<IReadOnlyList<TargetedRecruitmentFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var plans = await db.TargetedRecruitmentPlans.AsNoTracking()
            .Where(p => p.OrgUnit!.Path.StartsWith(scope.Path) && p.Year == context.Year)
            .OrderBy(p => p.OrgUnit!.Code)
            .Select(p => new { p.OrgUnitId, p.OrgUnit!.Code, p.OrgUnit.Name, p.OrgUnit.Path, p.OrgUnit.Kind, p.Year, p.PlanPositions, p.TargetedPositions })
            .ToListAsync(ct);
        return plans.Select(p => new TargetedRecruitmentFacts(
            new Subject(p.Kind == OrgUnitKind.District ? SubjectKind.District : SubjectKind.OrgUnit, p.OrgUnitId, p.Code, p.Name, p.OrgUnitId, p.Path),
            p.Year, p.PlanPositions, p.TargetedPositions)).ToList();
    }
}
