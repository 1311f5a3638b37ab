using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>R10.2 — clause 10: every village has P10.eco_chiefs_per_village ecological village chief posts (生态村长) filled.</summary>
public sealed class EcoChiefRule : Rule<IReadOnlyList<VillageCadreFacts>>
{
    public override string Id => "R10.2";

    public override int Clause => 10;

    public override string Title => "生态村长配备";

    public override IReadOnlyList<string> Parameters { get; } = [P.EcoChiefsPerVillage];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageCadreFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var required = profile.Int(P.EcoChiefsPerVillage);
        foreach (var v in facts.Where(v => v.EcoChiefs < required))
        {
            yield return new Finding(Id, Clause, Severity.Violation, v.Village, context.Year.ToString(CultureInfo.InvariantCulture),
                $"{v.EcoChiefs}名", $"{required}名", $"{v.Village.Name}生态村长{v.EcoChiefs}名，应设{required}名", null);
        }
    }
}
