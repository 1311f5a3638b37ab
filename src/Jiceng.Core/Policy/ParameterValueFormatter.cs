using System.Globalization;
using Jiceng.Core.Cadres;

namespace Jiceng.Core.Policy;

/// <summary>Shows a parameter's value with its unit in zh-CN, for the CLI table and the profile page.</summary>
public static class ParameterValueFormatter
{
    public const string NotSet = "未设置";

    /// <summary>The value with its unit, e.g. "1 人", "20%", "2–3 人/年"; <see cref="NotSet"/> for null.</summary>
    public static string Format(ParameterDefinition definition, object? value)
    {
        if (value is null)
        {
            return NotSet;
        }

        var unit = definition.Unit.Length == 0 ? "" : " " + definition.Unit;
        return definition.Type switch
        {
            ParameterType.Ratio => Invariant($"{(decimal)value * 100:0.####}%"),
            ParameterType.IntRange when value is IntRange r => Invariant($"{r.Min}–{r.Max}{unit}"),
            ParameterType.Rounding when value is RoundingMode m => Rounding(m),
            ParameterType.Date when value is DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ParameterType.InfluenceTable when value is InfluencePeriods p =>
                string.Join("；", p.Months.OrderBy(k => k.Key).Select(k => Invariant($"{k.Key.Label()} {k.Value} 个月"))),
            ParameterType.SubsidyList when value is SubsidyStandards s => s.Items.Count == 0
                ? "（无）"
                : string.Join("；", s.Items.Select(i => Invariant(
                    $"{i.Name}（{string.Join("、", i.AppliesTo.Select(c => c.Label()))}）{i.Old}→{i.New} 元/人·月，{i.Effective:yyyy-MM-dd} 起"))),
            ParameterType.LeaveTierList when value is LeaveTiers t =>
                string.Join("；", t.Tiers.Select(x => Invariant($"满 {x.FromYears} 年 {x.Days} 天"))),
            ParameterType.NonNegativeInt or ParameterType.Days or ParameterType.Months or ParameterType.Years
                or ParameterType.Hours or ParameterType.CalendarYear or ParameterType.NonNegativeDecimal
                or ParameterType.PositiveDecimal or ParameterType.Money or ParameterType.MoneyWan
                or ParameterType.Text or ParameterType.IntRange or ParameterType.Rounding or ParameterType.Date
                or ParameterType.InfluenceTable or ParameterType.SubsidyList or ParameterType.LeaveTierList
                => Convert.ToString(value, CultureInfo.InvariantCulture) + unit,
        };
    }

    /// <summary>
    /// A parameter's value as the profile gives it: its dated values, e.g. "1500 元（2020-01-01 起）；1800 元（2022-07-01 起）",
    /// or its one value.
    /// </summary>
    public static string Format(ParameterDefinition definition, PolicyProfile profile) =>
        profile.DatedValuesOf(definition.Id) is { Count: > 0 } dated
            ? Dated(definition, dated)
            : Format(definition, profile.Values.GetValueOrDefault(definition.Id));

    /// <summary>Dated values in one line: "1500 元（2020-01-01 起）；1800 元（2022-07-01 起）".</summary>
    public static string Dated(ParameterDefinition definition, IEnumerable<DatedValue> dated) =>
        string.Join("；", dated.Select(d => Invariant($"{Format(definition, d.Value)}（{d.From:yyyy-MM-dd} 起）")));

    /// <summary>A source in one line: "平组发〔2020〕12号：“同一岗位任职满x年的应进行调整”"; empty for none.</summary>
    public static string Source(ParameterSource? source) => source switch
    {
        null => "",
        { Document: { } document, Quote: { } quote } => $"{document}：“{quote}”",
        { Document: { } document } => document,
        { Quote: { } quote } => $"“{quote}”",
        _ => "",
    };

    public static string Rounding(RoundingMode mode) => mode switch
    {
        RoundingMode.Floor => "向下取整",
        RoundingMode.Round => "四舍五入",
        RoundingMode.Ceil => "向上取整",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
