namespace Jiceng.Core.Policy.Loading;

/// <summary>Reads the fields of a structured value (a range, a table, a list item) from a YAML map.</summary>
internal sealed class FieldReader(ProblemList problems)
{
    /// <summary>
    /// The non-null fields of <paramref name="node"/> by name, or null when it is not a map. Unknown fields are
    /// reported with a suggestion; absent or empty required fields are reported at the map's position.
    /// </summary>
    public Dictionary<string, YNode>? Read(YNode node, string id, string what, string expected, IReadOnlyList<string> required)
    {
        if (node is YBad)
        {
            return null;
        }

        if (node is not YMap map)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, id, $"{what}应为{expected}，却是{node.Describe()}");
            return null;
        }

        var fields = new Dictionary<string, YNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (!required.Contains(key.Value, StringComparer.Ordinal))
            {
                problems.Add(ProfileProblemKind.UnknownKey, key.At, id,
                    $"{KeySuggestions.Unknown("字段", key.Value, required)}（{what}的字段是 {string.Join("、", required)}）");
            }
            else if (value is not YScalar { IsNull: true })
            {
                fields[key.Value] = value;
            }
        }

        foreach (var name in required)
        {
            if (!fields.ContainsKey(name))
            {
                problems.Add(ProfileProblemKind.MissingField, map.At, id, $"{what}缺少字段 {name}");
            }
        }

        return fields;
    }
}
