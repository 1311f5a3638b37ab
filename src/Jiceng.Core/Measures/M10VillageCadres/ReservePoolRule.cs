using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.3 — clause 10: a village keeps reserve cadres (村级后备干部) numbering at least ceil(P10.reserve_multiplier ×
/// the seats of its current two-committees term). A village without a recorded current term is not judged.
/// </summary>
public sealed class ReservePoolRule : Rule<IReadOnlyList<VillageCadreFacts>>
{
    public override string Id => "R10.3";

    public override int Clause => 10;

    public override string Title => "村级后备干部储备";

    public override IReadOnlyList<string> Parameters { get; } = [P.ReserveMultiplier];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageCadreFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var multiplier = profile.Decimal(P.ReserveMultiplier);
        foreach (var v in facts)
        {
            if (v.TwoCommitteesSeats is not { } seats)
            {
                continue;
            }

            var required = RequiredReserves(multiplier, seats);
            if (v.Reserves < required)
            {
                yield return new Finding(Id, Clause, Severity.Violation, v.Village, context.Year.ToString(CultureInfo.InvariantCulture),
                    $"{v.Reserves}名", $"至少{required}名（职数{seats}×{multiplier.ToString("0.##", CultureInfo.InvariantCulture)}）",
                    $"{v.Village.Name}储备村级后备干部{v.Reserves}名，少于“两委”职数{seats}的{multiplier.ToString("0.##", CultureInfo.InvariantCulture)}倍（{required}名）", null);
            }
        }
    }

    /// <summary>A multiplier target requires ceil(multiplier × base) (docs/policy-reference.md, counting conventions).</summary>
    public static int RequiredReserves(decimal multiplier, int seats) => (int)Math.Ceiling(multiplier * seats);
}
