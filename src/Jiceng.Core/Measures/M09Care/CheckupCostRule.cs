using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P9;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.4 — clause 九: a checkup costs at most its standard: P9.checkup_cost_standard_hardship when that is set and the
/// cadre's township is remote and hardship or the cadre was stationed in a village on the checkup day (a front-line
/// cadre), else P9.checkup_cost_standard. Equal is within; above is a warning (topic <c>checkup-&lt;id&gt;</c>).
/// </summary>
public sealed class CheckupCostRule : Rule<IReadOnlyList<CheckupFacts>>
{
    public override string Id => "R9.4";

    public override int Clause => 9;

    public override string Title => "体检费用超标准";

    public override IReadOnlyList<string> Parameters { get; } = [P.CheckupCostStandard, P.CheckupCostStandardHardship];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>The standard that applies to a checkup, and whether it is the higher one.</summary>
    public static (decimal Standard, bool Higher) StandardFor(PolicyProfile profile, bool hardshipArea, bool frontline) =>
        (hardshipArea || frontline) && profile.OptionalDecimal(P.CheckupCostStandardHardship) is { } h
            ? (h, true) : (profile.Decimal(P.CheckupCostStandard), false);

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<CheckupFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var c in facts.Where(c => c.CheckedOn >= context.YearStart && c.CheckedOn <= context.AsOf))
        {
            var (standard, higher) = StandardFor(profile, c.HardshipArea, c.Frontline);
            if (c.CostYuan <= standard)
            {
                continue;
            }

            var cost = c.CostYuan.ToString("0.00", CultureInfo.InvariantCulture);
            var limit = standard.ToString("0.00", CultureInfo.InvariantCulture);
            var which = higher ? "艰苦地区和一线干部标准" : "标准";
            yield return new Finding(Id, Clause, Severity.Warning, c.Cadre, year, $"{cost}元", $"不超过{limit}元（{which}）",
                $"{c.Cadre.Name}于{Dates.Format(c.CheckedOn)}的体检费用{cost}元，超过{which}{limit}元", c.CheckedOn, $"checkup-{c.CheckupId}");
        }
    }
}
