using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Loading;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// One raw input value as a command line, a JSON body or a policy case gives it: a text, or (for a list item such as a
/// trip) a map of its parts (<c>{date, amount}</c>). A text list item writes its parts joined by a colon
/// (<c>2021-06-20:800</c>).
/// </summary>
public sealed record CalcArg(string? Text, IReadOnlyDictionary<string, string>? Parts = null)
{
    public static CalcArg Of(string text) => new(text);

    public override string ToString() =>
        Text ?? string.Join(":", Parts?.Values ?? []);
}

/// <summary>The raw inputs of one calculation, by input name; a repeated input keeps its values in order.</summary>
public sealed class CalcArgs
{
    private readonly Dictionary<string, List<CalcArg>> _values = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _values.Keys;

    public CalcArgs Add(string name, CalcArg value)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = [];
        }

        list.Add(value);
        return this;
    }

    public CalcArgs Add(string name, string text) => Add(name, CalcArg.Of(text));

    public IReadOnlyList<CalcArg> All(string name) => _values.TryGetValue(name, out var list) ? list : [];
}

/// <summary>An input a calculator accepts.</summary>
/// <param name="Name">Its name on the command line (<c>--name</c>), in JSON and in a policy case.</param>
/// <param name="Label">Its zh-CN label.</param>
/// <param name="Format">How to write it, in zh-CN (e.g. <c>yyyy-MM-dd</c>).</param>
/// <param name="Parts">For a list of items written as maps: the parts' names, in the order a colon-joined text gives them.</param>
public sealed record CalcField(string Name, string Label, bool Required, bool Repeated, string Format, IReadOnlyList<string>? Parts = null);

/// <summary>Reads raw inputs by type, collecting every zh-CN field error (naming the field and the item) before giving up.</summary>
internal sealed class ArgReader
{
    private readonly CalcArgs _args;
    private readonly IReadOnlyList<CalcField> _fields;

    public ArgReader(CalcArgs args, IReadOnlyList<CalcField> fields)
    {
        _args = args;
        _fields = fields;
        foreach (var name in args.Names)
        {
            if (fields.FirstOrDefault(f => f.Name == name) is not { } field)
            {
                Errors.Add(new FieldError(name, KeySuggestions.Unknown("输入", name, fields.Select(f => f.Name)) +
                    $"（可写：{string.Join("、", fields.Select(f => f.Name))}）"));
            }
            else if (!field.Repeated && args.All(name).Count > 1)
            {
                Errors.Add(new FieldError(name, $"{field.Label}（{name}）只能写一次"));
            }
        }
    }

    public List<FieldError> Errors { get; } = [];

    private CalcField Field(string name) => _fields.First(f => f.Name == name);

    /// <summary>The single text of an input, or null (reported when required).</summary>
    public string? Text(string name)
    {
        var field = Field(name);
        var arg = _args.All(name).FirstOrDefault();
        var text = arg?.Text?.Trim();
        if (arg is not null && arg.Text is null)
        {
            Errors.Add(new FieldError(name, $"{field.Label}（{name}）应为一个值，而不是一组字段"));
            return null;
        }

        if (string.IsNullOrEmpty(text))
        {
            if (field.Required)
            {
                Errors.Add(new FieldError(name, $"缺少{field.Label}（{name}），格式：{field.Format}"));
            }

            return null;
        }

        return text;
    }

    public DateOnly? Date(string name) => Text(name) is { } t ? ParseDate(name, Field(name).Label, t) : null;

    public int? Int(string name, int min, int max) => Text(name) is { } t ? ParseInt(name, Field(name).Label, t, min, max) : null;

    public decimal? Decimal(string name, decimal? min) => Text(name) is { } t ? ParseDecimal(name, Field(name).Label, t, min) : null;

