using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P5;

namespace Jiceng.Core.Measures.M05Assessment;

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
