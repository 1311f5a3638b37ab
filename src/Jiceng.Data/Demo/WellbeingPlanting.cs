using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// Clause 九's demo records and the findings they plant on <see cref="DemoDistrictGenerator.DataAsOf"/> (2026-06-30,
/// day 181 of 365) under the example profile, worked out here by hand (never through the facts queries or the rules):
/// talks 2 a year, lectures 2 a year, checkup standard 500 元 (800 元 for hardship areas and stationed cadres),
/// 区人民医院 for village main cadres, incidents accepted within 24 hours and closed within 15 days.
/// R9.1 and R9.6 plant nothing: floor(2 × 181 / 365) = 0, so no count is short on the data day; a missing checkup
/// (R9.2) is not flagged before the year's end either. Times are UTC; China is 8 hours ahead.
/// </summary>
internal static class WellbeingPlanting
{
    // The example profile's values the records below are worked out for (PlantingAssumptionsTests style).
    internal const decimal CostStandard = 500m;
    internal const decimal HardshipStandard = 800m;
    internal const string Hospital = "区人民医院";

    public static void Add(DemoContext ctx, OrgUnit district)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var year = asOf.Year;
        bool Serving(PostAssignment p) => p.Start <= asOf && (p.End is null || p.End >= asOf);
        bool Hardship(Cadre c) => c.OrgUnit!.IsRemoteHardship || c.OrgUnit.Parent is { IsRemoteHardship: true };
        var villageMain = ctx.Cadres.Where(c => c.Category == CadreCategory.VillageCadre && c.Posts.Any(p => p.Kind.IsVillageMain() && Serving(p)))
            .OrderBy(c => c.IdNumber.Value).ToList();
        var township = ctx.Cadres.Where(c => c.Category == CadreCategory.TownshipCivilServant && c.OrgUnit is not null && !Hardship(c) && c.Posts.Any(Serving))
            .OrderBy(c => c.IdNumber.Value).ToList();
        if (villageMain.Count < 3 || township.Count < 8)
        {
            return;
        }

        // Spread over the district: every (count / needed)-th cadre.
        var main = new Queue<Cadre>(villageMain.Where((_, i) => i % (villageMain.Count / 3) == 0).Take(3));
        var civil = new Queue<Cadre>(township.Where((_, i) => i % (township.Count / 8) == 0).Take(8));

        HealthCheckup Checkup(Cadre c, DateOnly on, string institution, decimal cost, CheckupPayer payer, bool mental = true)
        {
            var k = new HealthCheckup
            {
                Cadre = c, CheckedOn = on, Institution = institution, Items = "内科、外科、血常规、心电图、心理健康测评", CostYuan = cost, PaidBy = payer,
                MentalHealthAssessed = mental, MentalHealthResult = mental ? "未见明显异常" : null,
            };
            if (!mental)
            {
                k.Items = "内科、外科、血常规、心电图";
            }

            ctx.CareRecords.Add(k);
            return k;
        }

        // R9.2: a village main cadre examined at the designated hospital, paid by finance, at the standard: nothing.
        Checkup(main.Dequeue(), new(year, 4, 10), Hospital, CostStandard, CheckupPayer.Finance);
        // R9.2: one examined at the township health centre — a warning while the year runs.
        var elsewhere = main.Dequeue();
        Checkup(elsewhere, new(year, 4, 11), "乡卫生院", 300m, CheckupPayer.Finance);
        ctx.Planted.Add(new PlantedFinding("R9.2", Severity.Warning, null, elsewhere, "村主职干部未在区人民医院体检"));
        // R9.2: one at the hospital but paid by himself — a warning.
        var selfPaid = main.Dequeue();
        Checkup(selfPaid, new(year, 5, 6), Hospital, 400m, CheckupPayer.Self);
        ctx.Planted.Add(new PlantedFinding("R9.2", Severity.Warning, null, selfPaid, "村主职干部体检非财政支付"));

        // R9.3: a checkup without the mental-health assessment — a warning; the cost exactly at the standard is within (R9.4).
        var noMental = civil.Dequeue();
        Checkup(noMental, new(year, 3, 2), "区人民医院", CostStandard, CheckupPayer.Unit, mental: false);
        ctx.Planted.Add(new PlantedFinding("R9.3", Severity.Warning, null, noMental, "体检未含心理健康测评"));

