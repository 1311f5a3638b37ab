using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's clause 五 records — annual grades, awards, village fund disbursements, township assessments —
/// and the R5.1–R5.5 findings they make, worked out here with plain arithmetic (never with the rules, their facts
/// queries or helpers such as <c>ExcellentCap</c>). The values are the shipped example profile's:
/// ratio 0.20 with floor, 2 万元 per village, no grassroots minimum, 30 days.
/// </summary>
internal static class AssessmentPlanting
{
    public const decimal ExcellentRatio = 0.20m;
    public const decimal FundPerVillageYuan = 20_000m;
    public const int TimelyAwardDays = 30;

    public static void Add(DemoContext ctx, OrgUnit district, IReadOnlyList<TownshipTerms> townships)
    {
        // Remote townships' cadres get no grades, so R4.3's "good results" stay unknown and its planted set unchanged.
        var graded = townships.Select(t => t.Township).Where(t => !t.IsRemoteHardship).Take(2).ToList();
        var year = DemoDistrictGenerator.DataAsOf.Year;
        for (var i = 0; i < graded.Count; i++)
        {
            var township = graded[i];
            var staff = ctx.Cadres.Where(c => c.OrgUnit == township).OrderBy(c => c.IdNumber.Value, StringComparer.Ordinal).ToList();
            // floor(n × 0.20) by integer arithmetic: n / 5.
            var cap = staff.Count / 5;
            var excellent = i == 0 ? cap + 1 : cap; // the first is one over (imported, as LRMX would bring it), the second exactly at the cap
            for (var k = 0; k < staff.Count; k++)
            {
                ctx.Grades.Add(new CadreYearlyGrade { Cadre = staff[k], Year = year, OrgUnit = township, GradeCode = k < excellent ? "1" : "2", Source = GradeSource.Imported });
                ctx.Grades.Add(new CadreYearlyGrade { Cadre = staff[k], Year = year - 1, OrgUnit = township, GradeCode = k % 3 == 0 ? "1" : "2", Source = GradeSource.Lrmx });
            }

            if (excellent > cap)
            {
                ctx.Planted.Add(new PlantedFinding("R5.1", Severity.Violation, township, null, $"{staff.Count}人考核，优秀{excellent}人，上限{cap}人"));
            }
        }

        // R5.2: the evaluated year runs on the data day, so only a township paid over its allocation is found.
        var withVillages = townships.Select(t => t.Township)
            .Select(t => (Township: t, Villages: ctx.OrgUnits.Where(v => v.Parent == t && v.Kind is OrgUnitKind.Village or OrgUnitKind.Community).ToList()))
            .Where(t => t.Villages.Count > 0).Take(2).ToList();
        for (var i = 0; i < withVillages.Count; i++)
        {
            var (township, villages) = withVillages[i];
            var allocation = villages.Count * FundPerVillageYuan;
            var cadres = villages.Select(v => (Village: v, Cadre: ctx.Cadres.FirstOrDefault(c => c.OrgUnit == v))).Where(x => x.Cadre is not null).ToList();
            var paid = 0m;
            foreach (var (village, cadre) in cadres)
            {
                ctx.Disbursements.Add(new VillageFundDisbursement { Village = village, Cadre = cadre, Year = year, AmountYuan = FundPerVillageYuan, Score = 90m, PaidOn = new DateOnly(year, 3, 15) });
                paid += FundPerVillageYuan;
            }

            if (i == 0 && cadres.Count > 0)
            {
                ctx.Disbursements.Add(new VillageFundDisbursement { Village = cadres[0].Village, Cadre = cadres[0].Cadre, Year = year, AmountYuan = 5_000m, Score = 98m, PaidOn = new DateOnly(year, 4, 1) });
                paid += 5_000m;
            }

            if (paid > allocation)
            {
                ctx.Planted.Add(new PlantedFinding("R5.2", Severity.Violation, township, null, $"兑现{paid}元，应安排{allocation}元"));
            }
        }

        // R5.4: one award on day 30 after the event (timely), one on day 31 (late), one granted after the data day (not yet judged).
        var t0 = townships[0].Township;
        var awarded = ctx.Cadres.Where(c => c.OrgUnit == t0).OrderBy(c => c.IdNumber.Value, StringComparer.Ordinal).Take(3).ToList();
        var eventOn = new DateOnly(year, 3, 1);
        ctx.Awards.Add(new Award { Cadre = awarded[0], Kind = AwardKind.Commendation, Title = "防汛抢险嘉奖", Event = "防汛抢险", EventOn = eventOn, GrantedOn = eventOn.AddDays(TimelyAwardDays), IsGrassroots = true });
        ctx.Awards.Add(new Award { Cadre = awarded[1], Kind = AwardKind.ThirdClassMerit, Title = "森林防火记三等功", Event = "森林防火", EventOn = eventOn, GrantedOn = eventOn.AddDays(TimelyAwardDays + 1), IsGrassroots = true });
        ctx.Planted.Add(new PlantedFinding("R5.4", Severity.Warning, null, awarded[1], "事迹后31天授予"));
        ctx.Awards.Add(new Award { Cadre = awarded[2], Kind = AwardKind.HonoraryTitle, Title = "优秀乡镇干部", Event = "年度工作", EventOn = new DateOnly(year, 6, 1), GrantedOn = DemoDistrictGenerator.DataAsOf.AddDays(10), IsGrassroots = true });

        // R5.3: no minimum in the example profile, so the district's share of the two awards granted by the data day is information.
        ctx.Planted.Add(new PlantedFinding("R5.3", Severity.Info, district, null, "基层奖励占比"));

        // Schemes by township category, in force from last year: 农业型 hears the feedback in one indicator, 城郊型 is all entered.
        var farming = Scheme(ctx, district, "农业型", year - 1,
            ("经济发展", 30m, IndicatorFeed.Entered), ("乡村振兴", 30m, IndicatorFeed.Entered), ("党的建设", 20m, IndicatorFeed.Entered), ("群众满意度", 20m, IndicatorFeed.AllFeedback));
        var suburban = Scheme(ctx, district, "城郊型", year - 1,
            ("经济发展", 35m, IndicatorFeed.Entered), ("社会治理", 25m, IndicatorFeed.Entered), ("乡村振兴", 20m, IndicatorFeed.Entered), ("党的建设", 20m, IndicatorFeed.Entered));

        // R5.5: the first township's assessment has all three feedback sources, the second's none (warning); last year's are history
        // (entered scores, no indicator scores). This year's carry indicator scores; their scheme scores are worked out by hand:
        // 农业型: 30×86/100 + 30×90/100 + 20×92/100 + 20×89.24/100 = 89.048 → 89.05, where 89.24 = (40×91 + 25×87 + 60×89) / 125;
        // 城郊型: 35×84/100 + 25×90/100 + 20×88/100 + 20×86/100 = 86.7.
        for (var i = 0; i < Math.Min(2, townships.Count); i++)
        {
            var township = townships[i].Township;
            var scheme = i == 0 ? farming : suburban;
            decimal[] entered = i == 0 ? [86m, 90m, 92m] : [84m, 90m, 88m, 86m];
            var current = new TownshipAssessment
            {
                Township = township, Year = year, Category = scheme.Category, SchemeScore = i == 0 ? 89.05m : 86.7m,
                IndicatorScores = [.. scheme.Indicators.Where(x => x.Feed == IndicatorFeed.Entered).Select((x, k) => new AssessmentIndicatorScore { Indicator = x, Score = entered[k] })],
            };
            if (i == 0)
            {
                current.Feedback =
                [
                    new AssessmentFeedback { Source = FeedbackSource.ServiceRecipients, Respondents = 40, Score = 91m, CollectedOn = new DateOnly(year, 1, 20) },
                    new AssessmentFeedback { Source = FeedbackSource.VillageCadres, Respondents = 25, Score = 87m, CollectedOn = new DateOnly(year, 1, 20) },
                    new AssessmentFeedback { Source = FeedbackSource.PartyMembersAndMasses, Respondents = 60, Score = 89m, CollectedOn = new DateOnly(year, 1, 21) },
                ];
            }
            else
            {
                ctx.Planted.Add(new PlantedFinding("R5.5", Severity.Warning, township, null, "年度考核无多元评价"));
            }

            ctx.TownshipAssessments.Add(current);
            ctx.TownshipAssessments.Add(new TownshipAssessment { Township = township, Year = year - 1, Category = current.Category, SchemeScore = 85m });
        }
    }
    private static AssessmentScheme Scheme(DemoContext ctx, OrgUnit district, string category, int fromYear, params (string Name, decimal Weight, IndicatorFeed Feed)[] indicators)
    {
        var scheme = new AssessmentScheme
        {
            District = district, Category = category, Name = $"乡镇（街道）年度综合考核方案（{category}）", FromYear = fromYear,
            Indicators = [.. indicators.Select((x, k) => new AssessmentIndicator { Name = x.Name, Weight = x.Weight, MaxScore = 100m, SortOrder = k + 1, Feed = x.Feed })],
        };
        ctx.AssessmentSchemes.Add(scheme);
        return scheme;
    }
}
