namespace Jiceng.Core.Policy.Loading;

/// <summary>Reads ranges and the sanction table; lists are in <see cref="ListReader"/>.</summary>
internal sealed class StructuredReader(ProblemList problems)
{
    private static readonly string[] RangeFields = ["min", "max"];
    private static readonly string[] SanctionLabels = [.. Enum.GetValues<SanctionKind>().Select(k => k.Label())];

    private readonly FieldReader _fields = new(problems);
    private readonly ScalarReader _scalars = new(problems);

    /// <summary><c>{min: 2, max: 3}</c>: two whole numbers ≥ 0 with min ≤ max.</summary>
    public IntRange? Range(YNode node, string id, string what)
    {
        if (_fields.Read(node, id, what, "范围 {min: 下限, max: 上限}", RangeFields) is not { } f)
        {
            return null;
        }

        var min = f.TryGetValue("min", out var a) ? _scalars.Int(a, id, $"{what}的下限 min", 0, int.MaxValue) : null;
        var max = f.TryGetValue("max", out var b) ? _scalars.Int(b, id, $"{what}的上限 max", 0, int.MaxValue) : null;
        if (min is not { } lo || max is not { } hi)
        {
            return null;
        }

        if (lo > hi)
        {
            problems.Add(ProfileProblemKind.MinGreaterThanMax, node.At, id, $"{what}的下限 min = {lo} 大于上限 max = {hi}");
            return null;
        }

        return new IntRange(lo, hi);
    }

    /// <summary>P7.influence_months: <c>{警告: 6, 记过: 12, 记大过: 18, 降级: 24, 撤职: 24}</c>, every kind present.</summary>
    public InfluencePeriods? Influence(YNode node, string id, string what)
    {
        if (_fields.Read(node, id, what, "处分种类 → 月数 的映射（警告、记过、记大过、降级、撤职）", SanctionLabels) is not { } f)
        {
            return null;
        }

        var months = new Dictionary<SanctionKind, int>();
        foreach (var kind in Enum.GetValues<SanctionKind>())
        {
            if (f.TryGetValue(kind.Label(), out var value) && _scalars.Int(value, id, $"{kind.Label()}的影响期（月）", 0, 1200) is { } m)
            {
                months[kind] = m;
            }
        }

        return months.Count == SanctionLabels.Length ? new InfluencePeriods(months) : null;
    }
}
