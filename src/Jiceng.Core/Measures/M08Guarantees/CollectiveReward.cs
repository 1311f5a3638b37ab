using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// The village collective-economy reward (第八条): when the year's collective operating income reaches
/// P8.collective_income_threshold_wan (≥), pool = min(P8.reward_ratio × max(0, new recurring income), P8.reward_cap_wan),
/// rounded half-up to 0.01 元; below the threshold the pool is 0. The pool is split among the village cadres by their
/// weights so that the shares add up exactly to the pool: each share's exact value pool × w ÷ Σw is cut down to the cent,
/// and the cents left over go one each to the cadres with the largest cut-off fractions (ties: earlier in the list).
/// </summary>
public sealed class CollectiveReward : ICalculator
{
    public string Name => "reward";

    public string Title => "村级集体经济发展奖励及分配";

    public IReadOnlyList<CalcField> Fields { get; } =
    [
        new("income", "当年村级集体经营收入（元）", true, false, "不小于 0 的数，如 100000"),
        new("new_income", "当年新增经常性收入（元）", true, false, "数（可为负：按 0 计）"),
        new("cadre", "参与分配的村干部", false, true, "姓名:权重，如 张三:2（可写多项）", ["name", "weight"]),
        new("year", "年度", false, false, "四位年份（用于选取当年在用的政策配置；不填：今天在用的）"),
    ];

    public IReadOnlyList<string> ParameterIds { get; } =
        [Policy.ParameterIds.P8.CollectiveIncomeThresholdWan, Policy.ParameterIds.P8.RewardRatio, Policy.ParameterIds.P8.RewardCapWan];

    public CalcParse Parse(CalcArgs args)
    {
        var r = new ArgReader(args, Fields);
        var income = r.Decimal("income", 0m);
        var newIncome = r.Decimal("new_income", null);
        var year = r.Int("year", 1949, 2100);
        var cadres = new List<RewardShareholder>();
        foreach (var (number, parts) in r.Items("cadre"))
        {
            var name = r.ItemText("cadre", number, parts, "name", "姓名");
            var weight = r.ItemDecimal("cadre", number, parts, "weight", "权重", 0m);
            if (weight == 0m)
            {
                r.Errors.Add(new FieldError("cadre", $"参与分配的村干部第 {number} 项的权重应大于 0"));
            }
            else if (name is not null && weight is { } w)
            {
                if (cadres.Any(c => c.Name == name))
                {
                    r.Errors.Add(new FieldError("cadre", $"参与分配的村干部第 {number} 项：“{name}”重复"));
                }

                cadres.Add(new RewardShareholder(name, w));
            }
        }

        return r.Errors.Count > 0 || income is null || newIncome is null
            ? new CalcParse(null, r.Errors)
            : new CalcParse(new RewardInput(income.Value, newIncome.Value, cadres, year), []);
    }

    /// <summary>
    /// Splits <paramref name="pool"/> (whole cents) by <paramref name="weights"/> (all &gt; 0) so the shares add up to it
    /// exactly: largest remainder by the cent, ties to the earlier weight. Returns each share and whether it got a remainder cent.
    /// </summary>
    public static IReadOnlyList<(decimal Share, decimal Exact, bool ExtraCent)> Split(decimal pool, IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0)
        {
            return [];
        }

        var total = weights.Sum();
        var exact = weights.Select(w => pool * w / total).ToList();
        var floors = exact.Select(x => decimal.Round(x, 2, MidpointRounding.ToZero)).ToList();
        var left = (int)((pool - floors.Sum()) * 100m);
        var extra = exact.Select((x, i) => (Fraction: x - floors[i], Index: i))
            .OrderByDescending(x => x.Fraction).ThenBy(x => x.Index)
            .Take(left).Select(x => x.Index).ToHashSet();
        return [.. floors.Select((f, i) => (Money.Round(f + (extra.Contains(i) ? 0.01m : 0m)), exact[i], extra.Contains(i)))];
    }
}

/// <summary>A village cadre sharing in the reward, with a weight &gt; 0.</summary>
public sealed record RewardShareholder(string Name, decimal Weight);

/// <param name="Income">The year's collective operating income, 元.</param>
/// <param name="NewRecurringIncome">The year's new recurring income, 元 (negative counts as 0).</param>
public sealed record RewardInput(decimal Income, decimal NewRecurringIncome, IReadOnlyList<RewardShareholder> Cadres, int? Year = null) : CalcRequest
{
    public override DateOnly? ReferenceDay => Year is { } y ? new DateOnly(y, 12, 31) : null;

