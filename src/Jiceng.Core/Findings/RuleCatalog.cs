using System.Collections.Frozen;

namespace Jiceng.Core.Findings;

/// <summary>
/// Every rule in this assembly, found by reflection: adding a rule is adding its class to its measure's folder.
/// Ordered by clause, then rule id.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } = typeof(RuleCatalog).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Clause).ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    private static readonly FrozenDictionary<string, IRule> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    public static IRule? Find(string id) => ById.GetValueOrDefault(id);
}
