using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.6 — clause 10 sizes the reserve pool on the seats of the current two-committees term (村“两委”职数): a village
/// whose latest term has ended with no next term begun is overdue for its election (换届), a violation from the day
/// after the end date; until then R10.3 has no current seats to judge. A village with no recorded term is not judged.
/// </summary>
public sealed class TwoCommitteesTermOverdueRule : Rule<IReadOnlyList<LatestTermFacts>>
{
    public override string Id => "R10.6";

    public override int Clause => 10;

    public override string Title => "村“两委”届满换届";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<LatestTermFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var t in facts.Where(t => t.Body == TermBody.VillageTwoCommittees && t.IsOverdueOn(context.AsOf)))
        {
            yield return new Finding(Id, Clause, Severity.Violation, t.Unit, context.Year.ToString(CultureInfo.InvariantCulture),
                $"第{t.Number}届于{Dates.Format(t.End)}届满，未换届", "届满前完成换届",
                $"{t.Unit.Name}“两委”第{t.Number}届已于{Dates.Format(t.End)}届满，尚无下一届", t.End);
        }
    }
}
