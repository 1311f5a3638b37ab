using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// Clause 二 in the demo district: rotation trainings of township leadership teams, party-school study of township heads,
/// secondments of township leaders and the study of village main cadres — and the findings of R2.1–R2.4 it plants,
/// counted here with plain date arithmetic from what it generated (never with the rules or their facts queries). The
/// limits are the shipped example profile's (policy/default-2020.yaml); runs after every post and term end is final.
/// </summary>
internal static class CapabilityDemo
{
    public const int PartySchoolMax = 3;
    public const int SecondmentsMin = 3;
    public const int StudyDaysMin = 10;
    public const int TermWarnMonths = 12;

    private static readonly PostKind[] Heads = [PostKind.TownshipPartySecretary, PostKind.TownshipHead];

    public static void Add(DemoContext ctx, OrgUnit district, IReadOnlyList<TownshipTerms> townships)
    {
        RotationTrainings(ctx, townships);
        PartySchools(ctx, district, townships);
        Secondments(ctx, district, townships);
        VillageStudy(ctx);
    }

    private static bool Serves(PostAssignment p, DateOnly day) => p.Start <= day && (p.End is null || p.End >= day);

    /// <summary>
    /// R2.3: every member of a current township term gets a rotation training in 2022–2024, except one member in every
    /// third township. The first township's term ended the day before the data day (a violation); every other term ends
    /// on 2026-08-31 or earlier, inside the twelve-month window on the data day (a warning).
    /// </summary>
    private static void RotationTrainings(DemoContext ctx, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        for (var i = 0; i < townships.Count; i++)
        {
            var term = townships[i].Current;
            var judgedOn = term.End < asOf ? term.End : asOf;
            var members = ctx.Cadres
                .Where(c => c.Posts.Any(p => p.Term == term && p.IsLeadershipTeamMember && Serves(p, judgedOn)))
                .ToList();
            var skipped = i % 3 == 0 && members.Count > 0 ? members[^1] : null;
            foreach (var member in members)
            {
                if (member == skipped)
                {
                    continue;
                }

                var start = ctx.Random.Between(new DateOnly(2022, 3, 1), new DateOnly(2024, 10, 31));
                AddTraining(ctx, member, TrainingKind.RotationTraining, "乡镇领导班子成员轮训班", "中共朔州市委党校", AdministrativeLevel.City, start, 5);
            }

            if (skipped is not null)
            {
                var over = asOf > term.End;
                var warnFrom = term.End.AddMonths(-TermWarnMonths);
                if (over || asOf >= warnFrom)
                {
                    ctx.Planted.Add(new PlantedFinding("R2.3", over ? Severity.Violation : Severity.Warning, null, skipped,
                        $"{townships[i].Township.Name}第{term.Number}届届内未轮训"));
                }
            }
        }
    }

    /// <summary>
    /// R2.1: two township heads a year go to the provincial party school in 2022–2025 (within 2–3); in 2026 four heads
    /// of the first two townships have already gone by the data day, above the maximum — a violation at once.
    /// </summary>
    private static void PartySchools(DemoContext ctx, OrgUnit district, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        for (var year = 2022; year <= 2025; year++)
        {
            var start = new DateOnly(year, 4, 10);
            var heads = HeadsOn(ctx, townships, start);
            foreach (var head in heads.Skip((year - 2022) * 2 % Math.Max(1, heads.Count)).Take(2))
            {
                AddTraining(ctx, head, TrainingKind.PartySchoolStudy, "全省乡镇党政正职进修班", "中共山西省委党校", AdministrativeLevel.Provincial, start, 30);
            }
        }

        var day = new DateOnly(2026, 3, 9);
        var chosen = HeadsOn(ctx, townships.Take(2).ToList(), day).Take(4).ToList();
        foreach (var head in chosen)
        {
            AddTraining(ctx, head, TrainingKind.PartySchoolStudy, "全省乡镇党政正职进修班", "中共山西省委党校", AdministrativeLevel.Provincial, day, 30);
        }

        // A head at the city party school is not counted, nor one at the provincial school after the data day.
        var others = HeadsOn(ctx, townships, day).Except(chosen).ToList();
        if (others.Count > 0)
        {
            AddTraining(ctx, others[0], TrainingKind.PartySchoolStudy, "乡镇党政正职专题研讨班", "中共朔州市委党校", AdministrativeLevel.City, new DateOnly(2026, 5, 11), 5);
            AddTraining(ctx, others[^1], TrainingKind.PartySchoolStudy, "全省乡镇党政正职进修班", "中共山西省委党校", AdministrativeLevel.Provincial, new DateOnly(2026, 9, 7), 30);
        }

        // Counted from what was generated: heads (on the start day) at a provincial-or-higher party school, 2026 up to the data day.
        var sent = ctx.Trainings
            .Where(t => t.Kind == TrainingKind.PartySchoolStudy && t.ProviderLevel <= AdministrativeLevel.Provincial
                && t.Start.Year == asOf.Year && t.Start <= asOf && t.Cadre!.Posts.Any(p => Heads.Contains(p.Kind) && Serves(p, t.Start)))
            .Select(t => t.Cadre).Distinct().Count();
        if (sent > PartySchoolMax)
        {
            ctx.Planted.Add(new PlantedFinding("R2.1", Severity.Violation, district, null, $"2026年已选派{sent}名党政正职到省级以上党校"));
        }
    }