        // R9.4: a cent above the common standard — a warning.
        var dear = civil.Dequeue();
        Checkup(dear, new(year, 3, 3), "区人民医院", CostStandard + 0.01m, CheckupPayer.Unit);
        ctx.Planted.Add(new PlantedFinding("R9.4", Severity.Warning, null, dear, "体检费用超过500元标准"));

        // R9.4: a cadre stationed in a village since 1 March, examined on 3 March at the higher standard exactly: nothing;
        // one whose stationing ended on 2 March, examined on 3 March at 800 元: above the common standard — a warning.
        var stationed = civil.Dequeue();
        var village = ctx.OrgUnits.First(u => u.Kind == OrgUnitKind.Village);
        ctx.CareRecords.Add(new VillageStationing { Cadre = stationed, Village = village, Start = new(year, 3, 1) });
        Checkup(stationed, new(year, 3, 3), "区人民医院", HardshipStandard, CheckupPayer.Unit);
        var formerly = civil.Dequeue();
        ctx.CareRecords.Add(new VillageStationing { Cadre = formerly, Village = village, Start = new(year - 1, 3, 1), End = new(year, 3, 2) });
        Checkup(formerly, new(year, 3, 3), "区人民医院", HardshipStandard, CheckupPayer.Unit);
        ctx.Planted.Add(new PlantedFinding("R9.4", Severity.Warning, null, formerly, "驻村结束后体检按一般标准超标"));

        // Talks with their needs (none short on the data day).
        ctx.CareRecords.Add(new HeartTalk
        {
            Cadre = stationed, TalkedOn = new(year, 3, 20), Talker = "乡镇党委书记", Topics = "驻村工作与家庭情况",
            Needs = [new TalkNeed { Need = "子女入学", Resolved = true, ResolvedBy = "乡镇党委", ResolvedOn = new(year, 4, 15), FollowUp = "已协调就近入学" },
                new TalkNeed { Need = "驻村交通不便" }],
        });

        // R9.5 — incidents; 00:00Z is 08:00 in China.
        DateTime At(int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
        SafetyIncident Incident(Cadre c, DateTime reported, DateTime? accepted, DateTime? closed)
        {
            var i = new SafetyIncident { Cadre = c, ReportedAt = reported, Summary = "入户走访时遭人威胁", AcceptedAt = accepted, ClosedAt = closed, Outcome = closed is null ? null : "已处置，当事人已受教育" };
            if (accepted is { } a)
            {
                i.Steps.Add(new IncidentStep { At = a, Action = "受理并报告公安机关", By = "乡镇综治办" });
            }

            if (closed is { } cl)
            {
                i.Steps.Add(new IncidentStep { At = cl, Action = "办结", By = "乡镇综治办" });
            }

            ctx.CareRecords.Add(i);
            return i;
        }

        // Accepted exactly 24 hours later and closed on day 15: in time.
        Incident(civil.Dequeue(), At(5, 1), At(5, 2), At(5, 16, 15));
        // Not accepted, reported 2026-06-29 08:00 China: the limit (06-30 08:00) passes on the data day — a violation.
        var unaccepted = civil.Dequeue();
        Incident(unaccepted, At(6, 29), null, null);
        ctx.Planted.Add(new PlantedFinding("R9.5", Severity.Violation, null, unaccepted, "报告后超过24小时未受理"));
        // Accepted in time, reported 2026-06-15 and still open: due 06-30, not overdue on the data day.
        Incident(civil.Dequeue(), At(6, 15), At(6, 15, 4), null);
        // Accepted in time, reported 2026-06-14 and still open: due 06-29 — a violation.
        var open = civil.Dequeue();
        Incident(open, At(6, 14), At(6, 14, 4), null);
        ctx.Planted.Add(new PlantedFinding("R9.5", Severity.Violation, null, open, "逾期未办结"));

        // Lectures and activities (two lectures by the district, so no township is short even at the year's end pace).
        ctx.CareRecords.Add(new CareActivity
        {
            OrgUnit = district, Kind = CareActivityKind.MentalHealthLecture, HeldOn = new(year, 3, 15), Title = "基层干部心理健康知识讲座",
            Attendance = [.. township.Take(30).Select(c => new CareAttendance { Cadre = c })],
        });
        ctx.CareRecords.Add(new CareActivity { OrgUnit = district, Kind = CareActivityKind.Sports, HeldOn = new(year, 5, 4), Title = "五四青年干部篮球赛" });
    }
}
