using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's clause 十 party development (R10.4) and targeted recruitment (R10.5) records and the findings
/// they make on the data day, worked out here by plain counting (never with the rules, their facts queries or
/// helpers). The values are the shipped example profile's: a window of 3 years (2024–2026 on the data day), at least
/// 1 member, 10 % targeted. The data day falls inside the year, so a village's shortfall is a warning. No demo village
/// carries an establishment day (OrgUnit.EstablishedOn), so none gets R10.4's new-village treatment (warned until its
/// first full window is over): planting one would have to say so here.
/// </summary>
internal static class PartyDevelopmentPlanting
{
    public const int WindowYears = 3;
    public const decimal TargetedShare = 0.10m;

    public static void Add(DemoContext ctx, OrgUnit district)
    {
        var dataDay = DemoDistrictGenerator.DataAsOf;
        var first = new DateOnly(dataDay.Year - WindowYears + 1, 1, 1);
        var villages = ctx.OrgUnits.Where(u => u.Kind.IsVillageLevel()).ToList();
        var withMembers = new HashSet<OrgUnit>(ReferenceEqualityComparer.Instance);
        var index = 0;
        foreach (var village in villages)
        {
            PartyMemberDevelopment Member(DateOnly admitted, int age)
            {
                // Born 100 days before the birthday that makes the member `age` on the admission day: clearly young or not.
                var birth = admitted.AddYears(-age).AddDays(-100);
                var sex = ctx.Random.Next(2) == 0 ? Sex.Male : Sex.Female;
                return new() { OrgUnit = village, Name = ChineseNames.Next(ctx.Random, sex, birth.Year), BirthDate = birth, AdmittedOn = admitted };
            }

            switch (index++ % 9)
            {
                case 4:
                    // Every ninth village: its only member was admitted on 31 December before the window (not counted).
                    ctx.PartyMembers.Add(Member(first.AddDays(-1), 28));
                    ctx.Planted.Add(new PlantedFinding("R10.4", Severity.Warning, village, null, "窗口内未发展党员（上一次在窗口前一日）"));
                    break;
                case 7:
                    // And one more: a member admitted the day after the data day (not yet counted).
                    ctx.PartyMembers.Add(Member(dataDay.AddDays(1), 30));
                    ctx.Planted.Add(new PlantedFinding("R10.4", Severity.Warning, village, null, "窗口内未发展党员（接收日在评价日之后）"));
                    break;
                default:
                    // The rest comply: one member on the window's first day or later, young or not; some a second one.
                    ctx.PartyMembers.Add(Member(first.AddDays(ctx.Random.Next(0, dataDay.DayNumber - first.DayNumber + 1)), ctx.Random.Next(2) == 0 ? 27 : 42));
                    if (ctx.Random.Next(3) == 0)
                    {
                        ctx.PartyMembers.Add(Member(new DateOnly(dataDay.Year - WindowYears, 6, 1), 33));
                    }

                    withMembers.Add(village);
                    break;
            }
        }

        // The young share is information for every township with a member in the window.
        foreach (var township in withMembers.Select(v => v.Parent!).Distinct(ReferenceEqualityComparer.Instance).Cast<OrgUnit>())
        {
            ctx.Planted.Add(new PlantedFinding("R10.4", Severity.Info, township, null, "发展党员中青年党员占比"));
        }

        // R10.5: last year's plan met 10 % (4 of 36); this year's 45 positions need 5 (4.5 rounded up): 4 is a violation.
        ctx.RecruitmentPlans.Add(new TargetedRecruitmentPlan { OrgUnit = district, Year = dataDay.Year - 1, PlanPositions = 36, TargetedPositions = 4 });
        ctx.RecruitmentPlans.Add(new TargetedRecruitmentPlan { OrgUnit = district, Year = dataDay.Year, PlanPositions = 45, TargetedPositions = 4 });
        if (4 < TargetedShare * 45)
        {
            ctx.Planted.Add(new PlantedFinding("R10.5", Severity.Violation, district, null, "定向招录4/45，少于10%"));
        }
    }
}
