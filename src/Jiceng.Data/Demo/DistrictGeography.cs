using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>A township of the demo district and its villages, in the order of the data file.</summary>
internal sealed record TownshipRow(string Code, string Name, IReadOnlyList<VillageRow> Villages);

/// <summary>A village or community: its statistical code and its committee's name (…村委会 / …社区居委会).</summary>
internal sealed record VillageRow(string Code, string CommitteeName);

/// <summary>The real geography of 平鲁区, read from the embedded <c>Demo/Data/district-140603.csv</c> (code,name,parent).</summary>
internal static class DistrictGeography
{
    public const string ResourceName = "Jiceng.Demo.district-140603.csv";
    public const string DistrictCode = "140603000000";

    public static IReadOnlyList<TownshipRow> Load()
    {
        var assembly = typeof(DistrictGeography).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource '{ResourceName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header

        var townships = new List<(string Code, string Name, List<VillageRow> Villages)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (string.Equals(f[2], DistrictCode, StringComparison.Ordinal))
            {
                index[f[0]] = townships.Count;
                townships.Add((f[0], f[1], []));
            }
            else if (index.TryGetValue(f[2], out var i))
            {
                townships[i].Villages.Add(new VillageRow(f[0], f[1]));
            }
            else
            {
                throw new InvalidDataException($"{ResourceName}: the parent {f[2]} of {f[0]} is not a township listed before it.");
            }
        }

        return [.. townships.Select(t => new TownshipRow(t.Code, t.Name, t.Villages))];
    }

    /// <summary>乡/镇 are townships, 街道 sub-districts.</summary>
    public static OrgUnitKind TownshipKind(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) ? OrgUnitKind.SubDistrict : OrgUnitKind.Township;

    public static OrgUnitKind VillageKind(string committeeName) =>
        committeeName.Contains("社区", StringComparison.Ordinal) ? OrgUnitKind.Community : OrgUnitKind.Village;

    /// <summary>The unit's own name: 古城社区居委会 → 古城社区, 井坪村委会 → 井坪村, 北坪村村委会 → 北坪村.</summary>
    public static string VillageName(string committeeName)
    {
        if (committeeName.EndsWith("居委会", StringComparison.Ordinal))
        {
            return committeeName[..^3];
        }

        if (committeeName.EndsWith("村委会", StringComparison.Ordinal))
        {
            var stem = committeeName[..^3];
            return stem.EndsWith('村') ? stem : stem + "村";
        }

        return committeeName;
    }
}
