using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P7;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>
/// R7.3 — clause 7: an accusation concluded 不实 or 诬告 on day c must be clarified (澄清正名) by c + P7.clarify_days.
/// Not clarified by the day and that day past the limit, or clarified after the limit, is a violation.
/// </summary>
public sealed class ClarificationRule : Rule<IReadOnlyList<ClarificationFacts>>
{
    public override string Id => "R7.3";

    public override int Clause => 7;

    public override string Title => "不实反映澄清正名时限";

    public override IReadOnlyList<string> Parameters { get; } = [P.ClarifyDays];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<ClarificationFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var days = profile.Int(P.ClarifyDays);
        foreach (var a in facts)
        {
            if (!Accusation.IsFalse(a.Conclusion) || a.ConcludedOn > context.AsOf)
            {
                continue;
            }

            var due = a.ConcludedOn.AddDays(days);
            var clarified = a.ClarifiedOn is { } c && c <= context.AsOf ? c : (DateOnly?)null;
            string measured;
            if (clarified is { } on)
            {
                if (on <= due)
                {
                    continue;
                }

                measured = $"{Dates.Format(on)}澄清，超过期限{on.DayNumber - due.DayNumber}天";
            }
            else
            {
                if (context.AsOf <= due)
                {
                    continue;
                }

                measured = $"{Dates.Format(a.ConcludedOn)}查实{Label(a.Conclusion)}，至今未澄清";
            }

            yield return new Finding(Id, Clause, Severity.Violation, a.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                measured, $"查实后{days}天内澄清正名",
                $"{a.Cadre.Name}被反映问题经查{Label(a.Conclusion)}（{Dates.Format(a.ConcludedOn)}），未在{days}天内澄清正名", due,
                $"accusation:{a.AccusationId.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    public static string Label(AccusationConclusion c) => c switch
    {
        AccusationConclusion.True => "属实",
        AccusationConclusion.PartlyTrue => "部分属实",
        AccusationConclusion.Untrue => "不实",
        AccusationConclusion.FalseAccusation => "诬告",
        _ => "",
    };
}
