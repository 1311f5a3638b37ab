using Jiceng.Core.CodeTables;

namespace Jiceng.Core.Ranks;

/// <summary>
/// The order of the ranks (职级): <see cref="CodeTables.CodeTables.Rank"/> lists them from the highest to the lowest, and
/// a rank's ordinal counts from the bottom (二级科员 = 1 … 一级巡视员 = 12), so "higher rank" is "greater ordinal". A
/// promotion (晋升职级) is a rank change to a greater ordinal; <see cref="RankAssignment.Ordinal"/> stores it on every
/// record so queries (R7.2's influence periods) compare numbers instead of codes.
/// </summary>
public static class RankLevels
{
    private static readonly Dictionary<string, int> Ordinals = CodeTables.CodeTables.Rank.Entries
        .Select((e, i) => (e.Code, Ordinal: CodeTables.CodeTables.Rank.Entries.Count - i))
        .ToDictionary(x => x.Code, x => x.Ordinal, StringComparer.Ordinal);

    public static CodeTable Table => CodeTables.CodeTables.Rank;

    /// <summary>1 for the lowest rank upwards; 0 for an unknown code.</summary>
    public static int Ordinal(string? code) => code is not null && Ordinals.TryGetValue(code, out var o) ? o : 0;

    public static string Label(string? code) => Table.LabelOf(code);

    /// <summary>True when <paramref name="to"/> is a higher rank than <paramref name="from"/> (a first rank is not a promotion).</summary>
    public static bool IsPromotion(string? from, string to) => from is not null && Ordinal(to) > Ordinal(from);
}
