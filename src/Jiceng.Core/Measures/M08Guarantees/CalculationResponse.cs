using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// The JSON shape of one calculation, the same for <c>jiceng calc NAME --json</c> and <c>POST /api/v1/calc/{name}</c>
/// (docs/api.md): the amount and its unit (元, or 分 for points), the profile it was computed under, and the working. Names never change meaning; fields may be added.
/// </summary>
public sealed record CalculationResponse(
    string Calculator,
    string Title,
    string Clause,
    decimal Amount,
    CalculationProfile Profile,
    IReadOnlyList<WorkingItem> Inputs,
    IReadOnlyList<WorkingItem> Parameters,
    IReadOnlyList<string> Steps,
    IReadOnlyList<CalculationLine> Lines,
    string Text,
    string Unit = Calculation.Yuan)
{
    public static CalculationResponse From(Calculation c, PolicyProfile profile) =>
        new(c.Calculator, c.Title, c.Clause, c.Amount, new CalculationProfile(profile.Name, profile.EffectiveFrom, profile.IsExample),
            c.Inputs, c.Parameters, c.Steps, c.Lines, c.ToText(), c.Unit);
}

/// <summary>The profile a calculation used: its name, effective date and whether its values are the shipped examples.</summary>
public sealed record CalculationProfile(string Name, DateOnly EffectiveFrom, bool IsExample);
