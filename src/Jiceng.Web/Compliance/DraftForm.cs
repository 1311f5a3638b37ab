using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Policy;

namespace Jiceng.Web.Compliance;

/// <summary>
/// A draft profile as form fields, one per catalogue parameter. The form only holds what was typed; it turns into
/// YAML with <see cref="ProfileWriter"/> and is checked, tried and adopted exactly as a YAML draft is, so the
/// loader's messages (with the parameter id) come back to the field they concern.
/// </summary>
public sealed class DraftForm
{
    public string Name { get; set; } = "";

    public bool IsExample { get; set; }

    public IReadOnlyList<DraftField> Fields { get; private init; } = [];

    public DraftField this[string id] => Fields.First(f => f.Definition.Id == id);

    /// <summary>The sources of the profile the draft started from: the form does not edit them, the draft keeps them.</summary>
    public IReadOnlyDictionary<string, ParameterSource> Sources { get; private init; } = new Dictionary<string, ParameterSource>();

    /// <summary>
    /// The dated values of the profile the draft started from. The form edits one value per parameter, so a dated
    /// parameter keeps its dated values (they are changed in the YAML draft) and its field is shown, not edited.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DatedValue>> Dated { get; private init; } = new Dictionary<string, IReadOnlyList<DatedValue>>();

    public static DraftForm From(PolicyProfile profile) => new()
    {
        Name = profile.Name,
        IsExample = profile.IsExample,
        Fields = [.. profile.Entries.Select(e => DraftField.From(e.Definition, e.Value))],
        Sources = profile.Sources,
        Dated = profile.DatedValues,
    };

    public string ToYaml() =>
        ProfileWriter.Write(Name, IsExample, Fields.ToDictionary(f => f.Definition.Id, f => f.Value(), StringComparer.Ordinal), Sources, Dated);
}

/// <summary>One parameter's editors; which of them is used depends on the parameter's type.</summary>
public sealed class DraftField
{
    private DraftField(ParameterDefinition definition, object? original)
    {
        Definition = definition;
        Original = original;
    }

    public ParameterDefinition Definition { get; }

    /// <summary>The value in the profile the draft started from.</summary>
    public object? Original { get; }

    /// <summary>Counts, days, years, amounts and multipliers; a ratio is edited in per cent.</summary>
    public decimal? Number { get; set; }

    public string? Text { get; set; }

    public DateTime? Date { get; set; }

    public RoundingMode? Rounding { get; set; }

    public int? Min { get; set; }

    public int? Max { get; set; }

    public Dictionary<SanctionKind, int?> Months { get; } = [];

    public List<TierRow> Tiers { get; } = [];

    public List<SubsidyRow> Subsidies { get; } = [];

    public bool IsPercent => Definition.Type == ParameterType.Ratio;

    public static DraftField From(ParameterDefinition definition, object? value)
    {
        var f = new DraftField(definition, value);
        switch (value)
        {
            case int i: f.Number = i; break;
            case decimal m: f.Number = Trimmed(f.IsPercent ? m * 100 : m); break;
            case string s: f.Text = s; break;
            case DateOnly d: f.Date = d.ToDateTime(TimeOnly.MinValue); break;
            case RoundingMode r: f.Rounding = r; break;
            case IntRange r: (f.Min, f.Max) = (r.Min, r.Max); break;
            case LeaveTiers t: f.Tiers.AddRange(t.Tiers.Select(x => new TierRow { FromYears = x.FromYears, Days = x.Days })); break;
            case SubsidyStandards s:
                f.Subsidies.AddRange(s.Items.Select(i => new SubsidyRow
                {
                    Name = i.Name, AppliesTo = [.. i.AppliesTo], Old = i.Old, New = i.New, Effective = i.Effective.ToDateTime(TimeOnly.MinValue),
                }));
                break;
            default: break;
        }

        foreach (var kind in Enum.GetValues<SanctionKind>())
        {
            f.Months[kind] = value is InfluencePeriods p ? p.MonthsFor(kind) : null;
        }

        return f;
    }

    // 0.20 × 100 is 20.00: shown as 20.
    private static decimal Trimmed(decimal m) =>
        decimal.Parse(m.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The typed value for the writer; null when the field is empty (not set, or missing if required).</summary>
    public object? Value() => Definition.Type switch
    {
        ParameterType.NonNegativeInt or ParameterType.Days or ParameterType.Months or ParameterType.Years or ParameterType.Hours
            or ParameterType.CalendarYear => Number is { } n ? (n == decimal.Truncate(n) && Math.Abs(n) <= int.MaxValue ? (object)(int)n : n) : null,
        ParameterType.Ratio => Number / 100,
        ParameterType.NonNegativeDecimal or ParameterType.PositiveDecimal or ParameterType.Money or ParameterType.MoneyWan => Number,
        ParameterType.Text => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ParameterType.Date => Date is { } d ? DateOnly.FromDateTime(d) : null,
        ParameterType.Rounding => Rounding,
        ParameterType.IntRange => Min is { } min && Max is { } max ? new IntRange(min, max) : null,
        ParameterType.InfluenceTable => Months.Values.All(m => m is not null)
            ? new InfluencePeriods(Months.ToDictionary(k => k.Key, k => k.Value!.Value)) : null,
        ParameterType.LeaveTierList => new LeaveTiers([.. Tiers.Where(t => t.FromYears is not null && t.Days is not null)
            .Select(t => new LeaveTier(t.FromYears!.Value, t.Days!.Value))]),
        ParameterType.SubsidyList => new SubsidyStandards([.. Subsidies.Where(s => s.IsComplete)
            .Select(s => new SubsidyStandard(s.Name.Trim(), [.. s.AppliesTo], s.Old!.Value, s.New!.Value, DateOnly.FromDateTime(s.Effective!.Value)))]),
    };

    /// <summary>True while the value is still the catalogue's example (what the shipped profile carries).</summary>
    public bool IsExampleValue => (Value(), Definition.Example) switch
    {
        (_, null) => false,
        (decimal a, decimal b) => a == b,
        var (value, example) => ParameterValueFormatter.Format(Definition, value) == ParameterValueFormatter.Format(Definition, example),
    };
}

public sealed class TierRow
{
    public int? FromYears { get; set; }

    public int? Days { get; set; }
}

public sealed class SubsidyRow
{
    public string Name { get; set; } = "";

    public IReadOnlyCollection<CadreCategory> AppliesTo { get; set; } = [];

    public decimal? Old { get; set; }

    public decimal? New { get; set; }

    public DateTime? Effective { get; set; }

    public bool IsComplete => Name.Trim().Length > 0 && Old is not null && New is not null && Effective is not null;
}
