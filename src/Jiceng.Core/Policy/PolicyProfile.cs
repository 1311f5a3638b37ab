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
public sealed class PolicyProfile
{
    private readonly FrozenDictionary<string, object> _values;

    public PolicyProfile(string name, DateOnly effectiveFrom, bool isExample, IReadOnlyDictionary<string, object> values, string? source = null)
    {
        Name = name;
        EffectiveFrom = effectiveFrom;
        IsExample = isExample;
        Source = source;
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>The first day this profile governs; a judgment about a day uses the latest profile in force on it.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>True for the shipped profile: its values are examples a jurisdiction replaces.</summary>
    public bool IsExample { get; }

    /// <summary>Where the profile was read from (file path), for messages.</summary>
    public string? Source { get; }

    public IReadOnlyDictionary<string, object> Values => _values;

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

    /// <summary>A typed value; structured parameters (tables, lists) are records defined beside the catalogue.</summary>
    public T Get<T>(string id) =>
        _values.TryGetValue(id, out var v)
            ? v is T t ? t : throw new InvalidOperationException($"Parameter {id} holds {v.GetType().Name}, not {typeof(T).Name}.")
            : throw new KeyNotFoundException($"Parameter {id} is not set in profile {Name}.");
}
