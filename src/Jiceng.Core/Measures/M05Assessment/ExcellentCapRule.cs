using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P5;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// R5.1 — clause 5: a township's 优秀 grades of a year must not exceed rounding(n × P5.township_excellent_ratio) with
/// P5.excellent_rounding, n the grades of that township and year except 不进行考核. Entering a grade that breaks the cap
/// is refused (<see cref="ExcellentCap.Refusal"/>); this rule finds the ones that came in otherwise (imports).
/// </summary>
public sealed class ExcellentCapRule : Rule<IReadOnlyList<ExcellentGradeFacts>>
{
    public override string Id => "R5.1";

    public override int Clause => 5;

    public override string Title => "优秀等次比例";

    public override IReadOnlyList<string> Parameters { get; } = [P.TownshipExcellentRatio, P.ExcellentRounding];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<ExcellentGradeFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => f.Year == context.Year))
        {
            var cap = ExcellentCap.Of(f.Assessed, profile);
            if (f.Excellent <= cap)
            {
                continue;
            }

            yield return new Finding(Id, Clause, Severity.Violation, f.Township, f.Year.ToString(CultureInfo.InvariantCulture),
                $"优秀{f.Excellent}人（参加考核{f.Assessed}人）", $"不超过{cap}人",
                $"{f.Township.Name}{f.Year}年度考核优秀{f.Excellent}人，超过上限{cap}人（参加考核{f.Assessed}人）", null);
        }
    }
}
