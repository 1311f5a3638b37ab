using System.Globalization;
using System.Text;
using Jiceng.Core.Cadres;

namespace Jiceng.Core.Policy;

/// <summary>
/// Writes a profile as YAML that <see cref="ProfileLoader"/> reads back to the same values: every catalogue parameter
/// under its clause's section, in catalogue order, each with a comment in Chinese (its name, unit, whether it is
/// optional, whether the document gives no value for it). The policy page's form builds its draft with this, so a
/// draft from the form and one typed as YAML go through the same loader.
/// </summary>
/// <remarks>Values are the CLR types of <see cref="ParameterTypes.ClrType"/>; null (or absent) is "not set" (<c>~</c>).</remarks>
public static class ProfileWriter
{
    /// <summary>A loaded profile as YAML, keeping its sources and dated values.</summary>
    public static string Write(PolicyProfile profile) =>
        Write(profile.Name, profile.IsExample, profile.Values.ToDictionary(v => v.Key, v => (object?)v.Value, StringComparer.Ordinal),
            profile.Sources, profile.DatedValues);

    /// <param name="name">The profile's name.</param>
    /// <param name="isExample">The example flag.</param>
    /// <param name="values">Each parameter's value (null or absent = not set).</param>
    /// <param name="sources">Sources to keep: a parameter with one is written in the long form.</param>
    /// <param name="dated">Dated values to keep; they take the place of the parameter's single value.</param>
    public static string Write(
        string name, bool isExample, IReadOnlyDictionary<string, object?> values,
        IReadOnlyDictionary<string, ParameterSource>? sources = null, IReadOnlyDictionary<string, IReadOnlyList<DatedValue>>? dated = null)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# 政策配置。每行一个参数：参数编号: 值    # 中文名称（单位）");
        yaml.AppendLine("# 可选参数写 ~ 表示“未设置”，相关规则不作检查；比例写小数（0.2 表示 20%）；日期写 YYYY-MM-DD。");
        if (isExample)
        {
            yaml.AppendLine("# 【注意】本配置中的数值为示例值，须按本地正式文件替换后使用；替换后把 example 改为 false。");
        }

        foreach (var clause in ClauseCatalog.All)
        {
            yaml.AppendLine();
            if (clause.Number == 0)
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"{ClauseCatalog.HeaderSection}:");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  name: {Quoted(name)}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  example: {(isExample ? "true" : "false")}    # true 表示数值为示例，须替换");
            }
            else
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"# {clause.Numeral}、{clause.Title}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"{clause.SectionKey}:");
            }

            foreach (var d in ParameterCatalog.ForClause(clause.Number))
            {
                WriteParameter(yaml, d, values.GetValueOrDefault(d.Id), sources?.GetValueOrDefault(d.Id), dated?.GetValueOrDefault(d.Id));
            }
        }

        return yaml.ToString();
    }

    /// <summary>The comment beside a parameter: its name, unit and what the reader must know about its value.</summary>
    public static string Comment(ParameterDefinition d)
    {
        var text = d.Unit.Length > 0 && d.Unit != "比例" ? $"{d.Label}（{d.Unit}）" : d.Label;
        if (d.Type == ParameterType.Rounding)
        {
            text += "：floor 向下取整 | round 四舍五入 | ceil 向上取整";
        }

        if (!d.Required)
        {
            text += "；可选";
        }

        return d.ExampleChosenByUs ? text + "；原文未给数值，此为示例" : text;
    }

    private static void WriteParameter(StringBuilder yaml, ParameterDefinition d, object? value, ParameterSource? source, IReadOnlyList<DatedValue>? dated)
    {
        var comment = "    # " + Comment(d);
        if (source is null && dated is not { Count: > 0 })
        {
            WriteValue(yaml, "  ", d.Id, value, comment);
            return;
        }

        // The long form (policy/README.md): value or dated values, and where they come from.
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  {d.Id}:{comment}");
        if (dated is { Count: > 0 })
        {
            yaml.AppendLine("    values:");
            foreach (var v in dated)
            {
                var from = Invariant($"{v.From:yyyy-MM-dd}");
                if (IsBlock(v.Value))
                {
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"      - from: {from}");
                    WriteValue(yaml, "        ", "value", v.Value, "");
                }
                else
                {
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"      - {{from: {from}, value: {Scalar(v.Value)}}}");
                }
            }
        }
        else
        {
            WriteValue(yaml, "    ", "value", value, "");
        }

        if (source is not null)
        {
            var fields = new List<string>();
            if (source.Document is { } document)
            {
                fields.Add("document: " + Quoted(document));
            }

            if (source.Quote is { } quote)
            {
                fields.Add("quote: " + Quoted(quote));
            }

            yaml.AppendLine(CultureInfo.InvariantCulture, $"    source: {{{string.Join(", ", fields)}}}");
        }
    }

    private static bool IsBlock(object? value) => value is InfluencePeriods or SubsidyStandards or LeaveTiers;

    /// <summary>Writes <c>key: value</c> at <paramref name="indent"/>; tables and lists go on the lines below, two spaces deeper.</summary>
    private static void WriteValue(StringBuilder yaml, string indent, string key, object? value, string comment)
    {
        var head = $"{indent}{key}:";
        var inner = indent + "  ";
        switch (value)
        {
            case InfluencePeriods p:
                yaml.AppendLine(head + comment);
                foreach (var (kind, months) in p.Months.OrderBy(k => k.Key))
                {
                    yaml.AppendLine(Invariant($"{inner}{kind.Label()}: {months}"));
                }

                break;
            case SubsidyStandards s:
                yaml.AppendLine(head + (s.Items.Count == 0 ? " []" : "") + comment);
                foreach (var i in s.Items)
                {
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"{inner}- name: {Quoted(i.Name)}");
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"{inner}  applies_to: [{string.Join(", ", i.AppliesTo.Select(c => c.Label()))}]");
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"{inner}  old: {Number(i.Old)}");
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"{inner}  new: {Number(i.New)}");
                    yaml.AppendLine(Invariant($"{inner}  effective: {i.Effective:yyyy-MM-dd}"));
                }

                break;
            case LeaveTiers t:
                yaml.AppendLine(head + (t.Tiers.Count == 0 ? " []" : "") + comment);
                foreach (var tier in t.Tiers)
                {
                    yaml.AppendLine(Invariant($"{inner}- {{from_years: {tier.FromYears}, days: {tier.Days}}}"));
                }

                break;
            default:
                yaml.AppendLine(CultureInfo.InvariantCulture, $"{head} {Scalar(value)}{comment}");
                break;
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "~",
        string s => Quoted(s),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal m => Number(m),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IntRange r => Invariant($"{{min: {r.Min}, max: {r.Max}}}"),
        RoundingMode.Floor => "floor",
        RoundingMode.Round => "round",
        RoundingMode.Ceil => "ceil",
        // Anything else is not a parameter value; the loader then reports the parameter with its line.
        _ => Quoted(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>A YAML double-quoted scalar: whatever a user typed stays one value on one line.</summary>
    public static string Quoted(string text)
    {
        var s = new StringBuilder("\"");
        foreach (var ch in text)
        {
            s.Append(ch switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) => $"\\u{(int)ch:x4}",
                _ => ch.ToString(),
            });
        }

        return s.Append('"').ToString();
    }

    // Without trailing zeros: 20 % typed in the form is 0.2, not 0.2000.
    private static string Number(decimal m) => m.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
