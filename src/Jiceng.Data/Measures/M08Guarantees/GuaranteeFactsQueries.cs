using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>R8.7's facts: the subsidy payments in scope for the months of the year begun by the day and paid by it.</summary>
public sealed class SubsidyPaymentFactsQuery : FactsQuery<IReadOnlyList<SubsidyPaymentFacts>>
{
    public override async Task<IReadOnlyList<SubsidyPaymentFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (start, asOf) = (context.YearStart, context.AsOf);
        var rows = await db.SubsidyPayments.AsNoTracking().InScope(scope)
            .Where(p => p.Month >= start && p.Month <= asOf && p.PaidOn <= asOf)
            .Select(p => new
            {
                p.Id, p.Subsidy, p.Month, p.EligibleFrom, p.EligibleTo, p.AmountYuan, p.CadreId, p.Cadre!.Name, Masked = EF.Property<string>(p.Cadre!, IdNumberMapping.MaskedProperty), p.Cadre!.OrgUnitId,
                UnitPath = p.Cadre.OrgUnit!.Path,
            })
            .OrderBy(p => p.Id).ToListAsync(ct);
        return rows.Select(p => new SubsidyPaymentFacts(new Subject(SubjectKind.Cadre, p.CadreId, p.Masked, p.Name, p.OrgUnitId, p.UnitPath),
            p.Id, p.Subsidy, p.Month, p.EligibleFrom, p.EligibleTo, p.AmountYuan)).ToList();
    }
}

/// <summary>R8.2's facts: the annual-leave records in scope of the leave year judged (the latest over by the day), compensation counted when paid by the day.</summary>
public sealed class LeaveYearFactsQuery : FactsQuery<IReadOnlyList<LeaveYearFacts>>
{
    public override async Task<IReadOnlyList<LeaveYearFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (year, asOf) = (UntakenLeaveRule.JudgedYear(context), context.AsOf);
        var rows = await db.AnnualLeaves.AsNoTracking().InScope(scope)
            .Where(l => l.Year == year)
            .Select(l => new
            {
                l.Id, l.Year, l.TakenDays, Compensated = l.CompensatedOn != null && l.CompensatedOn <= asOf ? l.CompensatedDays : 0,
                l.CadreId, l.Cadre!.Name, Masked = EF.Property<string>(l.Cadre!, IdNumberMapping.MaskedProperty), l.Cadre!.OrgUnitId, UnitPath = l.Cadre.OrgUnit!.Path, l.Cadre.JoinedWorkOn,
            })
            .OrderBy(l => l.Id).ToListAsync(ct);
        return rows.Select(l => new LeaveYearFacts(new Subject(SubjectKind.Cadre, l.CadreId, l.Masked, l.Name, l.OrgUnitId, l.UnitPath),
            l.Id, l.Year, l.JoinedWorkOn, l.TakenDays, l.Compensated)).ToList();
    }
}

/// <summary>
/// R8.1's facts: the home-trip claims in scope stored as reimbursed with a trip date in the year up to the day, each with
/// its posting as recorded now. One query (claims are few: cross-region postings are); the rule groups them.
/// </summary>
public sealed class PaidTripFactsQuery : FactsQuery<IReadOnlyList<PaidTripFacts>>
{
    public override async Task<IReadOnlyList<PaidTripFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (start, asOf) = (context.YearStart, context.AsOf);
        var rows = await db.HomeTripClaims.AsNoTracking().InScope(scope)
            .Where(c => c.Reimbursed && c.TripDate >= start && c.TripDate <= asOf)
            .Select(c => new
            {
                c.Id, c.PostingId, c.TripDate, c.AmountYuan, PostingStart = c.Posting!.Start, PostingEnd = c.Posting.End,
                c.Posting.CadreId, c.Posting.Cadre!.Name, Masked = EF.Property<string>(c.Posting.Cadre!, IdNumberMapping.MaskedProperty),
                c.Posting.Cadre.OrgUnitId, UnitPath = c.Posting.Cadre.OrgUnit!.Path,
            })
            .OrderBy(c => c.Id).ToListAsync(ct);
        return rows.Select(c => new PaidTripFacts(new Subject(SubjectKind.Cadre, c.CadreId, c.Masked, c.Name, c.OrgUnitId, c.UnitPath),
            c.Id, c.PostingId, c.PostingStart, c.PostingEnd, c.TripDate, c.AmountYuan)).ToList();
    }
}
