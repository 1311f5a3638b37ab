using System.Globalization;
using System.Text;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// One computed amount of clause 八 and its working: the inputs, the parameters in force (with their P-ids), the
/// clause, and every intermediate step, so the figure can be checked by hand. Printable in Chinese
/// (<see cref="ToText"/>) and serialisable to JSON as is (records of strings, numbers and lists).
/// </summary>
/// <param name="Calculator">The calculator's name (<c>subsidy</c>, <c>trips</c>, <c>leave</c>, <c>pension</c>, <c>reward</c>).</param>
/// <param name="Title">Its zh-CN title.</param>
/// <param name="Clause">The clause it implements, <c>第八条</c>.</param>
/// <param name="Amount">The result in 元, rounded half-up to 0.01 once, at the last step (always two decimals).</param>
/// <param name="Inputs">What was given, in input order.</param>
/// <param name="Parameters">The profile values read, by parameter id.</param>
/// <param name="Steps">The working, one zh-CN line a step.</param>
/// <param name="Lines">Itemised results (per period, per trip, per cadre), each with its own amount where it has one.</param>
/// <param name="Unit">What <paramref name="Amount"/> counts: <see cref="Yuan"/> (money, two decimals) or another unit such as
/// <see cref="Points"/> (a plain number); the calculators of clause 八 all give 元.</param>
public sealed record Calculation(
    string Calculator,
    string Title,
    string Clause,
    decimal Amount,
    IReadOnlyList<WorkingItem> Inputs,
    IReadOnlyList<WorkingItem> Parameters,
    IReadOnlyList<string> Steps,
    IReadOnlyList<CalculationLine> Lines,
    string Unit = Calculation.Yuan)
{
    /// <summary>The clause every calculator of this folder cites.</summary>
    public const string ClauseEight = "第八条";

    /// <summary>The unit of money amounts.</summary>
    public const string Yuan = "元";

    /// <summary>The unit of points (bonus points in recruitment, clause 十).</summary>
    public const string Points = "分";

    /// <summary>An amount in this calculation's unit: money with two decimals (1379.31 元), anything else plain (3 分).</summary>
    public string Format(decimal amount) => FormatIn(amount, Unit);

    /// <summary>An amount in <paramref name="unit"/>: money with two decimals, anything else plain.</summary>
    public static string FormatIn(decimal amount, string unit) =>
        (unit == Yuan ? Money.Format(amount) : Money.Plain(amount)) + " " + unit;

    /// <summary>The working as zh-CN text: title, inputs, parameters, steps, items, result.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Title).Append('（').Append(Clause).Append("）").Append('\n');
        text.Append("输入：\n");
        foreach (var i in Inputs)
        {
            text.Append("  ").Append(i.Label).Append('（').Append(i.Key).Append("）：").Append(i.Value).Append('\n');
        }

        text.Append("参数：\n");
        foreach (var p in Parameters)
        {
            text.Append("  ").Append(p.Key).Append(' ').Append(p.Label).Append('：').Append(p.Value).Append('\n');
        }

        text.Append("计算过程：\n");
        for (var n = 0; n < Steps.Count; n++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {n + 1}. ").Append(Steps[n]).Append('\n');
        }

        if (Lines.Count > 0)
        {
            text.Append("明细：\n");
            foreach (var l in Lines)
            {
                text.Append("  ").Append(l.Label);
                if (l.Amount is { } a)
                {
                    text.Append('：').Append(Format(a));
                }

                if (l.Status is { } s)
                {
                    text.Append(' ').Append(s);
                }

                if (l.Note.Length > 0)
                {
                    text.Append(" —— ").Append(l.Note);
                }

                text.Append('\n');
            }
        }

        text.Append("结果：").Append(Format(Amount)).Append('\n');
        return text.ToString();
    }
}

/// <summary>One input or parameter of a calculation: its key (input name or parameter id), zh-CN label and value as text.</summary>
public sealed record WorkingItem(string Key, string Label, string Value);

/// <summary>An itemised result: a period, a trip claim, a cadre's share.</summary>
/// <param name="Status">A decision where there is one (<c>准予报销</c>, <c>不予报销</c>), else null.</param>
/// <param name="Note">Why, in zh-CN (the test that failed, the remainder cent given), or empty.</param>
public sealed record CalculationLine(string Label, decimal? Amount, string? Status, string Note);

/// <summary>The Money convention of docs/policy-reference.md: decimal 元, half-up (away from zero) to 0.01 once, at the end.</summary>
public static class Money
{
    /// <summary>Rounds half-up to 0.01 元 and keeps two decimals (300 → 300.00).</summary>
    public static decimal Round(decimal yuan) => decimal.Round(yuan, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>An amount as written in the working: two decimals, no grouping (1379.31).</summary>
    public static string Format(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An exact intermediate value: up to 6 decimals, "…" when more were cut (229.885057…).</summary>
    public static string Exact(decimal value)
    {
        var cut = decimal.Round(value, 6, MidpointRounding.ToZero);
        var text = cut.ToString("0.######", CultureInfo.InvariantCulture);
        return cut == value ? text : text + "…";
    }

    /// <summary>A plain number (a parameter, a weight): no trailing zeros.</summary>
    public static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
