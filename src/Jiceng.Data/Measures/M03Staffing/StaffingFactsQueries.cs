using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>R3.1: the quotas in force on the as-of day (one query) and the staff per unit and kind (one grouped query).</summary>
public sealed class EstablishmentFactsQuery : FactsQuery<IReadOnlyList<EstablishmentFacts>>
{
    public override async Task<IReadOnlyList<EstablishmentFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var quotas = await db.EstablishmentQuotas.AsNoTracking().InScope(scope)
            .Where(q => q.From <= asOf && (q.To == null || q.To >= asOf))
            .Select(q => new { q.OrgUnitId, q.OrgUnit!.Code, q.OrgUnit.Name, q.OrgUnit.Path, q.Kind, q.Approved })
            .OrderBy(q => q.OrgUnitId).ThenBy(q => q.Kind)
            .ToListAsync(ct);
        var staff = await StaffCounts.LoadAsync(db, scope, ct);
        return quotas.Select(q => new EstablishmentFacts(
            new Subject(SubjectKind.OrgUnit, q.OrgUnitId, q.Code, q.Name, q.OrgUnitId, q.Path), q.Kind, q.Approved,
            staff.GetValueOrDefault((q.OrgUnitId, q.Kind)))).ToList();
    }
}

/// <summary>R3.3: the decisions about agency heads dated in the evaluated year up to the as-of day (one query).</summary>
public sealed class AgencyHeadEventFactsQuery : FactsQuery<IReadOnlyList<AgencyHeadEventFacts>>
{
    public override async Task<IReadOnlyList<AgencyHeadEventFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, to) = (context.YearStart, context.AsOf);
        // The finding is the township's (it is the township's say that is missing), so the township's scope decides.
        var rows = await db.AgencyHeadEvents.AsNoTracking()
            .Where(e => e.Agency!.Township!.Path.StartsWith(scope.Path) && e.Date >= from && e.Date <= to)
            .Select(e => new
            {
                e.Id, e.Kind, e.Date, e.OpinionOn, Agency = e.Agency!.Name, CadreName = e.Cadre!.Name,
                e.Agency.TownshipId, e.Agency.Township!.Code, Township = e.Agency.Township.Name, e.Agency.Township.Path,
            })
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        return rows.Select(e => new AgencyHeadEventFacts(
            new Subject(SubjectKind.OrgUnit, e.TownshipId, e.Code, e.Township, e.TownshipId, e.Path),
            e.Id, e.Agency, e.CadreName, e.Kind, e.Date, e.OpinionOn)).ToList();
    }
}

/// <summary>R3.4: the recruitment positions of the evaluated year with their unit's remote flag (one query).</summary>
public sealed class RecruitmentPositionFactsQuery : FactsQuery<IReadOnlyList<RecruitmentPositionFacts>>
{
    public override async Task<IReadOnlyList<RecruitmentPositionFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var year = context.Year;
        var rows = await db.RecruitmentPositions.AsNoTracking().InScope(scope)
            .Where(p => p.Year == year)
            .Select(p => new { p.Id, p.Title, p.ExamRatio, p.OrgUnitId, p.OrgUnit!.Code, p.OrgUnit.Name, p.OrgUnit.Path, p.OrgUnit.IsRemoteHardship })
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        return rows.Select(p => new RecruitmentPositionFacts(
            new Subject(SubjectKind.OrgUnit, p.OrgUnitId, p.Code, p.Name, p.OrgUnitId, p.Path), p.Id, p.Title, p.IsRemoteHardship, p.ExamRatio)).ToList();
    }
}
