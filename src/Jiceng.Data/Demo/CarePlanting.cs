using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's clause 八 care records — village cadres' insurance, the collective-economy reward, fallen cadres
/// with families and visits, the five smalls and turnover housing — and the R8.3–R8.6 findings they make, worked out
/// here by plain arithmetic (never with the rules, their facts queries or the calculators). The values are the shipped
/// example profile's: threshold 10 万元, ratio 0.10, cap 5 万元, pension subsidy cap 1 000 元, 1 visit a year.
/// Runs last and draws from the random source only for the fallen cadres' names and ID numbers.
/// </summary>
internal static class CarePlanting
{
    public const decimal ThresholdYuan = 100_000m;
    public const decimal RewardRatio = 0.10m;
    public const decimal RewardCapYuan = 50_000m;
    public const decimal PensionCapYuan = 1_000m;
    public const int VisitsPerYear = 1;

    /// <summary>The seats of the village two committees, written out here (not read from the facts query).</summary>
    private static readonly PostKind[] TwoCommitteeSeats =
    [
        PostKind.VillagePartySecretary, PostKind.VillageCommitteeDirector, PostKind.VillagePartyDeputySecretary,
        PostKind.VillagePartyCommitteeMember, PostKind.VillageCommitteeDeputyDirector, PostKind.VillageCommitteeMember,
    ];

    public static void Add(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        Insurance(ctx);
        Reward(ctx, townships);
        Fallen(ctx, townships);
        Facilities(ctx, townships);
    }