    public override CalcOutcome Compute(PolicyProfile profile)
    {
        var threshold = profile.Yuan(Policy.ParameterIds.P8.CollectiveIncomeThresholdWan);
        var ratio = profile.Decimal(Policy.ParameterIds.P8.RewardRatio);
        var cap = profile.Yuan(Policy.ParameterIds.P8.RewardCapWan);
        var inputs = new List<WorkingItem>
        {
            new("income", "当年村级集体经营收入", Money.Plain(Income) + " 元"),
            new("new_income", "当年新增经常性收入", Money.Plain(NewRecurringIncome) + " 元"),
        };
        inputs.AddRange(Cadres.Select((c, i) => new WorkingItem("cadre", string.Create(CultureInfo.InvariantCulture, $"参与分配的村干部第 {i + 1} 项"),
            $"{c.Name}，权重 {Money.Plain(c.Weight)}")));
        if (Year is { } y)
        {
            inputs.Add(new WorkingItem("year", "年度", y.ToString(CultureInfo.InvariantCulture)));
        }

        var parameters = new List<WorkingItem>
        {
            new(Policy.ParameterIds.P8.CollectiveIncomeThresholdWan, "集体经济收入奖励门槛", $"{Money.Plain(threshold / 10_000m)} 万元（{Money.Plain(threshold)} 元）"),
            new(Policy.ParameterIds.P8.RewardRatio, "新增经常性收入奖励比例", Money.Plain(ratio)),
            new(Policy.ParameterIds.P8.RewardCapWan, "集体经济奖励资金上限", $"{Money.Plain(cap / 10_000m)} 万元（{Money.Plain(cap)} 元）"),
        };

        var steps = new List<string>();
        decimal pool;
        if (Income < threshold)
        {
            pool = 0.00m;
            steps.Add($"集体经营收入 {Money.Plain(Income)} 元 < 门槛 {Money.Plain(threshold)} 元：未达到奖励条件，奖励资金 0.00 元");
        }
        else
        {
            var basis = Math.Max(0m, NewRecurringIncome);
            var raw = ratio * basis;
            var capped = Math.Min(raw, cap);
            pool = Money.Round(capped);
            steps.Add($"集体经营收入 {Money.Plain(Income)} 元 ≥ 门槛 {Money.Plain(threshold)} 元：达到奖励条件");
            steps.Add($"奖励 = {Money.Plain(ratio)} × max(0, {Money.Plain(NewRecurringIncome)}) = {Money.Exact(raw)} 元");
            steps.Add(raw > cap
                ? $"超过上限 {Money.Plain(cap)} 元，按上限计：奖励资金 {Money.Format(pool)} 元"
                : $"未超过上限 {Money.Plain(cap)} 元：奖励资金 = {Money.Exact(capped)} → 四舍五入到分 {Money.Format(pool)} 元");
        }

        var lines = new List<CalculationLine>();
        if (Cadres.Count > 0)
        {
            var total = Cadres.Sum(c => c.Weight);
            var shares = CollectiveReward.Split(pool, [.. Cadres.Select(c => c.Weight)]);
            for (var i = 0; i < Cadres.Count; i++)
            {
                var (share, exact, extra) = shares[i];
                lines.Add(new CalculationLine(Cadres[i].Name, share, null,
                    $"权重 {Money.Plain(Cadres[i].Weight)}/{Money.Plain(total)}，精确值 {Money.Exact(exact)}" + (extra ? "，分得尾差 0.01 元" : "")));
            }

            var extras = shares.Count(s => s.ExtraCent);
            steps.Add(string.Create(CultureInfo.InvariantCulture,
                $"按权重分配（合计权重 {Money.Plain(total)}）：各人 = 奖励资金 × 权重 ÷ 合计权重，先舍到分；余下 {extras} 分按舍去部分从大到小各给 0.01 元（相同时按列出顺序），合计 {Money.Format(shares.Sum(s => s.Share))} 元"));
        }

        return CalcOutcome.Of(new Calculation("reward", "村级集体经济发展奖励及分配", Calculation.ClauseEight, pool, inputs, parameters, steps, lines));
    }
}