    private static List<Cadre> HeadsOn(DemoContext ctx, IReadOnlyList<TownshipTerms> townships, DateOnly day) =>
        ctx.Cadres.Where(c => c.Posts.Any(p => Heads.Contains(p.Kind) && townships.Any(t => t.Township == p.OrgUnit) && Serves(p, day))).ToList();

    private static readonly (string Place, SecondmentDestination Destination, AdministrativeLevel Level, string Title)[] Hosts =
    [
        ("朔州市发展和改革委员会", SecondmentDestination.DistrictOrHigherOrgan, AdministrativeLevel.City, "副主任"),
        ("浙江省杭州市余杭区", SecondmentDestination.DevelopedArea, AdministrativeLevel.County, "区长助理"),
        ("平鲁区农业农村局", SecondmentDestination.DistrictOrHigherOrgan, AdministrativeLevel.County, "副局长"),
        ("山西省乡村振兴局", SecondmentDestination.DistrictOrHigherOrgan, AdministrativeLevel.Provincial, "挂职干部"),
    ];

    /// <summary>
    /// R2.2: three or four township leaders a year are seconded in 2022–2025 (within 3–5). In 2026 none has gone by the
    /// data day to a counted destination — one went to a neighbouring township (not counted), one leaves in July —
    /// while floor(3 × 181 / 365) = 1 is due by 30 June: a pro-rata warning.
    /// </summary>
    private static void Secondments(DemoContext ctx, OrgUnit district, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var leaders = ctx.Cadres
            .Where(c => c.Posts.Any(p => p.IsLeadershipTeamMember && p.OrgUnit!.Kind.IsTownshipLevel() && !Heads.Contains(p.Kind)
                && Serves(p, new DateOnly(2022, 1, 1)) && Serves(p, asOf.AddMonths(1))))
            .ToList();
        var next = 0;
        Cadre Next() => leaders[next++ % leaders.Count];
        if (leaders.Count == 0)
        {
            return;
        }

        for (var year = 2022; year <= 2025; year++)
        {
            var count = year % 2 == 0 ? 3 : 4;
            for (var k = 0; k < count; k++)
            {
                var host = Hosts[(year + k) % Hosts.Length];
                var start = new DateOnly(year, 3 + k, 1);
                AddSecondment(ctx, Next(), host, start, start.AddMonths(6).AddDays(-1));
            }
        }

        AddSecondment(ctx, Next(), ("井坪镇", SecondmentDestination.Other, AdministrativeLevel.Township, "党委委员"), new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31));
        AddSecondment(ctx, Next(), Hosts[1], asOf.AddDays(15), null);

