using System.Globalization;
using System.Text.RegularExpressions;

namespace Jiceng.Core.Policy.Loading;

/// <summary>
/// Reads one scalar as a number, date, flag or text, reporting a zh-CN problem and returning null when it cannot.
/// Numbers, dates and flags must be unquoted: a quoted value is text (YAML's own rule), and the message says so.
/// Callers handle YAML null ("not set") before calling.
/// </summary>
internal sealed partial class ScalarReader(ProblemList problems)
{
    public const int MaxTextLength = 200;

    [GeneratedRegex("^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>A whole number in <paramref name="min"/> … <paramref name="max"/>.</summary>
    public int? Int(YNode node, string? id, string what, int min, int max)
    {
        if (Plain(node, id, what, "整数") is not { } text)
        {
            return null;
        }

        if (!IntPattern().IsMatch(text))
        {
            return WrongType<int>(node, id, what, "整数");
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(ProfileProblemKind.OutOfRange, node.At, id, $"{what}数值过大：{YNodes.Shorten(text)}");
            return null;
        }

        if (value < 0 && min >= 0)
        {
            problems.Add(ProfileProblemKind.Negative, node.At, id, $"{what}不能为负数，却是 {text}");
            return null;
        }

        if (value < min || value > max)
        {
            problems.Add(ProfileProblemKind.OutOfRange, node.At, id, $"{what}应在 {min}–{max} 之间，却是 {text}");
            return null;
        }

        return value;
    }

    /// <summary>A decimal checked against the rules of <paramref name="type"/> (ratio, money, positive …).</summary>
    public decimal? Decimal(YNode node, string? id, string what, ParameterType type)
    {
        if (Plain(node, id, what, "数") is not { } text)
        {
            return null;
        }

        if (!DecimalPattern().IsMatch(text))
        {
            var hint = text.EndsWith('%') ? "（比例写成小数，如 0.2 表示 20%）" : "";
            problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{what}应为{type.Describe()}，却是{node.Describe()}{hint}");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(ProfileProblemKind.OutOfRange, node.At, id, $"{what}数值过大：{YNodes.Shorten(text)}");
            return null;
        }

        var (kind, message) = Check(value, type);
        if (message is not null)
        {
            problems.Add(kind, node.At, id, $"{what}{message}，却是 {text}");
            return null;
        }

        return value;
    }

    private static (ProfileProblemKind, string?) Check(decimal value, ParameterType type) => type switch
    {
        _ when value < 0 => (ProfileProblemKind.Negative, "不能为负数"),
        ParameterType.Ratio when value > 1 => (ProfileProblemKind.OutOfRange, "是比例，应在 0 到 1 之间（0.2 表示 20%）"),
        ParameterType.PositiveDecimal when value == 0 => (ProfileProblemKind.OutOfRange, "应大于 0"),
        ParameterType.Money when decimal.Round(value, 2) != value => (ProfileProblemKind.WrongType, "最多两位小数（精确到分）"),
        ParameterType.MoneyWan when decimal.Round(value, 6) != value => (ProfileProblemKind.WrongType, "最多六位小数（精确到分）"),
        ParameterType.Money or ParameterType.MoneyWan when value > 1_000_000_000m => (ProfileProblemKind.OutOfRange, "金额过大"),
        _ => (ProfileProblemKind.OutOfRange, null),
    };

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public DateOnly? Date(YNode node, string? id, string what)
    {
        if (Plain(node, id, what, "日期（YYYY-MM-DD）") is not { } text)
        {
            return null;
        }

        if (!DatePattern().IsMatch(text))
        {
            return WrongType<DateOnly>(node, id, what, "日期（YYYY-MM-DD，如 2020-01-01）");
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(ProfileProblemKind.InvalidDate, node.At, id, $"{what}是不存在的日期：{text}");
            return null;
        }

        return date;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool? Bool(YNode node, string? id, string what)
    {
        if (Plain(node, id, what, "true 或 false") is not { } text)
        {
            return null;
        }

        return text switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => WrongType<bool>(node, id, what, "true 或 false"),
        };
    }

    /// <summary>Non-blank text (quoted or not), trimmed, at most <see cref="MaxTextLength"/> characters.</summary>
    public string? Text(YNode node, string? id, string what)
    {
        if (node is YBad)
        {
            return null;
        }

        if (node is not YScalar scalar)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{what}应为文字，却是{node.Describe()}");
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.Length == 0 || scalar.IsNull)
        {
            problems.Add(ProfileProblemKind.MissingRequired, node.At, id, $"{what}不能为空");
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            problems.Add(ProfileProblemKind.OutOfRange, node.At, id, $"{what}过长（超过 {MaxTextLength} 个字符）");
            return null;
        }

        return text;
    }

    /// <summary>The text of an unquoted scalar, or null after reporting why not.</summary>
    private string? Plain(YNode node, string? id, string what, string expected)
    {
        switch (node)
        {
            case YBad:
                return null;
            case YScalar { IsNull: true }:
                problems.Add(ProfileProblemKind.MissingRequired, node.At, id, $"{what}不能为空");
                return null;
            case YScalar { Plain: true } s:
                return s.Value;
            case YScalar s:
                problems.Add(ProfileProblemKind.WrongType, node.At, id,
                    $"{what}应为{expected}，却是加了引号的文字“{YNodes.Shorten(s.Value)}”（数字、日期和 true/false 不要加引号）");
                return null;
            default:
                problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{what}应为{expected}，却是{node.Describe()}");
                return null;
        }
    }

    private T? WrongType<T>(YNode node, string? id, string what, string expected)
        where T : struct
    {
        problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{what}应为{expected}，却是{node.Describe()}");
        return null;
    }
}
