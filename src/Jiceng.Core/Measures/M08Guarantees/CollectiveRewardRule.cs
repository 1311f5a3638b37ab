using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P8;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.4 — clause 八: a village cadre's collective-economy reward for a year may not exceed the cadre's share of the
/// village's pool, as the <c>reward</c> calculator computes it (<see cref="RewardInput"/>: threshold ≥, ratio of the new
/// recurring income, cap, split among the year's paid cadres by their weights, to the cent). Paid more → violation.
/// A village without an income record for the year has a pool of 0.
/// </summary>
public sealed class CollectiveRewardRule : Rule<IReadOnlyList<VillageRewardFacts>>
{
    public override string Id => "R8.4";

    public override int Clause => 8;

    public override string Title => "村级集体经济发展奖励兑现";

    public override IReadOnlyList<string> Parameters { get; } = [P.CollectiveIncomeThresholdWan, P.RewardRatio, P.RewardCapWan];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>Each paid cadre's entitlement (元) for the year, in the order of <see cref="VillageRewardFacts.Paid"/>, and the pool.</summary>
    public static (decimal Pool, IReadOnlyList<decimal> Shares) Entitlements(VillageRewardFacts v, PolicyProfile profile)
    {
        var input = new RewardInput(v.OperatingIncomeYuan ?? 0m, v.NewRecurringIncomeYuan ?? 0m,
            [.. v.Paid.Select(p => new RewardShareholder(p.Cadre.Id.ToString(CultureInfo.InvariantCulture), p.Weight))], v.Year);
        var calculation = input.Compute(profile).Calculation!;
        return (calculation.Amount, [.. calculation.Lines.Select(l => l.Amount ?? 0m)]);
    }

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageRewardFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var v in facts.Where(v => v.Year == context.Year && v.Paid.Count > 0))
        {
            var (pool, shares) = Entitlements(v, profile);
            for (var i = 0; i < v.Paid.Count; i++)
            {
                var p = v.Paid[i];
                if (p.PaidYuan <= shares[i])
                {
                    continue;
                }

                var basis = v.OperatingIncomeYuan is null ? "未登记当年集体经济收入，奖励资金0元" : $"奖励资金{Yuan(pool)}元，权重{Plain(p.Weight)}/{Plain(v.Paid.Sum(x => x.Weight))}";
                yield return new Finding(Id, Clause, Severity.Violation, p.Cadre, v.Year.ToString(CultureInfo.InvariantCulture),
                    $"已发放{Yuan(p.PaidYuan)}元", $"不超过{Yuan(shares[i])}元（{basis}）",
                    $"{v.Village.Name}{p.Cadre.Name}{v.Year}年集体经济发展奖励发放{Yuan(p.PaidYuan)}元，超过应得的{Yuan(shares[i])}元", null);
            }
        }
    }

    private static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Plain(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
