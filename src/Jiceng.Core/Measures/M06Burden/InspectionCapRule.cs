using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P6;

namespace Jiceng.Core.Measures.M06Burden;

/// <summary>
/// R6.2 — clause 6: inspections held in a township in a year (planned or not) must not exceed
/// P6.max_inspections_per_township; equal is fine, one more is a violation at once (a cap, not a minimum).
/// </summary>
public sealed class InspectionCapRule : Rule<IReadOnlyList<InspectionCountFacts>>
{
    public override string Id => "R6.2";

    public override int Clause => 6;

    public override string Title => "督查检查考核次数上限";

    public override IReadOnlyList<string> Parameters { get; } = [P.MaxInspectionsPerTownship];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<InspectionCountFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var cap = profile.Int(P.MaxInspectionsPerTownship);
        return facts.Where(f => f.Year == context.Year && f.Inspections > cap)
            .Select(f => new Finding(Id, Clause, Severity.Violation, f.Township, f.Year.ToString(CultureInfo.InvariantCulture),
                $"{f.Inspections}次", $"不超过{cap}次",
                $"{f.Township.Name}{f.Year}年接受督查检查考核{f.Inspections}次，超过上限{cap}次", null));
    }
}
