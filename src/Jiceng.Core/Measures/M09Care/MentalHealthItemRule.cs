using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.3 — clause 九: the checkup includes a mental-health assessment. Each checkup of the evaluated year (up to the
/// as-of day) without it is a warning (topic <c>checkup-&lt;id&gt;</c>, due the checkup day).
/// </summary>
public sealed class MentalHealthItemRule : Rule<IReadOnlyList<CheckupFacts>>
{
    public override string Id => "R9.3";

    public override int Clause => 9;

    public override string Title => "体检未含心理健康测评";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<CheckupFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var c in facts.Where(c => !c.MentalHealthAssessed && c.CheckedOn >= context.YearStart && c.CheckedOn <= context.AsOf))
        {
            yield return new Finding(Id, Clause, Severity.Warning, c.Cadre, year, "未含心理健康测评", "体检含心理健康测评",
                $"{c.Cadre.Name}于{Dates.Format(c.CheckedOn)}在{c.Institution}的体检未含心理健康测评", c.CheckedOn, $"checkup-{c.CheckupId}");
        }
    }
}
