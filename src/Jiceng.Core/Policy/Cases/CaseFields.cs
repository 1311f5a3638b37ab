using Jiceng.Core.Policy.Loading;

namespace Jiceng.Core.Policy.Cases;

/// <summary>
/// The fields of one map of a case file (a case, a record, an expectation): unknown keys are reported with a
/// suggestion, and each field is read by type with the profile loader's scalar rules. A field written as YAML null
/// counts as not written. Readers return null (or a default) after reporting, so one pass finds every problem.
/// </summary>
internal sealed class CaseFields
{
    private readonly Dictionary<string, YNode> _fields = new(StringComparer.Ordinal);
    private readonly ProblemList _problems;
    private readonly ScalarReader _scalars;
    private readonly string _what;

    private CaseFields(YMap map, string what, ProblemList problems)
    {
        Map = map;
        _what = what;
        _problems = problems;
        _scalars = new ScalarReader(problems);
    }

    public YMap Map { get; }

    public CaseAt At => new(Map.At.Line, Map.At.Column);

    /// <summary>The fields of <paramref name="node"/>, or null (after reporting) when it is not a map.</summary>
    public static CaseFields? Open(YNode node, IReadOnlyList<string> allowed, string what, ProblemList problems)
    {
        if (node is YBad)
        {
            return null;
        }

        if (node is not YMap map)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, null, $"{what}应为映射（键: 值），却是{node.Describe()}");
            return null;
        }

        var fields = new CaseFields(map, what, problems);
        foreach (var (key, value) in map.Entries)
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                problems.Add(ProfileProblemKind.UnknownKey, key.At, null,
                    $"{KeySuggestions.Unknown("键", key.Value, allowed)}（{what}可写的键：{string.Join("、", allowed)}）");
            }
            else if (value is not YScalar { IsNull: true })
            {
                fields._fields[key.Value] = value;
            }
        }

        return fields;
    }

    public YNode? Node(string key) => _fields.GetValueOrDefault(key);

    public bool Has(string key) => _fields.ContainsKey(key);

    /// <summary>The key's own position (for a problem about the whole field), else the map's.</summary>
    public Position KeyAt(string key) => Map.Entries.FirstOrDefault(e => e.Key.Value == key)?.Key.At ?? Map.At;

    public string? Text(string key) => Node(key) is { } n ? _scalars.Text(n, null, Label(key)) : null;

    /// <summary>A field that must be written: reported at the map when absent.</summary>
    public string RequiredText(string key) => Text(key) ?? Missing(key) ?? "";

    public DateOnly? Date(string key) => Node(key) is { } n ? _scalars.Date(n, null, Label(key)) : null;

    public int? Int(string key, int min, int max) => Node(key) is { } n ? _scalars.Int(n, null, Label(key), min, max) : null;

    /// <summary>An amount in 元 (≥ 0, at most two decimals).</summary>
    public decimal? Money(string key) => Node(key) is { } n ? _scalars.Decimal(n, null, Label(key), ParameterType.Money) : null;

    public bool Bool(string key) => Node(key) is { } n && (_scalars.Bool(n, null, Label(key)) ?? false);

    /// <summary>An instant written <c>YYYY-MM-DD HH:mm</c> in China time (UTC+8).</summary>
    public DateTimeOffset? Instant(string key)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, TimeSpan.FromHours(8));
        }

        _problems.Add(ProfileProblemKind.WrongType, Node(key)!.At, null, $"{Label(key)}应为北京时间（YYYY-MM-DD HH:mm，如 \"2025-03-01 08:00\"），却是 {text}");
        return null;
    }

    /// <summary>One of <paramref name="names"/> (a suggestion and the valid names when not).</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> names, bool required)
        where T : struct
    {
        if (Node(key) is not { } node)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        return Choice(node, Label(key), names, _problems);
    }

    public static T? Choice<T>(YNode node, string what, IReadOnlyDictionary<string, T> names, ProblemList problems)
        where T : struct
    {
        if (node is YBad)
        {
            return null;
        }

        if (node is YScalar { IsNull: false } s && names.TryGetValue(s.Value.Trim(), out var value))
        {
            return value;
        }

        var written = node is YScalar scalar ? scalar.Value : node.Describe();
        problems.Add(ProfileProblemKind.WrongType, node.At, null,
            $"{what}：{KeySuggestions.Unknown("值", written, names.Keys)}（可选：{string.Join("、", names.Keys)}）");
        return null;
    }

    private string? Missing(string key)
    {
        _problems.Add(ProfileProblemKind.MissingField, Map.At, null, $"{_what}缺少 {key}");
        return null;
    }

    private string Label(string key) => $"{_what}的 {key} ";
}
