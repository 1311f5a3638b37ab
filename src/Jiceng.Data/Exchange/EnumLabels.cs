using System.Collections.Frozen;

namespace Jiceng.Data.Exchange;

/// <summary>
/// The zh-CN label of an enum member as the pages show it (<c>tools/ui-strings.tsv</c>, key <c>{Type}_{Member}</c>,
/// embedded in this assembly): templates offer these words in their drop-downs and imports read them back.
/// </summary>
public static class EnumLabels
{
    private static readonly FrozenDictionary<string, string> Strings = Load();

    public static string Label<T>(T value) where T : struct, Enum =>
        Strings.TryGetValue($"{typeof(T).Name}_{value}", out var label) ? label : value.ToString();

    /// <summary>Every member's label, in declaration order.</summary>
    public static IReadOnlyList<string> Labels<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Label).ToList();

    /// <summary>A member from its label, its name or its number.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(Label(member), text, StringComparison.Ordinal))
            {
                value = member;
                return true;
            }
        }

        return Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(EnumLabels).Assembly.GetManifestResourceStream("Jiceng.ui-strings.tsv")
            ?? throw new InvalidOperationException("ui-strings.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                map[line[..tab]] = line[(tab + 1)..];
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
