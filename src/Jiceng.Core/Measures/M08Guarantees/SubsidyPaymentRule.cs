using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.7 — clause 八: a subsidy paid below the standard in force is a violation. For each month of the judged year paid by
/// the evaluation day, what was due is the <c>subsidy</c> calculator's amount (the P8.subsidies line in force each
/// eligible day, prorated by days, rounded half-up to the cent at the end); paid &lt; due is a violation, paid ≥ due is not.
/// A payment under a name the profile does not have cannot be judged (the commands refuse such a name).
/// </summary>
public sealed class SubsidyPaymentRule : Rule<IReadOnlyList<SubsidyPaymentFacts>>
{
    public override string Id => "R8.7";

    public override int Clause => 8;

    public override string Title => "补贴低于在用标准发放";

    public override IReadOnlyList<string> Parameters { get; } = [ParameterIds.P8.Subsidies];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>What was due for a payment: the <c>subsidy</c> calculator's calculation, or null when it refuses (name not in the profile).</summary>
    public static Calculation? Due(SubsidyPaymentFacts p, PolicyProfile profile) =>
        new SubsidyInput(p.Subsidy, p.Month, p.EligibleFrom, p.EligibleTo).Compute(profile).Calculation;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<SubsidyPaymentFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var p in facts)
        {
            if (p.Month.Year != context.Year || p.Month > context.AsOf || Due(p, profile) is not { } due || p.PaidYuan >= due.Amount)
            {
                continue;
            }

            var month = p.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var monthEnd = new DateOnly(p.Month.Year, p.Month.Month, 1).AddMonths(1).AddDays(-1);
            yield return new Finding(Id, Clause, Severity.Violation, p.Cadre, month,
                $"实发 {Money.Format(p.PaidYuan)} 元", $"不低于 {Money.Format(due.Amount)} 元（在用标准按日折算）",
                string.Create(CultureInfo.InvariantCulture,
                    $"{p.Cadre.Name}{p.Month.Year}年{p.Month.Month}月{p.Subsidy}实发 {Money.Format(p.PaidYuan)} 元，低于在用标准折算的 {Money.Format(due.Amount)} 元，少发 {Money.Format(due.Amount - p.PaidYuan)} 元"),
                monthEnd, $"{p.Subsidy}:{month}");
        }
    }
}
