using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P7;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>
/// R7.2 — clause 7: a rank raise dated inside a standing sanction's influence period (d … d + M months − 1 day, M from
/// P7.influence_months by kind) is a violation (saving one is refused; this flags imported ones). A cadre whose standing
/// sanctions' periods have all ended by the day and whose annual grades since the latest of them hold no 基本称职 or
/// 不称职 is eligible for use (info). A year without a grade does not count against the cadre.
/// </summary>
public sealed class SanctionRule : Rule<IReadOnlyList<SanctionFacts>>
{
    public override string Id => "R7.2";

    public override int Clause => 7;

    public override string Title => "处分影响期与使用";

    public override IReadOnlyList<string> Parameters { get; } = [P.InfluenceMonths];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<SanctionFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var periods = profile.Get<InfluencePeriods>(P.InfluenceMonths);
        var asOf = context.AsOf;
        var period = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var cadre in facts)
        {
            foreach (var raise in cadre.Raises.Where(r => r.On <= asOf).OrderBy(r => r.On))
            {
                var blocking = cadre.Sanctions.Where(s => s.Blocks(periods, raise.On, asOf)).OrderBy(s => s.EffectiveOn).FirstOrDefault();
                if (blocking is null)
                {
                    continue;
                }

                var end = periods.EligibleAgainOn(blocking.Kind, blocking.EffectiveOn).AddDays(-1);
                var window = $"{Dates.Format(blocking.EffectiveOn)}至{Dates.Format(end)}";
                yield return new Finding(Id, Clause, Severity.Violation, cadre.Cadre, period,
                    $"{Dates.Format(raise.On)}晋升{raise.RankName}", $"{blocking.Kind.Label()}处分影响期（{window}）内不得晋升",
                    $"{cadre.Cadre.Name}于{Dates.Format(raise.On)}晋升{raise.RankName}，在{blocking.Kind.Label()}处分影响期（{window}）内",
                    raise.On, $"raise:{raise.RankId.ToString(CultureInfo.InvariantCulture)}");
            }

            var standing = cadre.Sanctions.Where(s => s.Stands(asOf)).ToList();
            if (standing.Count == 0)
            {
                continue;
            }

            var latest = standing.MaxBy(s => periods.EligibleAgainOn(s.Kind, s.EffectiveOn))!;
            var eligible = periods.EligibleAgainOn(latest.Kind, latest.EffectiveOn);
            if (asOf < eligible)
            {
                continue;
            }

            var since = standing.Max(s => s.EffectiveOn).Year;
            if (cadre.Grades.Any(g => g.Year >= since && g.Year <= asOf.Year && g.IsPoor))
            {
                continue;
            }

            yield return new Finding(Id, Clause, Severity.Info, cadre.Cadre, period,
                $"{latest.Kind.Label()}处分影响期于{Dates.Format(eligible.AddDays(-1))}届满，{since}年以来考核无基本称职、不称职",
                "影响期满且考核结果良好", $"{cadre.Cadre.Name}处分影响期已满，考核结果良好，可正常使用", eligible, "eligible");
        }
    }
}
