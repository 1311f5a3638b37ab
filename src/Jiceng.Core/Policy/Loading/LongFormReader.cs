using System.Globalization;

namespace Jiceng.Core.Policy.Loading;

/// <summary>A parameter as read: its value (null = not set), its dated values and its source, each optional.</summary>
/// <param name="At">Where the value is written (for a "not set" report).</param>
internal sealed record ReadParameter(object? Value, Position At, IReadOnlyList<DatedValue>? Dated = null, ParameterSource? Source = null);

/// <summary>
/// Reads a parameter written in its short form (<c>P4.max_years_same_post: 5</c>) or its long form, a map with
/// <c>value</c> or <c>values</c> (dated) and an optional <c>source</c> (policy/README.md, “长写法”).
/// </summary>
/// <remarks>
/// For a range or the sanction table, whose own value is a map, a map is the long form exactly when one of its keys
/// is <c>value</c>, <c>values</c> or <c>source</c>: their own maps never use these keys (min/max, the five sanction
/// names), so the two cannot be confused. The same holds for lists, whose own value is a sequence. For a scalar
/// parameter any map is the long form. Dated values are ascending with distinct days; whether the first is in force by
/// P0.effective_from is checked by <see cref="DocumentReader"/>, which knows that date.
/// </remarks>
internal sealed class LongFormReader(ProblemList problems)
{
    public const string ValueKey = "value";
    public const string ValuesKey = "values";
    public const string SourceKey = "source";
    public const string FromKey = "from";
    public const string DocumentKey = "document";
    public const string QuoteKey = "quote";

    private static readonly string[] Keys = [ValueKey, ValuesKey, SourceKey];
    private static readonly string[] DatedKeys = [FromKey, ValueKey];
    private static readonly string[] SourceKeys = [DocumentKey, QuoteKey];

    private readonly ValueReader _values = new(problems);
    private readonly ScalarReader _scalars = new(problems);
    private readonly FieldReader _fields = new(problems);

    /// <summary>
    /// A map is the long form when it has one of its keys, or when the parameter's value is a single scalar (a
    /// misspelt <c>valu</c> then gets a suggestion rather than "expected a number"). A map without those keys for a
    /// range, table or list stays that parameter's own (wrongly shaped) value, reported as such.
    /// </summary>
    public static bool IsLongForm(ParameterDefinition definition, YNode node) =>
        node is YMap map && (definition.Type is not (ParameterType.IntRange or ParameterType.InfluenceTable or ParameterType.SubsidyList or ParameterType.LeaveTierList)
            || map.Entries.Any(e => Keys.Contains(e.Key.Value, StringComparer.Ordinal)));

    /// <summary>The parameter, or null when a problem was reported.</summary>
    public ReadParameter? Read(ParameterDefinition definition, YNode node)
    {
        if (node is not YMap map || !IsLongForm(definition, node))
        {
            return _values.TryRead(definition, node, out var plain) ? new ReadParameter(plain, node.At) : null;
        }

        var id = definition.Id;
        var entries = new Dictionary<string, YEntry>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (Keys.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                entries[entry.Key.Value] = entry;
            }
            else
            {
                problems.Add(ProfileProblemKind.UnknownKey, entry.Key.At, id,
                    $"{KeySuggestions.Unknown("键", entry.Key.Value, Keys)}（参数的长写法只有 value 或 values，以及 source）");
            }
        }

