using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>
/// R1.4 — clause 1 builds the township leadership team term by term (班子届次): a team whose latest term has ended
/// with no next term begun is overdue for its change of term (换届), a violation from the day after the end date.
/// A township with no recorded term is not judged here.
/// </summary>
public sealed class TeamTermOverdueRule : Rule<IReadOnlyList<LatestTermFacts>>
{
    public override string Id => "R1.4";

    public override int Clause => 1;

    public override string Title => "乡镇领导班子届满换届";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<LatestTermFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var t in facts.Where(t => t.Body == TermBody.TownshipLeadershipTeam && t.IsOverdueOn(context.AsOf)))
        {
            yield return new Finding(Id, Clause, Severity.Violation, t.Unit, context.Year.ToString(CultureInfo.InvariantCulture),
                $"第{t.Number}届于{Dates.Format(t.End)}届满，未换届", "届满前完成换届",
                $"{t.Unit.Name}领导班子第{t.Number}届已于{Dates.Format(t.End)}届满，尚无下一届", t.End);
        }
    }
}
