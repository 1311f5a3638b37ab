using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>The calculators of clause 八 (and clause 十's bonus points), by name: what <c>jiceng calc</c>, <c>POST /api/v1/calc/{name}</c> and policy cases run.</summary>
public static class Calculators
{
    public static IReadOnlyList<ICalculator> All { get; } =
        [new SubsidyProration(), new HomeTripDecision(), new UntakenLeavePay(), new PensionSubsidy(), new CollectiveReward(), new RecruitmentBonusPoints()];

    public static ICalculator? Find(string name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>Reads the inputs and computes under <paramref name="profile"/>: the calculation, or every field error.</summary>
    public static CalcOutcome Run(ICalculator calculator, CalcArgs args, PolicyProfile profile)
    {
        var parse = calculator.Parse(args);
        return parse.Request is { } request ? request.Compute(profile) : new CalcOutcome(null, parse.Errors);
    }
}
