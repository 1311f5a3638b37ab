using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Posts;

/// <summary>
/// The judgment R1.4 and R10.6 share: a body whose latest term has ended with no next term begun is overdue for its
/// change of term (换届), a violation from the day after the end date. Each measure names its body and its wording.
/// </summary>
public abstract class TermOverdueRule : Rule<IReadOnlyList<LatestTermFacts>>
{
    /// <summary>The body whose terms this rule judges.</summary>
    protected abstract TermBody Body { get; }

    /// <summary>How the finding names the body, e.g. "井坪镇领导班子".</summary>
    protected abstract string BodyName(Subject unit);

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<LatestTermFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var t in facts.Where(t => t.Body == Body && t.IsOverdueOn(context.AsOf)))
        {
            yield return new Finding(Id, Clause, Severity.Violation, t.Unit, context.Year.ToString(CultureInfo.InvariantCulture),
                $"第{t.Number}届于{Dates.Format(t.End)}届满，未换届", "届满前完成换届",
                $"{BodyName(t.Unit)}第{t.Number}届已于{Dates.Format(t.End)}届满，尚无下一届", t.End);
        }
    }
}
