using System.Collections;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Findings;

/// <summary>One parameter a finding was judged with: its id and its value as shown to people (null = not set).</summary>
/// <param name="Id">The parameter id, e.g. <c>P4.max_years_same_post</c>.</param>
/// <param name="Value">The value formatted by <see cref="ParameterValueFormatter"/> ("5 年"), or null when the optional parameter is not set.</param>
public sealed record UsedParameter(string Id, string? Value)
{
    /// <summary>The parameter's label, or its id when the catalogue does not know it (a record from an older version).</summary>
    public string Label => ParameterCatalog.TryGet(Id, out var d) ? d.Label : Id;

    /// <summary>The value as shown, "未设置" for not set.</summary>
    public string Shown => Value ?? ParameterValueFormatter.NotSet;
}

/// <summary>
/// The parameter values a finding used, in the rule's order. Compared by content, so a <see cref="Finding"/> stays a
/// value: two runs over the same records with the same profile give equal findings.
/// </summary>
public sealed class UsedParameters : IReadOnlyList<UsedParameter>, IEquatable<UsedParameters>
{
    private readonly UsedParameter[] _items;

    public UsedParameters(IEnumerable<UsedParameter> items) => _items = [.. items];

    public static UsedParameters None { get; } = new([]);

    public int Count => _items.Length;

    public UsedParameter this[int index] => _items[index];

    /// <summary>The values of <paramref name="ids"/> in <paramref name="profile"/> (resolved on the day judged).</summary>
    public static UsedParameters Of(PolicyProfile profile, IEnumerable<string> ids) =>
        new(ids.Select(id => new UsedParameter(id, profile.Values.TryGetValue(id, out var v) ? ParameterValueFormatter.Format(ParameterCatalog.Get(id), v) : null)));

    /// <summary>"标签：值；标签：值", e.g. for a CSV cell or a line under a finding; empty when none.</summary>
    public override string ToString() => string.Join("；", _items.Select(p => $"{p.Label}：{p.Shown}"));

    public bool Equals(UsedParameters? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as UsedParameters);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<UsedParameter> GetEnumerator() => ((IEnumerable<UsedParameter>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
