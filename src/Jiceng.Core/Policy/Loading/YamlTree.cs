namespace Jiceng.Core.Policy.Loading;

/// <summary>A 1-based position in the profile text.</summary>
internal readonly record struct Position(int Line, int Column)
{
    public static readonly Position Start = new(1, 1);
}

/// <summary>A minimal YAML tree that keeps positions; built from parser events, never by resolving aliases.</summary>
internal abstract record YNode(Position At);

/// <summary>A scalar; <see cref="Plain"/> is false for quoted and block scalars (which are always text).</summary>
internal sealed record YScalar(Position At, string Value, bool Plain) : YNode(At)
{
    /// <summary>YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>. Means "not set".</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YEntry(YScalar Key, YNode Value);

internal sealed record YMap(Position At, IReadOnlyList<YEntry> Entries) : YNode(At);

internal sealed record YSeq(Position At, IReadOnlyList<YNode> Items) : YNode(At);

/// <summary>A node already reported as a problem (an alias, a tagged value); readers skip it silently.</summary>
internal sealed record YBad(Position At) : YNode(At);

internal static class YNodes
{
    /// <summary>How a node's kind is named in a message.</summary>
    public static string Describe(this YNode node) => node switch
    {
        YScalar { IsNull: true } => "空值",
        YScalar s => $"“{Shorten(s.Value)}”",
        YMap => "映射（键: 值）",
        YSeq => "列表",
        _ => "无效值",
    };

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
