using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.1 — clause 10: the village party secretary also serves as village committee director (一肩挑). A serving
/// secretary who is not also director is a violation unless an exemption with its reason is recorded.
/// A village without a serving secretary is not judged here.
/// </summary>
public sealed class OneShoulderRule : Rule<IReadOnlyList<VillageCadreFacts>>
{
    public override string Id => "R10.1";

    public override int Clause => 10;

    public override string Title => "村党组织书记、村委会主任“一肩挑”";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageCadreFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var v in facts)
        {
            if (v.SecretaryId is not { } secretary || v.DirectorIds.Contains(secretary) || v.OneShoulderExemption is not null)
            {
                continue;
            }

            var measured = v.DirectorIds.Count == 0 ? "书记未兼任主任（主任空缺）" : "书记、主任分设";
            yield return new Finding(Id, Clause, Severity.Violation, v.Village, context.Year.ToString(CultureInfo.InvariantCulture),
                measured, "书记兼任村（居）委会主任，或备案说明理由",
                $"{v.Village.Name}党组织书记{v.SecretaryName}未兼任村（居）委会主任，且未备案不实行“一肩挑”的理由", null);
        }
    }
}
