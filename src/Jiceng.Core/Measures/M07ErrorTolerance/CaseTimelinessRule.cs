using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P7;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>
/// R7.1 — clause 7: an error-tolerance case received on day d with no decision by the day is a warning once more than
/// P7.case_days days have passed (on day d + N it is still in time; from d + N + 1 it is overdue).
/// </summary>
public sealed class CaseTimelinessRule : Rule<IReadOnlyList<ToleranceCaseFacts>>
{
    public override string Id => "R7.1";

    public override int Clause => 7;

    public override string Title => "容错纠错案件认定时限";

    public override IReadOnlyList<string> Parameters { get; } = [P.CaseDays];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<ToleranceCaseFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var days = profile.Int(P.CaseDays);
        foreach (var c in facts)
        {
            if (c.ReceivedOn > context.AsOf || (c.DecidedOn is { } d && d <= context.AsOf))
            {
                continue;
            }

            var due = c.ReceivedOn.AddDays(days);
            if (context.AsOf <= due)
            {
                continue;
            }

            var elapsed = context.AsOf.DayNumber - c.ReceivedOn.DayNumber;
            yield return new Finding(Id, Clause, Severity.Warning, c.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                $"{Dates.Format(c.ReceivedOn)}受理，已{elapsed}天未认定", $"{days}天内认定",
                $"{c.Cadre.Name}的容错纠错案件于{Dates.Format(c.ReceivedOn)}受理，已超过{days}天尚未作出认定", due,
                $"case:{c.CaseId.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
