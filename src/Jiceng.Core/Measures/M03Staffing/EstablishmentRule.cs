using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// R3.1 — clause 三: a unit's staff of one establishment kind (counted with <see cref="EstablishmentKinds"/>) do not
/// exceed its approved establishment in force on the evaluation day. Equal is full, one more is a violation. A unit
/// and kind without a quota in force is not judged.
/// </summary>
public sealed class EstablishmentRule : Rule<IReadOnlyList<EstablishmentFacts>>
{
    public override string Id => "R3.1";

    public override int Clause => 3;

    public override string Title => "实有人数不超编制";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<EstablishmentFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => IsOver(f.Staff, f.Approved)))
        {
            var label = EstablishmentKinds.Label(f.Kind);
            yield return new Finding(Id, Clause, Severity.Violation, f.Unit, context.Year.ToString(CultureInfo.InvariantCulture),
                $"实有{f.Staff}人", $"{label}{f.Approved}名",
                $"{f.Unit.Name}{label}实有{f.Staff}人，超过核定编制{f.Approved}名（超编{f.Staff - f.Approved}人）", null, f.Kind.ToString());
        }
    }

    /// <summary>Over establishment: more staff than approved posts (equal is full, not over).</summary>
    public static bool IsOver(int staff, int approved) => staff > approved;

    /// <summary>空编: approved posts not filled, never below 0.</summary>
    public static int Vacancies(int approved, int staff) => Math.Max(0, approved - staff);
}