    /// <summary>One of a fixed set of values, by any of its spellings (a code or its zh-CN name); else an error listing them.</summary>
    public T? Choice<T>(string name, IReadOnlyList<(string Spelling, T Value)> choices) where T : struct
    {
        if (Text(name) is not { } t)
        {
            return null;
        }

        foreach (var (spelling, value) in choices)
        {
            if (string.Equals(spelling, t, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Errors.Add(new FieldError(name, $"{Field(name).Label}（{name}）应为{string.Join("、", choices.Select(c => c.Spelling))}之一，而不是“{Shorten(t)}”"));
        return null;
    }

    /// <summary>A month written yyyy-MM, as its first day.</summary>
    public DateOnly? Month(string name)
    {
        if (Text(name) is not { } t)
        {
            return null;
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 1949 and <= 2100)
        {
            return month;
        }

        Errors.Add(new FieldError(name, $"{Field(name).Label}（{name}）应为 yyyy-MM 格式的月份（如 2021-03），而不是“{Shorten(t)}”"));
        return null;
    }

    /// <summary>The items of a repeated input, each as its parts by name (a colon-joined text is split in <see cref="CalcField.Parts"/> order).</summary>
    public List<(int Number, IReadOnlyDictionary<string, string> Parts)> Items(string name)
    {
        var field = Field(name);
        var parts = field.Parts ?? [];
        var items = new List<(int, IReadOnlyDictionary<string, string>)>();
        var args = _args.All(name);
        if (args.Count == 0 && field.Required)
        {
            Errors.Add(new FieldError(name, $"缺少{field.Label}（{name}），至少写一项，格式：{field.Format}"));
        }

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Parts is { } map)
            {
                var unknown = map.Keys.Where(k => !parts.Contains(k, StringComparer.Ordinal)).ToList();
                if (unknown.Count > 0)
                {
                    Errors.Add(new FieldError(name, $"{field.Label}（{name}）第 {i + 1} 项：{KeySuggestions.Unknown("字段", unknown[0], parts)}（可写：{string.Join("、", parts)}）"));
                    continue;
                }

                items.Add((i + 1, map));
                continue;
            }

            // Split from the right: a name (the first part) may itself hold a colon.
            var text = (arg.Text ?? "").Trim().Replace('：', ':');
            var split = new List<string>();
            for (var p = parts.Count - 1; p > 0; p--)
            {
                var at = text.LastIndexOf(':');
                if (at < 0)
                {
                    break;
                }

                split.Insert(0, text[(at + 1)..].Trim());
                text = text[..at];
            }

            split.Insert(0, text.Trim());
            if (split.Count != parts.Count)
            {
                Errors.Add(new FieldError(name, $"{field.Label}（{name}）第 {i + 1} 项“{Shorten(arg.Text ?? "")}”格式不对，应为 {field.Format}"));
                continue;
            }

            items.Add((i + 1, parts.Zip(split).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal)));
        }

        return items;
    }

    public DateOnly? ItemDate(string name, int number, IReadOnlyDictionary<string, string> parts, string part, string label) =>
        Part(name, number, parts, part, label) is { } t ? ParseDate(name, $"{Field(name).Label}第 {number} 项的{label}", t) : null;

    public decimal? ItemDecimal(string name, int number, IReadOnlyDictionary<string, string> parts, string part, string label, decimal? min) =>
        Part(name, number, parts, part, label) is { } t ? ParseDecimal(name, $"{Field(name).Label}第 {number} 项的{label}", t, min) : null;

    public string? ItemText(string name, int number, IReadOnlyDictionary<string, string> parts, string part, string label) =>
        Part(name, number, parts, part, label);

    private string? Part(string name, int number, IReadOnlyDictionary<string, string> parts, string part, string label)
    {
        if (parts.TryGetValue(part, out var text) && text.Trim().Length > 0)
        {
            return text.Trim();
        }

        Errors.Add(new FieldError(name, $"{Field(name).Label}（{name}）第 {number} 项缺少{label}（{part}）"));
        return null;
    }

    private DateOnly? ParseDate(string name, string label, string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1900 and <= 2100)
        {
            return day;
        }

        Errors.Add(new FieldError(name, $"{label}（{name}）应为 yyyy-MM-dd 格式的日期（如 2021-03-11），而不是“{Shorten(text)}”"));
        return null;
    }

    private int? ParseInt(string name, string label, string text, int min, int max)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Errors.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"{label}（{name}）应为 {min} 到 {max} 之间的整数，而不是“{Shorten(text)}”")));
        return null;
    }

    private decimal? ParseDecimal(string name, string label, string text, decimal? min)
    {
        const decimal Max = 1_000_000_000_000m;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value >= (min ?? -Max) && value <= Max)
        {
            return value;
        }

        var range = min is { } m ? $"不小于 {Money.Plain(m)} 的数" : "数";
        Errors.Add(new FieldError(name, $"{label}（{name}）应为{range}（元，如 5000 或 5000.50），而不是“{Shorten(text)}”"));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}

/// <summary>A calculator's inputs, read and checked: the day whose profile applies, and the computation itself.</summary>
public abstract record CalcRequest
{
    /// <summary>The day whose profile in force the calculation uses (the last day of the period computed); null: today.</summary>
    public abstract DateOnly? ReferenceDay { get; }

    /// <summary>Computes under <paramref name="profile"/>; errors that depend on the profile (an unknown subsidy line) come back as field errors.</summary>
    public abstract CalcOutcome Compute(PolicyProfile profile);
}

/// <summary>Inputs read: a request, or every field error.</summary>
public sealed record CalcParse(CalcRequest? Request, IReadOnlyList<FieldError> Errors);

/// <summary>A calculation, or the field errors that stopped it.</summary>
public sealed record CalcOutcome(Calculation? Calculation, IReadOnlyList<FieldError> Errors)
{
    public static CalcOutcome Of(Calculation c) => new(c, []);

    public static CalcOutcome Refused(params FieldError[] errors) => new(null, errors);
}

/// <summary>A calculator of clause 八: named inputs in, a <see cref="Calculation"/> out.</summary>
public interface ICalculator
{
    /// <summary>The name used by <c>jiceng calc NAME</c>, <c>POST /api/v1/calc/NAME</c> and policy cases.</summary>
    string Name { get; }

    string Title { get; }

    IReadOnlyList<CalcField> Fields { get; }

    /// <summary>The parameters it reads.</summary>
    IReadOnlyList<string> ParameterIds { get; }

    CalcParse Parse(CalcArgs args);
}
