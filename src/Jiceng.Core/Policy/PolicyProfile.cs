using System.Collections.Frozen;

namespace Jiceng.Core.Policy;

/// <summary>How a ratio cap turns n × ratio into a whole number (docs/policy-reference.md, counting conventions).</summary>
public enum RoundingMode
{
    Floor = 0,
    Round = 1,
    Ceil = 2,
}

/// <summary>An inclusive whole-number range, e.g. "x–x 名" (P2.party_school_heads_per_year).</summary>
public readonly record struct IntRange(int Min, int Max);

/// <summary>
/// One jurisdiction's filled-in policy: a value for every parameter (placeholder) of the policy document, in force
/// from <see cref="EffectiveFrom"/>. Values are typed by the parameter's definition in <see cref="ParameterCatalog"/>;
/// an optional parameter that is "not set" has no value and its rule checks are skipped.
/// </summary>
/// <remarks>
/// A parameter may carry its <see cref="SourceOf">source</see> and may change value within the profile on given days
/// (<see cref="DatedValuesOf"/>). <see cref="Values"/> are those in force on <see cref="ResolvedOn"/>: the effective
/// date for a loaded profile, the given day for <see cref="At"/>. Rules read plain values; the evaluator hands them
/// the profile resolved at its as-of day.
/// </remarks>
public sealed class PolicyProfile
{
    private readonly FrozenDictionary<string, object> _values;
    private readonly FrozenDictionary<string, ParameterSource> _sources;
    private readonly FrozenDictionary<string, IReadOnlyList<DatedValue>> _dated;

    /// <param name="name">The profile's name.</param>
    /// <param name="effectiveFrom">P0.effective_from.</param>
    /// <param name="isExample">The example flag.</param>
    /// <param name="values">The plain value of every set parameter; for a dated parameter, the value in force on <paramref name="effectiveFrom"/>.</param>
    /// <param name="source">Where the profile was read from, for messages.</param>
    /// <param name="sources">Each parameter's source, where the profile gives one.</param>
    /// <param name="dated">Each dated parameter's values, ascending by distinct <see cref="DatedValue.From"/>.</param>
    public PolicyProfile(
        string name, DateOnly effectiveFrom, bool isExample, IReadOnlyDictionary<string, object> values, string? source = null,
        IReadOnlyDictionary<string, ParameterSource>? sources = null, IReadOnlyDictionary<string, IReadOnlyList<DatedValue>>? dated = null)
        : this(name, effectiveFrom, isExample, values.ToFrozenDictionary(StringComparer.Ordinal), source,
            (sources ?? new Dictionary<string, ParameterSource>()).ToFrozenDictionary(StringComparer.Ordinal),
            (dated ?? new Dictionary<string, IReadOnlyList<DatedValue>>()).ToFrozenDictionary(StringComparer.Ordinal), effectiveFrom)
    {
    }

    private PolicyProfile(
        string name, DateOnly effectiveFrom, bool isExample, FrozenDictionary<string, object> values, string? source,
        FrozenDictionary<string, ParameterSource> sources, FrozenDictionary<string, IReadOnlyList<DatedValue>> dated, DateOnly resolvedOn)
    {
        Name = name;
        EffectiveFrom = effectiveFrom;
        IsExample = isExample;
        Source = source;
        _sources = sources;
        _dated = dated;
        ResolvedOn = resolvedOn;
        _values = dated.Count == 0 ? values : Resolve(values, dated, resolvedOn);
    }

    public string Name { get; }

    /// <summary>The first day this profile governs; a judgment about a day uses the latest profile in force on it.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>True for the shipped profile: its values are examples a jurisdiction replaces.</summary>
    public bool IsExample { get; }

    /// <summary>Where the profile was read from (file path), for messages.</summary>
    public string? Source { get; }

    /// <summary>The day whose values <see cref="Values"/> holds (dated parameters resolved on it).</summary>
    public DateOnly ResolvedOn { get; }

    public IReadOnlyDictionary<string, object> Values => _values;

    /// <summary>The sources the profile gives, by parameter id.</summary>
    public IReadOnlyDictionary<string, ParameterSource> Sources => _sources;

    /// <summary>The source of a parameter's value, or null when the profile gives none.</summary>
    public ParameterSource? SourceOf(string id) => _sources.GetValueOrDefault(id);

    /// <summary>Every dated parameter's values, by parameter id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DatedValue>> DatedValues => _dated;

