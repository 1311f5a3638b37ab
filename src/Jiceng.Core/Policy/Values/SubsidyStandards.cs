namespace Jiceng.Core.Policy;

/// <summary>P8.subsidies: the subsidy lines of clause 八, in file order, names unique.</summary>
public sealed class SubsidyStandards(IReadOnlyList<SubsidyStandard> items)
{
    public IReadOnlyList<SubsidyStandard> Items { get; } = items;

    /// <summary>The line with this name, or null.</summary>
    public SubsidyStandard? Find(string name) =>
        Items.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
