using System.Globalization;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// A village cadre's pension subsidy for a year (第八条): min(the cadre's own contribution, P8.pension_subsidy_per_year),
/// rounded half-up to 0.01 元. The clause sets a yearly cap per person and no proration by months, so none is applied.
/// </summary>
public sealed class PensionSubsidy : ICalculator
{
    public string Name => "pension";

    public string Title => "村干部养老保险个人缴费补助";

    public IReadOnlyList<CalcField> Fields { get; } =
    [
        new("contribution", "本年个人缴费（元）", true, false, "不小于 0 的数，如 800"),
        new("year", "缴费年度", false, false, "四位年份（用于选取当年在用的政策配置；不填：今天在用的）"),
    ];

    public IReadOnlyList<string> ParameterIds { get; } = [Policy.ParameterIds.P8.PensionSubsidyPerYear];

    public CalcParse Parse(CalcArgs args)
    {
        var r = new ArgReader(args, Fields);
        var contribution = r.Decimal("contribution", 0m);
        var year = r.Int("year", 1949, 2100);
        return r.Errors.Count > 0 || contribution is null
            ? new CalcParse(null, r.Errors)
            : new CalcParse(new PensionInput(contribution.Value, year), []);
    }
}

public sealed record PensionInput(decimal Contribution, int? Year = null) : CalcRequest
{
    public override DateOnly? ReferenceDay => Year is { } y ? new DateOnly(y, 12, 31) : null;

    public override CalcOutcome Compute(PolicyProfile profile)
    {
        var cap = profile.Yuan(Policy.ParameterIds.P8.PensionSubsidyPerYear);
        var amount = Money.Round(Math.Min(Contribution, cap));
        var inputs = new List<WorkingItem> { new("contribution", "本年个人缴费", Money.Plain(Contribution) + " 元") };
        if (Year is { } y)
        {
            inputs.Add(new WorkingItem("year", "缴费年度", y.ToString(CultureInfo.InvariantCulture)));
        }

        var which = Contribution < cap ? "个人缴费低于上限，按实际缴费补助" : Contribution == cap ? "个人缴费等于上限" : "个人缴费高于上限，按上限补助";
        return CalcOutcome.Of(new Calculation("pension", "村干部养老保险个人缴费补助", Calculation.ClauseEight, amount, inputs,
            [new(Policy.ParameterIds.P8.PensionSubsidyPerYear, "村干部养老保险个人缴费财政补助上限", Money.Plain(cap) + " 元/人·年")],
            [$"补助 = min(个人缴费 {Money.Plain(Contribution)}, 上限 {Money.Plain(cap)}) = {Money.Format(amount)} 元（{which}；按年核定，不按月折算）"], []));
    }
}
