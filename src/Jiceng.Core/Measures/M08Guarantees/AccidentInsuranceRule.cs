using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.3 — clause 八: every serving village cadre (a village two-committees seat held on the day, first and last day of
/// the post included) has accident insurance (意外伤害保险) in force that day (first and last covered day included);
/// otherwise a violation about the cadre.
/// </summary>
public sealed class AccidentInsuranceRule : Rule<IReadOnlyList<VillageInsuranceFacts>>
{
    public override string Id => "R8.3";

    public override int Clause => 8;

    public override string Title => "村干部意外伤害保险";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageInsuranceFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => !f.AccidentInForce))
        {
            var measured = f.LastAccidentCoverEnd is { } end ? $"意外伤害保险已于{Dates.Format(end)}到期" : "未参加意外伤害保险";
            yield return new Finding(Id, Clause, Severity.Violation, f.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                measured, $"{Dates.Format(context.AsOf)}在保",
                $"{f.VillageName}{f.PostTitle}{f.Cadre.Name}在{Dates.Format(context.AsOf)}没有有效的意外伤害保险", null);
        }
    }
}
