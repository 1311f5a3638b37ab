using System.Globalization;
using Jiceng.Core.Measures.M08Guarantees;

namespace Jiceng.Core.Policy.Cases;

/// <summary>One calculator run of a case: what was expected and what came out (a calculation, or the refusal).</summary>
public sealed record CaseAmount(string Calculator, Calculation? Calculation, string? Refusal);

/// <summary>Runs a case's expected calculator amounts under its profile and compares them (pure; no database).</summary>
public static class CaseAmounts
{
    public static (IReadOnlyList<CaseAmount> Found, IReadOnlyList<CaseDifference> Differences) Compare(IReadOnlyList<ExpectedAmount> expected, PolicyProfile profile)
    {
        var found = new List<CaseAmount>();
        var differences = new List<CaseDifference>();
        foreach (var e in expected)
        {
            var calculator = Calculators.Find(e.Calculator)!;
            var outcome = Calculators.Run(calculator, e.Inputs, profile);
            var refusal = outcome.Errors.Count > 0 ? string.Join("；", outcome.Errors.Select(x => x.Message)) : null;
            found.Add(new CaseAmount(e.Calculator, outcome.Calculation, refusal));
            if (e.Refused is { } words)
            {
                if (refusal is null)
                {
                    differences.Add(new CaseDifference(CaseDifferenceKind.Mismatch,
                        $"计算器 {e.Calculator}：期望拒绝（含“{words}”），实际算得 {outcome.Calculation!.Format(outcome.Calculation.Amount)}", e.At));
                }
                else if (!refusal.Contains(words, StringComparison.Ordinal))
                {
                    differences.Add(new CaseDifference(CaseDifferenceKind.Mismatch, $"计算器 {e.Calculator}：期望拒绝信息含“{words}”，实际为“{refusal}”", e.At));
                }

                continue;
            }

            if (outcome.Calculation is not { } c)
            {
                differences.Add(new CaseDifference(CaseDifferenceKind.Mismatch, $"计算器 {e.Calculator} 拒绝计算：{refusal}", e.At));
                continue;
            }

            if (e.Amount is { } amount && amount != c.Amount)
            {
                differences.Add(new CaseDifference(CaseDifferenceKind.Mismatch,
                    string.Create(CultureInfo.InvariantCulture, $"计算器 {e.Calculator}：期望 {c.Format(amount)}，实际 {c.Format(c.Amount)}"), e.At));
            }

            var text = c.ToText();
            foreach (var w in e.Working.Where(w => !text.Contains(w, StringComparison.Ordinal)))
            {
                differences.Add(new CaseDifference(CaseDifferenceKind.Mismatch, $"计算器 {e.Calculator}：计算过程中没有“{w}”", e.At));
            }
        }

        return (found, differences);
    }
}
