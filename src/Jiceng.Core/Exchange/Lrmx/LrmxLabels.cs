using System.Collections.Frozen;
using Jiceng.Core.CodeTables;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// The form writes display labels, not codes. These turn labels (and the short forms the editor and people use:
/// “汉”, “大学”, “民盟”) into the standard codes of <see cref="Tables"/>, and back.
/// </summary>
public static class LrmxLabels
{
    private static readonly FrozenDictionary<string, string> EducationShort = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["博士研究生"] = "11", ["博士"] = "11", ["硕士研究生"] = "14", ["研究生"] = "14", ["硕士"] = "14",
        ["大学"] = "21", ["大学本科"] = "21", ["本科"] = "21", ["大专"] = "31", ["大学专科"] = "31", ["专科"] = "31",
        ["中专"] = "41", ["中等专科"] = "41", ["职高"] = "44", ["技校"] = "47", ["高中"] = "61", ["普通高中"] = "61",
        ["初中"] = "71", ["小学"] = "81",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> PartyShort = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["中共"] = "01", ["党员"] = "01", ["中共预备党员"] = "02", ["预备党员"] = "02", ["团员"] = "03", ["共青团"] = "03",
        ["民革"] = "04", ["民盟"] = "05", ["民建"] = "06", ["民进"] = "07", ["农工党"] = "08", ["致公党"] = "09",
        ["九三学社"] = "10", ["台盟"] = "11", ["无党派"] = "12",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string?>> RegionsByName = new(BuildRegions);

    public static bool IsNone(string? s) => string.IsNullOrWhiteSpace(s) || s.Trim() is "无" or "/" or "—";

    public static string? Sex(string label) => label.Trim() switch
    {
        "男" or "1" => "1",
        "女" or "2" => "2",
        _ => null,
    };

    public static string? Ethnicity(string label)
    {
        var t = label.Trim();
        return ByLabel(Tables.Ethnicity, t) ?? ByLabel(Tables.Ethnicity, t + "族");
    }

    public static string? Education(string label)
    {
        var t = label.Trim();
        return ByLabel(Tables.Education, t) ?? EducationShort.GetValueOrDefault(t);
    }

    public static string? Degree(string label)
    {
        var t = label.Trim();
        return ByLabel(Tables.Degree, t)
            ?? (t.Contains("博士", StringComparison.Ordinal) ? "2"
            : t.Contains("硕士", StringComparison.Ordinal) ? "3"
            : t.Contains("学士", StringComparison.Ordinal) ? "4" : null);
    }

    public static string? PoliticalStatus(string label)
    {
        var t = label.Trim();
        return ByLabel(Tables.PoliticalStatus, t) ?? PartyShort.GetValueOrDefault(t);
    }

    /// <summary>A place name such as “浙江杭州” or “浙江省杭州市西湖区” to its GB/T 2260 code when exactly one division has that name.</summary>
    public static string? Region(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : RegionsByName.Value.GetValueOrDefault(StripPlace(text.Trim()));

    /// <summary>
    /// The higher of two education codes by their GB/T 4658 level (10 研究生, 20 本科, 30 专科 …; a smaller number is
    /// higher); at the same level the first (full-time education) wins.
    /// </summary>
    public static string? HigherEducation(string? a, string? b) =>
        a is null ? b : b is null ? a : Level(Tables.Education, b) / 10 < Level(Tables.Education, a) / 10 ? b : a;

    /// <summary>The higher of two degree codes (2 博士 &gt; 3 硕士 &gt; 4 学士).</summary>
    public static string? HigherDegree(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(b, a) < 0 ? b : a;

    private static int Level(CodeTable table, string code) =>
        int.TryParse(table.Find(code)?.Parent ?? "99", System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : 99;

    private static string? ByLabel(CodeTable table, string label) => table.Entries.FirstOrDefault(e => e.Label == label)?.Code;

    private static string StripPlace(string s)
    {
        foreach (var word in new[] { "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "县", "区" })
        {
            s = s.Replace(word, "", StringComparison.Ordinal);
        }

        return s;
    }

    private static FrozenDictionary<string, string?> BuildRegions()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in Tables.Regions.Entries)
        {
            if (Tables.RegionName(e.Code) is not { } name)
            {
                continue;
            }

            var key = StripPlace(name);
            // Two divisions with one name: ambiguous, so neither.
            map[key] = map.ContainsKey(key) && map[key] != e.Code ? null : e.Code;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
