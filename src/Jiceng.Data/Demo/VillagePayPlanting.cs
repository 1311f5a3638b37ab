using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's village cadre pay (第八条): remuneration standards by post (raised on 1 January of the data year
/// for the two main posts), and for the villages of the first two townships, every two-committees cadre serving on the
/// data day paid monthly from January to the data day's month — the remuneration at the standard, the transport
/// allowance at the shipped example profile's 150 元 and the phone allowance at 50 元 — except a few shapes a
/// reader of the page can find: the first cadre is paid 200 元 below the standard in March, the second has no
/// allowances, the third is not paid for the data day's month yet. The plan sets no rule on this pay, so nothing is
/// planted as a finding. Draws nothing from the random source, so the rest of the demo is unchanged.
/// </summary>
internal static class VillagePayPlanting
{
    public const decimal TransportYuan = 150m;
    public const decimal PhoneYuan = 50m;

    /// <summary>The standards in force on the data day, by post.</summary>
    public static decimal StandardOf(VillagePayPost post) => post switch
    {
        VillagePayPost.PartySecretary => 3200m,
        VillagePayPost.CommitteeDirector => 3000m,
        VillagePayPost.OtherMember => 1800m,
    };

    public static void Add(DemoContext ctx, OrgUnit district, IReadOnlyList<OrgUnit> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        var twoYearsBack = yearStart.AddYears(-2);
        VillageCadrePayStandard Standard(VillagePayPost post, decimal yuan, DateOnly from, DateOnly? to) =>
            new() { District = district, Post = post, MonthlyYuan = yuan, From = from, To = to, Document = $"平组发〔{from.Year}〕8号" };
        ctx.CareRecords.Add(Standard(VillagePayPost.PartySecretary, 3000m, twoYearsBack, yearStart.AddDays(-1)));
        ctx.CareRecords.Add(Standard(VillagePayPost.PartySecretary, StandardOf(VillagePayPost.PartySecretary), yearStart, null));
        ctx.CareRecords.Add(Standard(VillagePayPost.CommitteeDirector, 2800m, twoYearsBack, yearStart.AddDays(-1)));
        ctx.CareRecords.Add(Standard(VillagePayPost.CommitteeDirector, StandardOf(VillagePayPost.CommitteeDirector), yearStart, null));
        ctx.CareRecords.Add(Standard(VillagePayPost.OtherMember, StandardOf(VillagePayPost.OtherMember), twoYearsBack, null));

        var paidTownships = townships.Take(2).ToHashSet();
        var serving = ctx.Cadres
            .Select(c => (Cadre: c, Seats: c.Posts.Where(p => VillagePayPosts.Of(p.Kind) is not null && p.Start <= asOf && (p.End is null || p.End >= asOf)
                && p.OrgUnit?.Parent is { } t && paidTownships.Contains(t)).ToList()))
            .Where(x => x.Seats.Count > 0).ToList();
        for (var i = 0; i < serving.Count; i++)
        {
            var (cadre, seats) = serving[i];
            var village = seats[0].OrgUnit!;
            // The standard of the highest-paid seat held (secretary and director: the secretary's).
            var standard = seats.Select(s => StandardOf(VillagePayPosts.Of(s.Kind)!.Value)).Max();
            var lastMonth = i == 2 ? asOf.Month - 1 : asOf.Month;
            for (var m = 1; m <= lastMonth; m++)
            {
                var month = new DateOnly(asOf.Year, m, 1);
                var paidOn = new DateOnly(asOf.Year, m, 25);
                void Line(VillagePayKind kind, decimal yuan) =>
                    ctx.CareRecords.Add(new VillageCadrePayment { Cadre = cadre, Village = village, Kind = kind, Month = month, AmountYuan = yuan, PaidOn = paidOn });
                Line(VillagePayKind.Remuneration, i == 0 && m == 3 ? standard - 200m : standard);
                if (i != 1)
                {
                    Line(VillagePayKind.Transport, TransportYuan);
                    Line(VillagePayKind.Phone, PhoneYuan);
                }
            }
        }
    }
}
