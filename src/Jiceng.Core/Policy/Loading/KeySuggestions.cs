namespace Jiceng.Core.Policy.Loading;

/// <summary>"Did you mean …": the nearest known key by edit distance, for typo reports.</summary>
internal static class KeySuggestions
{
    /// <summary>Traditional → Simplified for the characters of our Chinese keys (the plan itself is in Traditional).</summary>
    private const string Traditional = "記過級職鄉鎮員務編業後備幹區關機選調學處";
    private const string Simplified = "记过级职乡镇员务编业后备干区关机选调学处";

    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Nearest(string key, IEnumerable<string> candidates)
    {
        if (key.Length > 100)
        {
            return null;
        }

        var limit = Math.Clamp(key.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = string.Equals(key, candidate, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(Fold(key), candidate);
            if (d <= limit && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>"未知的键“x”，是不是“y”？" (or without the question when nothing is near).</summary>
    public static string Unknown(string what, string key, IEnumerable<string> candidates) =>
        Nearest(key, candidates) is { } near
            ? $"未知的{what}“{YNodes.Shorten(key)}”，是不是“{near}”？"
            : $"未知的{what}“{YNodes.Shorten(key)}”";

    private static string Fold(string key) => string.Create(key.Length, key, (span, k) =>
    {
        for (var i = 0; i < k.Length; i++)
        {
            var t = Traditional.IndexOf(k[i], StringComparison.Ordinal);
            span[i] = t >= 0 ? Simplified[t] : k[i];
        }
    });

    /// <summary>Levenshtein distance over UTF-16 code units.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
