using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P5;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// R5.3 — clause 5: among the awards granted in the year (up to the as-of day) in a district, the grassroots share
/// must reach P5.grassroots_award_share_min: below it → violation; equal is fine. Not set → the share is reported as
/// information. A district without awards in the year is not judged.
/// </summary>
public sealed class GrassrootsAwardShareRule : Rule<IReadOnlyList<AwardShareFacts>>
{
    public override string Id => "R5.3";

    public override int Clause => 5;

    public override string Title => "评先奖优向基层倾斜";

    public override IReadOnlyList<string> Parameters { get; } = [P.GrassrootsAwardShareMin];

    public override SubjectKind SubjectKind => SubjectKind.District;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<AwardShareFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var min = profile.OptionalDecimal(P.GrassrootsAwardShareMin);
        foreach (var f in facts.Where(f => f.Year == context.Year && f.Awards > 0))
        {
            var period = f.Year.ToString(CultureInfo.InvariantCulture);
            var measured = $"基层{f.Grassroots}/{f.Awards}（{Percent((decimal)f.Grassroots / f.Awards)}）";
            if (min is null)
            {
                yield return new Finding(Id, Clause, Severity.Info, f.District, period, measured, "未设定最低比例",
                    $"{f.District.Name}{f.Year}年奖励{f.Awards}人次，其中基层干部{f.Grassroots}人次", null);
            }
            else if (f.Grassroots < min.Value * f.Awards)
            {
                yield return new Finding(Id, Clause, Severity.Violation, f.District, period, measured, $"不低于{Percent(min.Value)}",
                    $"{f.District.Name}{f.Year}年奖励中基层干部占{Percent((decimal)f.Grassroots / f.Awards)}，低于{Percent(min.Value)}", null);
            }
        }
    }

    private static string Percent(decimal v) => (v * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// R5.4 — clause 5: an award granted more than P5.timely_award_days after the event it rewards → warning. Event on d:
/// granted on d + N is timely, on d + N + 1 late. Awards granted in the evaluated year up to the as-of day are judged.
/// </summary>
public sealed class TimelyAwardRule : Rule<IReadOnlyList<AwardTimingFacts>>
{
    public const string TopicPrefix = "award-";

    public override string Id => "R5.4";

    public override int Clause => 5;

    public override string Title => "及时奖励";

    public override IReadOnlyList<string> Parameters { get; } = [P.TimelyAwardDays];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<AwardTimingFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var days = profile.Int(P.TimelyAwardDays);
        foreach (var a in facts.Where(a => a.GrantedOn.Year == context.Year && a.GrantedOn <= context.AsOf))
        {
            var waited = a.GrantedOn.DayNumber - a.EventOn.DayNumber;
            if (waited <= days)
            {
                continue;
            }

            yield return new Finding(Id, Clause, Severity.Warning, a.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                $"事迹后{waited}天授予", $"{days}天内授予",
                $"{a.Cadre.Name}的“{a.Title}”事迹发生于{Dates.Format(a.EventOn)}，{Dates.Format(a.GrantedOn)}才授予，超过{days}天",
                a.EventOn.AddDays(days), TopicPrefix + a.AwardId.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>R5.5 — clause 5: a township assessment of the year recorded without multi-source feedback → warning.</summary>
public sealed class MultiSourceFeedbackRule : Rule<IReadOnlyList<TownshipAssessmentFacts>>
{
    public override string Id => "R5.5";

    public override int Clause => 5;

    public override string Title => "考核多元评价";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TownshipAssessmentFacts> facts, PolicyProfile profile, EvaluationContext context) =>
        facts.Where(f => f.Year == context.Year && f.FeedbackEntries == 0)
            .Select(f => new Finding(Id, Clause, Severity.Warning, f.Township, f.Year.ToString(CultureInfo.InvariantCulture), "无多元评价",
                "听取服务对象、村干部、党员群众评价", $"{f.Township.Name}{f.Year}年度考核未录入服务对象、村干部、党员群众的评价", null));
}
