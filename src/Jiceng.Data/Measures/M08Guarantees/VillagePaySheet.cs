using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Core.Posts;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>An accident insurance cover period (both ends included; open: in force).</summary>
public sealed record CoverPeriod(DateOnly From, DateOnly? To, string Insurer);

/// <summary>
/// One village cadre's pay and insurance for a year: the seats held, the remuneration standard in force on the sheet's
/// day (the highest of the seats' standards; null when the district has none in force), the year's remuneration and
/// allowances paid with the months paid, the allowance standards of the profile (null: not set), the pension enrolment
/// of the year with the <c>pension</c> calculator's working, the accident covers overlapping the year, and R8.3's state
/// on the day (a two-committees seat held that day without accident cover in force is a violation).
/// </summary>
public sealed record VillagePaySheetRow(
    int CadreId, string CadreName, int VillageId, string VillageName, string TownshipName, string Posts, VillagePayPost Post, bool ServingOnDay,
    VillageCadrePayStandard? Standard, decimal RemunerationPaid, int RemunerationMonths, decimal TransportPaid, int TransportMonths, decimal PhonePaid, int PhoneMonths,
    decimal? TransportStandard, decimal? PhoneStandard, decimal? PensionContribution, Calculation? PensionWorking, IReadOnlyList<CoverPeriod> AccidentCovers,
    bool AccidentInForce)
{
    /// <summary>R8.3 on the sheet's day: serving there without accident cover in force.</summary>
    public bool R83Violation => ServingOnDay && !AccidentInForce;
}

/// <summary>
/// The yearly sheet of village cadres' pay and insurance in the caller's scope: every cadre who held a village
/// two-committees seat at some day of the year up to the sheet's day (the year's 31 December, or today while the year
/// runs), by village. Six set-based reads whatever the number of villages; amounts are summed in memory (SQLite cannot
/// sum decimals).
/// </summary>
public static class VillagePaySheet
{
    /// <summary>The sheet's day: 31 December of the year, or <paramref name="today"/> while the year runs.</summary>
    public static DateOnly DayOf(int year, DateOnly today) => year >= today.Year ? today : new DateOnly(year, 12, 31);

