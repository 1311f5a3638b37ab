using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>
/// R2.1 and R2.2's district counts: the districts in scope, then one join each for the qualifying trainings and
/// secondments of the year with the township posts their cadres held on the start day; cadres are counted once per
/// district. A scope below a district (a township) has no district to judge and yields nothing.
/// </summary>
public sealed class DistrictCapabilityFactsQuery : FactsQuery<IReadOnlyList<DistrictCapabilityFacts>>
{
    public override async Task<IReadOnlyList<DistrictCapabilityFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (yearStart, asOf) = (context.YearStart, context.AsOf);
        var districts = await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Kind == OrgUnitKind.District)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        if (districts.Count == 0)
        {
            return [];
        }

        // Township heads (党政正职) on the day they were sent to a party school at provincial level or above.
        var heads = await (
            from t in db.TrainingRecords
            where t.Kind == TrainingKind.PartySchoolStudy && (t.ProviderLevel == AdministrativeLevel.Central || t.ProviderLevel == AdministrativeLevel.Provincial)
                && t.Start >= yearStart && t.Start <= asOf
            join p in db.PostAssignments.InScope(scope) on t.CadreId equals p.CadreId
            where (p.Kind == PostKind.TownshipPartySecretary || p.Kind == PostKind.TownshipHead) && p.Start <= t.Start && (p.End == null || p.End >= t.Start)
            select new { t.CadreId, p.OrgUnit!.Path }).ToListAsync(ct);

        // Township leadership-team members on the day they went to a district-or-higher organ or a developed area.
        var seconded = await (
            from s in db.Secondments
            where (s.Destination == SecondmentDestination.DistrictOrHigherOrgan || s.Destination == SecondmentDestination.DevelopedArea)
                && s.Start >= yearStart && s.Start <= asOf
            join p in db.PostAssignments.InScope(scope) on s.CadreId equals p.CadreId
            where p.IsLeadershipTeamMember && (p.OrgUnit!.Kind == OrgUnitKind.Township || p.OrgUnit.Kind == OrgUnitKind.SubDistrict)
                && p.Start <= s.Start && (p.End == null || p.End >= s.Start)
            select new { s.CadreId, p.OrgUnit!.Path }).ToListAsync(ct);

        return districts.Select(d => new DistrictCapabilityFacts(
            new Subject(SubjectKind.District, d.Id, d.Code, d.Name, d.Id, d.Path),
            heads.Where(h => h.Path.StartsWith(d.Path, StringComparison.Ordinal)).Select(h => h.CadreId).Distinct().Count(),
            seconded.Where(h => h.Path.StartsWith(d.Path, StringComparison.Ordinal)).Select(h => h.CadreId).Distinct().Count())).ToList();
    }
}
