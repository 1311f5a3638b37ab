using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>
/// R8.3's facts: the cadres holding a village two-committees seat on the day (as M10VillageCadres counts serving
/// village posts: start ≤ day ≤ end), each with whether accident insurance is in force that day. Three set-based reads.
/// </summary>
public sealed class VillageInsuranceFactsQuery : FactsQuery<IReadOnlyList<VillageInsuranceFacts>>
{
    /// <summary>The posts whose holders R8.3 judges: the seats of the village two committees.</summary>
    public static readonly PostKind[] Seats =
    [
        PostKind.VillagePartySecretary, PostKind.VillageCommitteeDirector, PostKind.VillagePartyDeputySecretary,
        PostKind.VillagePartyCommitteeMember, PostKind.VillageCommitteeDeputyDirector, PostKind.VillageCommitteeMember,
    ];

    public override async Task<IReadOnlyList<VillageInsuranceFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var posts = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => Seats.Contains(p.Kind) && p.Start <= asOf && (p.End == null || p.End >= asOf))
            .Select(p => new { p.CadreId, p.Kind, p.Title, Village = p.OrgUnit!.Name, p.Cadre!.Name, Masked = EF.Property<string>(p.Cadre!, IdNumberMapping.MaskedProperty), p.OrgUnitId, UnitPath = p.OrgUnit.Path })
            .ToListAsync(ct);
        var covered = (await db.VillageCadreInsurances.AsNoTracking().InScope(scope)
            .Where(i => i.Kind == InsuranceKind.Accident && i.From <= asOf && (i.To == null || i.To >= asOf))
            .Select(i => i.CadreId).Distinct().ToListAsync(ct)).ToHashSet();
        var lapsed = await db.VillageCadreInsurances.AsNoTracking().InScope(scope)
            .Where(i => i.Kind == InsuranceKind.Accident && i.To != null && i.To < asOf)
            .GroupBy(i => i.CadreId).Select(g => new { g.Key, Last = g.Max(i => i.To) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, ct);

        // One finding per cadre: the most senior seat held names the post, and its village is the finding's unit (the
        // scope that sees the seat sees the finding, wherever the cadre's own unit is).
        return [.. posts.GroupBy(p => p.CadreId).OrderBy(g => g.Key).Select(g =>
        {
            var p = g.OrderBy(x => x.Kind).First();
            return new VillageInsuranceFacts(new Subject(SubjectKind.Cadre, p.CadreId, p.Masked, p.Name, p.OrgUnitId, p.UnitPath),
                p.Village, p.Title ?? PostKindLabel(p.Kind), covered.Contains(p.CadreId), lapsed.GetValueOrDefault(p.CadreId));
        })];
    }

    private static string PostKindLabel(PostKind kind) => kind switch
    {
        PostKind.VillagePartySecretary => "党组织书记",
        PostKind.VillageCommitteeDirector => "村（居）委会主任",
        PostKind.VillagePartyDeputySecretary => "党组织副书记",
        PostKind.VillagePartyCommitteeMember => "党组织委员",
        PostKind.VillageCommitteeDeputyDirector => "村（居）委会副主任",
        _ => "村（居）委会委员",
    };
}

/// <summary>R8.4's facts: the villages in scope with reward payments for the year (paid by the day), their income record and the paid cadres.</summary>
public sealed class VillageRewardFactsQuery : FactsQuery<IReadOnlyList<VillageRewardFacts>>
{
    public override async Task<IReadOnlyList<VillageRewardFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (year, asOf) = (context.Year, context.AsOf);
        // Amounts are read per payment and summed in memory: SQLite cannot sum or compare decimals.
        var rows = await db.CollectiveRewardPayments.AsNoTracking().InScope(scope)
            .Where(p => p.Year == year && p.PaidOn <= asOf)
            .Select(p => new { p.VillageId, p.CadreId, p.Weight, p.AmountYuan })
            .ToListAsync(ct);
        var payments = rows.GroupBy(p => (p.VillageId, p.CadreId))
            .Select(g => new { g.Key.VillageId, g.Key.CadreId, Weight = g.Max(p => p.Weight), Paid = g.Sum(p => p.AmountYuan) })
            .ToList();
        if (payments.Count == 0)
        {
            return [];
        }