    /// <summary>A dated parameter's values, ascending; empty when the parameter has one value throughout.</summary>
    public IReadOnlyList<DatedValue> DatedValuesOf(string id) => _dated.TryGetValue(id, out var dated) ? dated : [];

    /// <summary>
    /// This profile with every dated parameter resolved on <paramref name="day"/>: a value applies from its day through
    /// the day before the next one's; before the first, the first applies (the loader requires the first to be in
    /// force by <see cref="EffectiveFrom"/>, so only days the profile does not govern fall there).
    /// </summary>
    public PolicyProfile At(DateOnly day) =>
        day == ResolvedOn || _dated.Count == 0 ? this : new PolicyProfile(Name, EffectiveFrom, IsExample, _values, Source, _sources, _dated, day);

    /// <summary>A parameter's value in force on <paramref name="day"/> (null = not set), for calculators that span several days.</summary>
    public object? ValueOn(string id, DateOnly day) =>
        _dated.TryGetValue(id, out var dated) ? InForce(dated, day) : _values.GetValueOrDefault(id);

    /// <summary>A typed value in force on <paramref name="day"/>.</summary>
    public T GetOn<T>(string id, DateOnly day) => At(day).Get<T>(id);

    public bool IsSet(string id) => _values.ContainsKey(id);

    public int Int(string id) => Get<int>(id);

    public decimal Decimal(string id) => Get<decimal>(id);

    public IntRange Range(string id) => Get<IntRange>(id);

    public RoundingMode Rounding(string id) => Get<RoundingMode>(id);

    public string Text(string id) => Get<string>(id);

    public DateOnly Date(string id) => Get<DateOnly>(id);

    /// <summary>An amount in 元: a <see cref="ParameterType.Money"/> value as is, a <see cref="ParameterType.MoneyWan"/> value × 10,000.</summary>
    public decimal Yuan(string id) =>
        ParameterCatalog.Get(id).Type == ParameterType.MoneyWan ? Decimal(id) * 10_000m : Decimal(id);

    /// <summary>The definition and value (null = not set) of every catalogue parameter, in catalogue order.</summary>
    public IEnumerable<(ParameterDefinition Definition, object? Value)> Entries =>
        ParameterCatalog.All.Select(d => (d, _values.TryGetValue(d.Id, out var v) ? v : null));

    /// <summary>
    /// This profile with some values replaced (a null value makes an optional parameter "not set"); a policy case's
    /// overrides. The values must already be checked and typed as the profile loader types them.
    /// </summary>
    public PolicyProfile With(IReadOnlyDictionary<string, object?> overrides)
    {
        if (overrides.Count == 0)
        {
            return this;
        }

        var values = new Dictionary<string, object>(_values, StringComparer.Ordinal);
        foreach (var (id, value) in overrides)
        {
            if (value is null)
            {
                values.Remove(id);
            }
            else
            {
                values[id] = value;
            }
        }

        return new PolicyProfile(Name, EffectiveFrom, IsExample, values, Source);
    }

    public int? OptionalInt(string id) => _values.TryGetValue(id, out var v) ? (int)v : null;

    public decimal? OptionalDecimal(string id) => _values.TryGetValue(id, out var v) ? (decimal)v : null;

    private static FrozenDictionary<string, object> Resolve(
        IReadOnlyDictionary<string, object> values, IReadOnlyDictionary<string, IReadOnlyList<DatedValue>> dated, DateOnly day)
    {
        var resolved = new Dictionary<string, object>(values, StringComparer.Ordinal);
        foreach (var (id, list) in dated)
        {
            resolved[id] = InForce(list, day);
        }

        return resolved.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static object InForce(IReadOnlyList<DatedValue> dated, DateOnly day)
    {
        var value = dated[0].Value;
        foreach (var d in dated)
        {
            if (d.From > day)
            {
                break;
            }

            value = d.Value;
        }

        return value;
    }

    /// <summary>A typed value; structured parameters (tables, lists) are records defined beside the catalogue.</summary>
    public T Get<T>(string id) =>
        _values.TryGetValue(id, out var v)
            ? v is T t ? t : throw new InvalidOperationException($"Parameter {id} holds {v.GetType().Name}, not {typeof(T).Name}.")
            : throw new KeyNotFoundException($"Parameter {id} is not set in profile {Name}.");
}