    public static async Task<IReadOnlyList<VillagePaySheetRow>> LoadAsync(
        JicengDbContext db, DataScope scope, int year, DateOnly today, PolicyProfile profile, int? townshipId = null, int? villageId = null, CancellationToken ct = default)
    {
        var day = DayOf(year, today);
        var (yearStart, yearEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var seats = VillageInsuranceFactsQuery.Seats;
        var postQuery = db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => seats.Contains(p.Kind) && p.Start <= day && (p.End == null || p.End >= yearStart));
        if (townshipId is { } t)
        {
            postQuery = postQuery.Where(p => p.OrgUnit!.ParentId == t);
        }

        if (villageId is { } v)
        {
            postQuery = postQuery.Where(p => p.OrgUnitId == v);
        }

        var posts = await postQuery.Select(p => new
        {
            p.CadreId, p.Kind, p.Title, p.Start, p.End, p.OrgUnitId, Village = p.OrgUnit!.Name, p.OrgUnit.ParentId, p.OrgUnit.Path, p.Cadre!.Name,
        }).ToListAsync(ct);
        if (posts.Count == 0)
        {
            return [];
        }

        var cadreIds = posts.Select(p => p.CadreId).Distinct().ToList();
        var parentIds = posts.Select(p => p.ParentId).Distinct().ToList();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => parentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var districtIds = posts.Select(p => p.Path).Distinct().SelectMany(p => M05Assessment.SchemeCommands.PathIds(p)).Distinct().ToList();
        var standards = await db.VillageCadrePayStandards.AsNoTracking().Where(s => districtIds.Contains(s.DistrictId)).ToListAsync(ct);
        var (firstMonth, lastMonth) = (yearStart, new DateOnly(year, 12, 1));
        // A past year counts every line for its months (December's may be paid in January); the running year those paid by today.
        var paidBy = year >= today.Year ? day : DateOnly.MaxValue;
        var payments = await db.VillageCadrePayments.AsNoTracking()
            .Where(p => cadreIds.Contains(p.CadreId) && p.Month >= firstMonth && p.Month <= lastMonth && p.PaidOn <= paidBy)
            .Select(p => new { p.CadreId, p.VillageId, p.Kind, p.AmountYuan }).ToListAsync(ct);
        var insurances = await db.VillageCadreInsurances.AsNoTracking()
            .Where(i => cadreIds.Contains(i.CadreId) && i.From <= yearEnd && (i.To == null || i.To >= yearStart))
            .Select(i => new { i.CadreId, i.Kind, i.From, i.To, i.Insurer, i.ContributionYuan }).ToListAsync(ct);

        var resolved = profile.At(day);
        var transport = resolved.OptionalDecimal(ParameterIds.P8.VillageTransport);
        var phone = resolved.OptionalDecimal(ParameterIds.P8.VillagePhone);
        var rows = new List<VillagePaySheetRow>();
        foreach (var g in posts.GroupBy(p => (p.CadreId, p.OrgUnitId)).OrderBy(g => g.First().Path, StringComparer.Ordinal).ThenBy(g => g.Min(p => p.Kind)).ThenBy(g => g.Key.CadreId))
        {
            var first = g.OrderBy(p => p.Kind).First();
            var held = g.Select(p => VillagePayPosts.Of(p.Kind)!.Value).Distinct().ToList();
            var onDay = g.Where(p => p.Start <= day && (p.End == null || p.End >= day)).Select(p => VillagePayPosts.Of(p.Kind)!.Value).ToList();
            var above = M05Assessment.SchemeCommands.PathIds(first.Path);
            var standard = VillagePayPosts.Applying(standards.Where(s => above.Contains(s.DistrictId)), onDay.Count > 0 ? onDay : held, day);
            var paid = payments.Where(p => p.CadreId == g.Key.CadreId && p.VillageId == g.Key.OrgUnitId).ToList();
            decimal Sum(VillagePayKind k) => paid.Where(p => p.Kind == k).Sum(p => p.AmountYuan);
            int Months(VillagePayKind k) => paid.Count(p => p.Kind == k);
            var mine = insurances.Where(i => i.CadreId == g.Key.CadreId).ToList();
            var pension = mine.Where(i => i.Kind == InsuranceKind.Pension && i.ContributionYuan is not null).OrderByDescending(i => i.From).FirstOrDefault();
            var covers = mine.Where(i => i.Kind == InsuranceKind.Accident).OrderBy(i => i.From).Select(i => new CoverPeriod(i.From, i.To, i.Insurer)).ToList();
            rows.Add(new VillagePaySheetRow(g.Key.CadreId, first.Name, g.Key.OrgUnitId, first.Village, first.ParentId is { } tid ? townships.GetValueOrDefault(tid, "") : "",
                string.Join("、", g.OrderBy(p => p.Kind).Select(p => p.Title ?? PostTitle(p.Kind)).Distinct()), held.Min(), onDay.Count > 0,
                standard, Sum(VillagePayKind.Remuneration), Months(VillagePayKind.Remuneration), Sum(VillagePayKind.Transport), Months(VillagePayKind.Transport),
                Sum(VillagePayKind.Phone), Months(VillagePayKind.Phone), transport, phone, pension?.ContributionYuan,
                pension is null ? null : new PensionInput(pension.ContributionYuan!.Value, year).Compute(resolved).Calculation,
                covers, covers.Any(c => c.From <= day && (c.To is null || c.To >= day))));
        }

        return rows;
    }

    private static string PostTitle(PostKind kind) => kind switch
    {
        PostKind.VillagePartySecretary => "党组织书记",
        PostKind.VillageCommitteeDirector => "村（居）委会主任",
        PostKind.VillagePartyDeputySecretary => "党组织副书记",
        PostKind.VillagePartyCommitteeMember => "党组织委员",
        PostKind.VillageCommitteeDeputyDirector => "村（居）委会副主任",
        _ => "村（居）委会委员",
    };
}
