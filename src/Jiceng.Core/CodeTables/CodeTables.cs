using System.Reflection;

namespace Jiceng.Core.CodeTables;

/// <summary>
/// The standard code tables, read once from the CSV files embedded in this assembly (never retyped in code).
/// Files live in <c>CodeTables/Data</c>: <c>code,label,standard[,gbt4658]</c>.
/// </summary>
public static class CodeTables
{
    /// <summary>GB/T 2261.1 sex.</summary>
    public static CodeTable Sex { get; } = Load("sex");

    /// <summary>GB/T 3304: the 56 ethnic groups plus 97 (other) and 98 (foreign origin).</summary>
    public static CodeTable Ethnicity { get; } = Load("ethnicity");

    /// <summary>GB/T 4762 political status.</summary>
    public static CodeTable PoliticalStatus { get; } = Load("political-status");

    /// <summary>Education as cadre systems code it (ZB64), each row mapped to its GB/T 4658 code.</summary>
    public static CodeTable Education { get; } = Load("education");

    /// <summary>GB/T 6864 academic degrees (top level).</summary>
    public static CodeTable Degree { get; } = Load("degree");

    /// <summary>ZB18 annual assessment grades.</summary>
    public static CodeTable AssessmentGrade { get; } = Load("assessment-grade");

    /// <summary>GB/T 2260 administrative divisions down to county level (6-digit codes).</summary>
    public static CodeTable Regions { get; } = Load("regions");

    /// <summary>
    /// The ranks (职级) of comprehensive-management civil servants (综合管理类) under parallel posts and ranks, listed from
    /// the highest to the lowest; the codes are the project's own (see <see cref="Ranks.RankLevels"/> for their order).
    /// </summary>
    public static CodeTable Rank { get; } = Load("rank");

    public static IReadOnlyList<CodeTable> All { get; } = [Sex, Ethnicity, PoliticalStatus, Education, Degree, AssessmentGrade, Regions, Rank];

    /// <summary>City-level rows of GB/T 2260 that group counties without being a city: never part of a name.</summary>
    private static readonly string[] PlaceholderCityLabels = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    /// <summary>The full region name of a 6-digit division code: province, city and county joined, or null when unknown.</summary>
    public static string? RegionName(string code6)
    {
        if (code6.Length != 6 || !Regions.Contains(code6))
        {
            return null;
        }

        var parts = new List<string>(3);
        foreach (var prefix in new[] { code6[..2] + "0000", code6[..4] + "00", code6 })
        {
            var label = Regions.Find(prefix)?.Label;
            if (label is not null && (parts.Count == 0 || parts[^1] != label) && !PlaceholderCityLabels.Contains(label))
            {
                parts.Add(label);
            }
        }

        return string.Concat(parts);
    }

    private static CodeTable Load(string name)
    {
        var assembly = typeof(CodeTables).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Jiceng.CodeTables.{name}.csv")
            ?? throw new InvalidOperationException($"Code table '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var entries = new List<CodeEntry>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            // The tables hold no quoted commas; a plain split is the whole format.
            var f = line.Split(',');
            entries.Add(new CodeEntry(f[0], f[1], f[2], f.Length > 3 ? f[3] : null));
        }

        return new CodeTable(name, entries);
    }
}