        var ok = entries.Count == map.Entries.Count;
        var source = entries.TryGetValue(SourceKey, out var s) ? Source(s.Value, id) : null;
        ok &= s is null || source is not null;
        switch (entries.TryGetValue(ValueKey, out var single), entries.TryGetValue(ValuesKey, out var many))
        {
            case (true, true):
                problems.Add(ProfileProblemKind.ValueAndValues, many!.Key.At, id, $"{definition.Label}：value（一个值）和 values（按日期的多个值）只能写一个");
                return null;
            case (false, false):
                problems.Add(ProfileProblemKind.MissingField, map.At, id, $"{definition.Label}缺少 value（值）或 values（按日期的多个值）");
                return null;
            case (true, false):
                return _values.TryRead(definition, single!.Value, out var value) && ok ? new ReadParameter(value, single.Value.At, Source: source) : null;
            default:
                // At: the first dated value, the one whose start DocumentReader checks against P0.effective_from.
                return Dated(definition, many!.Value) is { } dated && ok ? new ReadParameter(dated[0].Value, ((YSeq)many.Value).Items[0].At, dated, source) : null;
        }
    }

    /// <summary><c>[{from: 日期, value: 值}, …]</c>: at least one, ascending by distinct days, each value set and valid.</summary>
    private List<DatedValue>? Dated(ParameterDefinition definition, YNode node)
    {
        var id = definition.Id;
        if (definition.Clause == 0)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{definition.Label}是配置本身的信息，不能按日期写多个值（新的值请写成新版本的配置）");
            return null;
        }

        if (node is not YSeq { Items.Count: > 0 } seq)
        {
            if (node is not YBad)
            {
                problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{definition.Label}的 values 应为列表（每项 {{from: 日期, value: 值}}），却是{node.Describe()}");
            }

            return null;
        }

        var result = new List<DatedValue>();
        var ok = true;
        foreach (var (item, n) in seq.Items.Select((item, i) => (item, i + 1)))
        {
            var what = $"{definition.Label}的第 {n} 个值";
            if (_fields.Read(item, id, what, "映射 {from: 日期, value: 值}", DatedKeys) is not { } f
                || !f.TryGetValue(FromKey, out var fromNode) || !f.TryGetValue(ValueKey, out var valueNode))
            {
                ok = false;
                continue;
            }

            var from = _scalars.Date(fromNode, id, $"{what}的起始日期 from");
            if (!_values.TryRead(definition, valueNode, out var value) || from is null)
            {
                ok = false;
                continue;
            }

            if (value is null)
            {
                problems.Add(ProfileProblemKind.MissingRequired, valueNode.At, id, $"{what}不能为空（按日期写的每个值都要填写）");
                ok = false;
                continue;
            }

            if (result.Count > 0 && result[^1].From >= from)
            {
                problems.Add(ProfileProblemKind.OutOfOrder, fromNode.At, id, Invariant(
                    $"{what}的起始日期 {from:yyyy-MM-dd} 应晚于上一个值的 {result[^1].From:yyyy-MM-dd}（按日期从早到晚书写，日期不能重复）"));
                ok = false;
                continue;
            }

            result.Add(new DatedValue(from.Value, value));
        }

        return ok ? result : null;
    }

    /// <summary><c>{document: 文号, quote: 原文}</c>, at least one of the two.</summary>
    private ParameterSource? Source(YNode node, string id)
    {
        if (node is YBad)
        {
            return null;
        }

        if (node is not YMap map)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, id, $"来源 source 应为映射 {{document: 文号, quote: 原文}}，却是{node.Describe()}");
            return null;
        }

        string? document = null, quote = null;
        var ok = true;
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case DocumentKey:
                    document = _scalars.Text(value, id, "来源文件 document");
                    ok &= document is not null;
                    break;
                case QuoteKey:
                    quote = _scalars.Text(value, id, "原文 quote");
                    ok &= quote is not null;
                    break;
                default:
                    problems.Add(ProfileProblemKind.UnknownKey, key.At, id, $"{KeySuggestions.Unknown("字段", key.Value, SourceKeys)}（来源 source 的字段是 document、quote）");
                    ok = false;
                    break;
            }
        }

        if (ok && document is null && quote is null)
        {
            problems.Add(ProfileProblemKind.MissingField, map.At, id, "来源 source 至少要写 document（文件）或 quote（原文）之一");
        }

        return ok && (document is not null || quote is not null) ? new ParameterSource(document, quote) : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
