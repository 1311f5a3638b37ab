using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.6 — clause 八: every township (and sub-district) has the five smalls (小食堂、小厕所、小澡堂、小图书室、小文体室) in
/// use on the day (opening and closing day included); any missing → a warning naming the missing ones.
/// </summary>
public sealed class FiveSmallsRule : Rule<IReadOnlyList<TownshipFacilityFacts>>
{
    public override string Id => "R8.6";

    public override int Clause => 8;

    public override string Title => "乡镇“五小”建设";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TownshipFacilityFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var t in facts)
        {
            var missing = FacilityKinds.FiveSmalls.Where(k => !t.InUse.Contains(k)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var names = string.Join("、", missing.Select(k => k.Label()));
            yield return new Finding(Id, Clause, Severity.Warning, t.Township, context.Year.ToString(CultureInfo.InvariantCulture),
                $"缺{names}", "“五小”齐全", $"{t.Township.Name}“五小”缺{names}", null);
        }
    }
}