        // Counted from what was generated: township leaders (on the start day) gone to a counted destination, 2026 up to the data day.
        var counted = ctx.Secondments
            .Where(s => s.Destination != SecondmentDestination.Other && s.Start.Year == asOf.Year && s.Start <= asOf
                && s.Cadre!.Posts.Any(p => p.IsLeadershipTeamMember && p.OrgUnit!.Kind.IsTownshipLevel() && Serves(p, s.Start)))
            .Select(s => s.Cadre).Distinct().Count();
        var elapsed = asOf.DayNumber - new DateOnly(asOf.Year, 1, 1).DayNumber + 1;
        var daysInYear = DateTime.IsLeapYear(asOf.Year) ? 366 : 365;
        if (counted < SecondmentsMin * elapsed / daysInYear)
        {
            ctx.Planted.Add(new PlantedFinding("R2.2", Severity.Warning, district, null, $"2026年截至{asOf:yyyy-MM-dd}挂职{counted}人，低于进度"));
        }
    }

    /// <summary>
    /// R2.4: village main cadres study 10–14 days in 2024 and 2025 (one class spans New Year 2025/26 and counts for
    /// 2025, its start year); by the data day most have 4–8 days in 2026, about one in ten only 0–3 while
    /// floor(10 × 181 / 365) = 4 are due: a pro-rata warning.
    /// </summary>
    private static void VillageStudy(DemoContext ctx)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var mains = ctx.Cadres.Where(c => c.Posts.Any(p => (p.Kind == PostKind.VillagePartySecretary || p.Kind == PostKind.VillageCommitteeDirector) && Serves(p, asOf))).ToList();
        var n = 0;
        foreach (var cadre in mains)
        {
            AddTraining(ctx, cadre, TrainingKind.TopicalTraining, "村（社区）“两委”主干乡村振兴专题培训", "平鲁区委组织部", AdministrativeLevel.County, new DateOnly(2024, 4, 8), ctx.Random.Between(10, 14));
            AddTraining(ctx, cadre, TrainingKind.TopicalTraining, "村（社区）党组织书记示范培训班", "中共朔州市委党校", AdministrativeLevel.City, new DateOnly(2025, 5, 12), ctx.Random.Between(4, 7));
            AddTraining(ctx, cadre, TrainingKind.Other, "冬训集中学习", "平鲁区委组织部", AdministrativeLevel.County, new DateOnly(2025, 12, 29), 7);
            var days = n++ % 10 == 3 ? ctx.Random.Between(0, 3) : ctx.Random.Between(4, 8);
            if (days > 0)
            {
                AddTraining(ctx, cadre, TrainingKind.TopicalTraining, "基层党建工作专题培训", "平鲁区委党校", AdministrativeLevel.County, new DateOnly(2026, 4, 13), days);
            }
        }

        // Counted from what was generated: days of the trainings begun in 2026 up to the data day, against floor(10 × elapsed / days in year).
        var due = StudyDaysMin * (asOf.DayNumber - new DateOnly(asOf.Year, 1, 1).DayNumber + 1) / (DateTime.IsLeapYear(asOf.Year) ? 366 : 365);
        var studied = ctx.Trainings.Where(t => t.Start.Year == asOf.Year && t.Start <= asOf).GroupBy(t => t.Cadre!).ToDictionary(g => g.Key, g => g.Sum(t => t.Days));
        foreach (var cadre in mains)
        {
            var days = studied.GetValueOrDefault(cadre);
            if (days < due)
            {
                ctx.Planted.Add(new PlantedFinding("R2.4", Severity.Warning, null, cadre, $"2026年截至{asOf:yyyy-MM-dd}学习{days}天"));
            }
        }
    }

    private static void AddTraining(DemoContext ctx, Cadre cadre, TrainingKind kind, string title, string provider, AdministrativeLevel level, DateOnly start, int days) =>
        ctx.Trainings.Add(new TrainingRecord
        {
            Cadre = cadre, Kind = kind, Title = title, Provider = provider, ProviderLevel = level,
            Start = start, End = start.AddDays(days - 1), Days = days,
            CertificateNumber = level <= AdministrativeLevel.City ? $"JC{start:yyyyMM}{ctx.Trainings.Count + 1:D5}" : null,
        });

    private static void AddSecondment(DemoContext ctx, Cadre cadre, (string Place, SecondmentDestination Destination, AdministrativeLevel Level, string Title) host, DateOnly start, DateOnly? end) =>
        ctx.Secondments.Add(new Secondment
        {
            Cadre = cadre, Place = host.Place, Destination = host.Destination, Level = host.Level, PostTitle = host.Title, Start = start, End = end,
        });
}