        var villageIds = payments.Select(p => p.VillageId).Distinct().ToList();
        var cadreIds = payments.Select(p => p.CadreId).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToDictionaryAsync(u => u.Id, ct);
        var cadres = await db.Cadres.AsNoTracking().Where(c => cadreIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, Masked = EF.Property<string>(c, IdNumberMapping.MaskedProperty) }).ToDictionaryAsync(c => c.Id, ct);
        var incomes = await db.CollectiveIncomes.AsNoTracking().Where(i => i.Year == year && villageIds.Contains(i.VillageId))
            .Select(i => new { i.VillageId, i.OperatingIncomeYuan, i.NewRecurringIncomeYuan }).ToDictionaryAsync(i => i.VillageId, ct);

        return [.. payments.GroupBy(p => p.VillageId).OrderBy(g => g.Key).Select(g =>
        {
            var v = villages[g.Key];
            var income = incomes.GetValueOrDefault(g.Key);
            return new VillageRewardFacts(new Subject(SubjectKind.OrgUnit, v.Id, v.Code, v.Name, v.Id, v.Path), year,
                income?.OperatingIncomeYuan, income?.NewRecurringIncomeYuan,
                [.. g.OrderBy(p => p.CadreId).Select(p =>
                {
                    var c = cadres[p.CadreId];
                    // The paying village is the finding's unit, as for the payment's scope.
                    return new RewardPaidCadre(new Subject(SubjectKind.Cadre, c.Id, c.Masked, c.Name, v.Id, v.Path), p.Weight, p.Paid);
                })]);
        })];
    }
}

/// <summary>R8.5's facts: fallen cadres in scope who died by the day, their family count and the year's visits up to the day.</summary>
public sealed class FallenFamilyFactsQuery : FactsQuery<IReadOnlyList<FallenFamilyFacts>>
{
    public override async Task<IReadOnlyList<FallenFamilyFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (start, asOf) = (context.YearStart, context.AsOf);
        var rows = await db.FallenCadres.AsNoTracking().InScope(scope)
            .Where(f => f.DiedOn <= asOf)
            .OrderBy(f => f.Id)
            .Select(f => new
            {
                f.CadreId, f.Cadre!.Name, Masked = EF.Property<string>(f.Cadre!, IdNumberMapping.MaskedProperty), f.Cadre!.OrgUnitId, UnitPath = f.Cadre.OrgUnit!.Path, f.DiedOn,
                Family = f.Family.Count,
                Visits = f.Visits.Count(v => v.VisitedOn >= start && v.VisitedOn <= asOf),
                Last = f.Visits.Where(v => v.VisitedOn <= asOf).Max(v => (DateOnly?)v.VisitedOn),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new FallenFamilyFacts(new Subject(SubjectKind.Cadre, r.CadreId, r.Masked, r.Name, r.OrgUnitId, r.UnitPath),
            r.DiedOn, r.Family, r.Visits, r.Last))];
    }
}

/// <summary>R8.6's facts: every township and sub-district in scope with the kinds of its five smalls in use on the day.</summary>
public sealed class TownshipFacilityFactsQuery : FactsQuery<IReadOnlyList<TownshipFacilityFacts>>
{
    public override async Task<IReadOnlyList<TownshipFacilityFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var inUse = (await db.TownshipFacilities.AsNoTracking().InScope(scope)
            .Where(f => f.OpenedOn <= asOf && (f.ClosedOn == null || f.ClosedOn >= asOf))
            .Select(f => new { f.TownshipId, f.Kind }).Distinct().ToListAsync(ct)).ToLookup(f => f.TownshipId, f => f.Kind);
        return [.. townships.Select(t => new TownshipFacilityFacts(new Subject(SubjectKind.OrgUnit, t.Id, t.Code, t.Name, t.Id, t.Path),
            [.. inUse[t.Id].OrderBy(k => k)]))];
    }
}