    /// <summary>
    /// R8.3: every serving two-committees cadre is insured for the calendar year, except the first (never insured), the
    /// second (cover ended the day before the data day); the third's cover ends on the data day and the fourth's begins
    /// on it (both in force). Every tenth cadre also has pension insurance with a contribution around the subsidy cap.
    /// </summary>
    private static void Insurance(DemoContext ctx)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var serving = ctx.Cadres
            .Select(c => (Cadre: c, Seat: c.Posts.Where(p => TwoCommitteeSeats.Contains(p.Kind) && p.Start <= asOf && (p.End is null || p.End >= asOf)).OrderBy(p => p.Kind).FirstOrDefault()))
            .Where(x => x.Seat is not null).ToList();
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        var yearEnd = new DateOnly(asOf.Year, 12, 31);
        for (var i = 0; i < serving.Count; i++)
        {
            var (cadre, seat) = serving[i];
            var village = seat!.OrgUnit!;
            VillageCadreInsurance Accident(DateOnly from, DateOnly? to) =>
                new() { Cadre = cadre, Village = village, Kind = InsuranceKind.Accident, Insurer = "中国人寿平鲁支公司", PolicyNumber = $"YW{asOf.Year}{i:D5}", From = from, To = to };
            switch (i)
            {
                case 0:
                    ctx.Planted.Add(new PlantedFinding("R8.3", Severity.Violation, null, cadre, "未参加意外伤害保险"));
                    break;
                case 1:
                    ctx.Insurances.Add(Accident(yearStart.AddYears(-1), asOf.AddDays(-1)));
                    ctx.Planted.Add(new PlantedFinding("R8.3", Severity.Violation, null, cadre, "意外伤害保险前一日到期"));
                    break;
                case 2:
                    ctx.Insurances.Add(Accident(yearStart.AddYears(-1), asOf));
                    break;
                case 3:
                    ctx.Insurances.Add(Accident(asOf, yearEnd));
                    break;
                default:
                    ctx.Insurances.Add(Accident(yearStart, yearEnd));
                    break;
            }

            if (i % 10 == 5)
            {
                var contribution = i % 20 == 5 ? 800m : 1_500m;
                ctx.Insurances.Add(new VillageCadreInsurance
                {
                    Cadre = cadre, Village = village, Kind = InsuranceKind.Pension, Insurer = "平鲁区城乡居民养老保险经办中心", From = yearStart,
                    ContributionYuan = contribution, SubsidyYuan = Math.Min(contribution, PensionCapYuan),
                });
            }
        }
    }

    /// <summary>
    /// R8.4 on the data day's year: in the first township's first three villages with cadres of their own, the first
    /// splits a pool of 20 000 (income 15 万, new 20 万) 2:1 exactly (13 333.33 and 6 666.67: the larger cut-off fraction
    /// gets the cent); the second sits exactly at the threshold with a pool of 10 000 and pays its cadre 0.01 too much;
    /// the third has no income record (pool 0) and pays 500.
    /// </summary>
    private static void Reward(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        var year = DemoDistrictGenerator.DataAsOf.Year;
        var paidOn = new DateOnly(year, 6, 1);
        var villages = ctx.OrgUnits.Where(v => townships.Count > 0 && v.Parent == townships[0] && v.Kind is OrgUnitKind.Village or OrgUnitKind.Community)
            .Select(v => (Village: v, Cadres: ctx.Cadres.Where(c => c.OrgUnit == v).ToList()))
            .Where(v => v.Cadres.Count >= 2).Take(3).ToList();
        if (villages.Count < 3)
        {
            return;
        }

        CollectiveRewardPayment Pay((OrgUnit Village, List<Cadre> Cadres) v, int k, decimal weight, decimal amount) =>
            new() { Village = v.Village, Cadre = v.Cadres[k], Year = year, Weight = weight, AmountYuan = amount, PaidOn = paidOn };

        // Pool = min(0.10 × 200 000, 50 000) = 20 000; shares 2/3 and 1/3 to the cent.
        var a = villages[0];
        ctx.Incomes.Add(new CollectiveIncome { Village = a.Village, Year = year, OperatingIncomeYuan = 150_000m, NewRecurringIncomeYuan = 200_000m });
        ctx.RewardPayments.AddRange([Pay(a, 0, 2m, 13_333.33m), Pay(a, 1, 1m, 6_666.67m)]);

        var b = villages[1];
        ctx.Incomes.Add(new CollectiveIncome { Village = b.Village, Year = year, OperatingIncomeYuan = ThresholdYuan, NewRecurringIncomeYuan = 100_000m });
        var pool = Math.Min(RewardRatio * 100_000m, RewardCapYuan);
        ctx.RewardPayments.Add(Pay(b, 0, 1m, pool + 0.01m));
        ctx.Planted.Add(new PlantedFinding("R8.4", Severity.Violation, null, b.Cadres[0], $"发放{pool + 0.01m}元，应得{pool}元"));

        var c = villages[2];
        ctx.RewardPayments.Add(Pay(c, 0, 1m, 500m));
        ctx.Planted.Add(new PlantedFinding("R8.4", Severity.Violation, null, c.Cadres[0], "未登记集体经济收入，发放500元"));
    }

    /// <summary>
    /// R8.5: three village cadres of the second township's first village who died on duty (new cadres, no posts). On the
    /// data day (mid-year, one visit a year) no family is short yet; at the end of the previous year the second's family,
    /// visited only the year before, is (recorded in <see cref="DemoContext.PlantedPreviousYearEnd"/>); the third died
    /// this year and is not judged.
    /// </summary>
    private static void Fallen(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        var year = DemoDistrictGenerator.DataAsOf.Year;
        var village = ctx.OrgUnits.FirstOrDefault(v => townships.Count > 1 && v.Parent == townships[1] && v.Kind == OrgUnitKind.Village);
        if (village is null)
        {
            return;
        }

        FallenCadre Add(DateOnly died, string circumstances)
        {
            var birth = new DateOnly(1975, 3, 1);
            var cadre = new Cadre
            {
                Name = ChineseNames.Next(ctx.Random, Sex.Male, birth.Year), Sex = Sex.Male, BirthDate = birth, IdNumber = ctx.Ids.Next(ctx.Ids.LocalRegion, birth, Sex.Male),
                PoliticalStatusCode = "01", Category = CadreCategory.VillageCadre, OrgUnit = village, JoinedWorkOn = new DateOnly(1995, 7, 1),
                JoinedPartyOn = new DateOnly(1998, 7, 1), HomeRegionCode = ctx.Ids.LocalRegion,
            };
            ctx.Cadres.Add(cadre);
            var fallen = new FallenCadre { Cadre = cadre, DiedOn = died, Circumstances = circumstances };
            fallen.Family.Add(new FallenCadreFamilyMember { Name = "李秀英", Relation = "配偶", Phone = "13900000001" });
            ctx.Fallen.Add(fallen);
            return fallen;
        }

        var first = Add(new DateOnly(year - 3, 7, 12), "防汛抢险中因公殉职");
        first.Visits.Add(new FamilyCareVisit { VisitedOn = new DateOnly(year - 1, 2, 1), Visitor = "乡党委书记" });
        first.Visits.Add(new FamilyCareVisit { VisitedOn = new DateOnly(year, 2, 1), Visitor = "乡党委书记" });

        var second = Add(new DateOnly(year - 3, 11, 3), "森林防火巡查中因公殉职");
        second.Visits.Add(new FamilyCareVisit { VisitedOn = new DateOnly(year - 2, 12, 31), Visitor = "区委组织部" });
        ctx.PlantedPreviousYearEnd.Add(new PlantedFinding("R8.5", Severity.Violation, null, second.Cadre, $"{year - 1}年未走访"));

        Add(new DateOnly(year, 2, 10), "疫情防控值守中因公殉职");
    }

    /// <summary>
    /// R8.6: every township has the five smalls in use, except the first (no bathroom or sports room) and the second
    /// (library closed the day before the data day); the third's sports room closes on the data day and the fourth's
    /// canteen opens on it (both in use). Two turnover housing units in the first township, one occupied.
    /// </summary>
    private static void Facilities(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var opened = new DateOnly(2021, 5, 1);
        for (var i = 0; i < townships.Count; i++)
        {
            var t = townships[i];
            foreach (var kind in Enum.GetValues<FacilityKind>())
            {
                if (i == 0 && kind is FacilityKind.Bathroom or FacilityKind.SportsRoom)
                {
                    continue;
                }

                var f = new TownshipFacility { Township = t, Kind = kind, OpenedOn = opened };
                (f.OpenedOn, f.ClosedOn) = (i, kind) switch
                {
                    (1, FacilityKind.Library) => (opened, asOf.AddDays(-1)),
                    (2, FacilityKind.SportsRoom) => (opened, asOf),
                    (3, FacilityKind.Canteen) => (asOf, null),
                    _ => (opened, (DateOnly?)null),
                };
                ctx.Facilities.Add(f);
            }

            if (i == 0)
            {
                ctx.Planted.Add(new PlantedFinding("R8.6", Severity.Warning, t, null, "缺小澡堂、小文体室"));
            }
            else if (i == 1)
            {
                ctx.Planted.Add(new PlantedFinding("R8.6", Severity.Warning, t, null, "小图书室前一日停用"));
            }
        }

        if (townships.Count == 0)
        {
            return;
        }

        var t0 = townships[0];
        var occupant = ctx.Cadres.FirstOrDefault(c => c.OrgUnit == t0);
        var unit = new TurnoverHousingUnit { Township = t0, Label = "1号楼101", AreaM2 = 45m };
        ctx.HousingUnits.AddRange([unit, new TurnoverHousingUnit { Township = t0, Label = "1号楼102", AreaM2 = 45m }]);
        if (occupant is not null)
        {
            ctx.Occupancies.Add(new TurnoverHousingOccupancy { HousingUnit = unit, Cadre = occupant, From = new DateOnly(2024, 9, 1) });
        }
    }
}
