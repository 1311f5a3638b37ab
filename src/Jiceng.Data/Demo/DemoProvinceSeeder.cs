using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Data.Audit;

namespace Jiceng.Data.Demo;

/// <summary>How much of the province <see cref="DemoProvinceSeeder"/> writes.</summary>
public enum ProvinceScale
{
    /// <summary>平鲁区 alone, under its province and city: the <c>district</c> dataset through the bulk path.</summary>
    District = 1,

    /// <summary>Three districts of 朔州市 (朔城区, 平鲁区, 山阴县): the province path on a few districts, for tests.</summary>
    Region = 2,

    /// <summary>The <c>province</c> dataset of docs/quality-bars.md: every county of 山西省, about 500,000 cadres.</summary>
    Province = 3,
}

/// <summary>A planted finding by its subject's database id, kept after its district's objects are dropped.</summary>
public sealed record PlantedKey(string Rule, Severity Severity, SubjectKind Kind, int Id);

/// <summary>What a province seed wrote.</summary>
public sealed record ProvinceSeedResult(int Districts, int OrgUnits, int Cadres, long Rows, IReadOnlyList<PlantedKey> Planted);

/// <summary>
/// Generates the demo province district by district (each with <see cref="DemoDistrictGenerator"/>'s realism and
/// planted findings, 平鲁区 with the demo's own seed) and streams each district through <see cref="DemoBulkWriter"/>
/// before generating the next: memory holds one district at a time. The planted set is the union over the districts.
/// </summary>
public static class DemoProvinceSeeder
{
    /// <param name="progress">Reports (districts written, districts in all, rows written).</param>
    public static async Task<ProvinceSeedResult> SeedAsync(JicengDbContext db, ProvinceScale scale, int seed = 2020,
        IProgress<(int Done, int Total, long Rows)>? progress = null, CancellationToken ct = default)
    {
        var districts = Districts(scale).ToList();
        var issued = new HashSet<long>();
        var planted = new List<PlantedKey>();
        var units = 0;
        var cadres = 0;
        await using var writer = await DemoBulkWriter.OpenAsync(db, ct);

        var province = new OrgUnit { Code = ProvinceGeography.ProvinceCode, Name = ProvinceGeography.ProvinceName, Kind = OrgUnitKind.Province, SortOrder = 1 };
        var cities = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        foreach (var (city, _, _) in districts)
        {
            if (!cities.ContainsKey(city.Code))
            {
                cities[city.Code] = new OrgUnit { Code = city.Code, Name = city.Name, Kind = OrgUnitKind.City, Parent = province, SortOrder = cities.Count + 1 };
            }
        }

        await writer.WriteAsync(new DemoDataset([province, .. cities.Values], [], [], [], [], []), ct);
        units += cities.Count + 1;
        progress?.Report((0, districts.Count, writer.Rows));
        for (var i = 0; i < districts.Count; i++)
        {
            var (city, district, order) = districts[i];
            var own = string.Equals(district.Code, DistrictGeography.DistrictCode, StringComparison.Ordinal);
            // 平鲁区 is the demo district with the demo's seed; every other district its own seed from its code.
            var districtSeed = own ? seed : seed + int.Parse(district.Code.AsSpan(0, 6), System.Globalization.CultureInfo.InvariantCulture);
            var data = Generate(district, cities[city.Code], order, districtSeed, issued);
            await writer.WriteAsync(data, ct);
            units += data.OrgUnits.Count;
            cadres += data.Cadres.Count;
            planted.AddRange(data.Planted.Select(p => new PlantedKey(p.Rule, p.Severity,
                p.Cadre is not null ? SubjectKind.Cadre : p.Unit!.Kind == OrgUnitKind.District ? SubjectKind.District : SubjectKind.OrgUnit,
                p.Cadre?.Id ?? p.Unit!.Id)));
            progress?.Report((i + 1, districts.Count, writer.Rows));
        }

        await writer.FinishAsync(ct);
        var entry = AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()), AuditAction.Import, AuditOutcome.Success,
            "DemoProvince", "", new { scale = scale.ToString(), districts = districts.Count, orgUnits = units, cadres, rows = writer.Rows });
        await AuditChain.AppendAsync(db, [entry], ct);
        return new ProvinceSeedResult(districts.Count, units, cadres, writer.Rows, planted);
    }

    /// <summary>
    /// The scale's org tree alone (province, cities, districts and their real townships, no cadres or records) through
    /// the bulk path: the units an imported roster refers to (the <c>import-csv</c> and <c>import-xlsx</c> benchmarks).
    /// Returns the townships' codes and names.
    /// </summary>
    public static async Task<IReadOnlyList<(string Code, string Name)>> SeedOrgTreeAsync(JicengDbContext db, ProvinceScale scale, CancellationToken ct = default)
    {
        var province = new OrgUnit { Code = ProvinceGeography.ProvinceCode, Name = ProvinceGeography.ProvinceName, Kind = OrgUnitKind.Province, SortOrder = 1 };
        var units = new List<OrgUnit> { province };
        var cities = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        var townships = new List<(string Code, string Name)>();
        foreach (var (city, district, order) in Districts(scale))
        {
            if (!cities.TryGetValue(city.Code, out var cityUnit))
            {
                cities[city.Code] = cityUnit = new OrgUnit { Code = city.Code, Name = city.Name, Kind = OrgUnitKind.City, Parent = province, SortOrder = cities.Count + 1 };
                units.Add(cityUnit);
            }

            var districtUnit = new OrgUnit { Code = district.Code, Name = district.Name, Kind = OrgUnitKind.District, Parent = cityUnit, SortOrder = order };
            units.Add(districtUnit);
            for (var i = 0; i < district.Townships.Count; i++)
            {
                var t = district.Townships[i];
                units.Add(new OrgUnit { Code = t.Code, Name = t.Name, Kind = OrgUnitKind.Township, Parent = districtUnit, SortOrder = i + 1 });
                townships.Add((t.Code, t.Name));
            }
        }

        await using var writer = await DemoBulkWriter.OpenAsync(db, ct);
        await writer.WriteAsync(new DemoDataset(units, [], [], [], [], []), ct);
        await writer.FinishAsync(ct);
        return townships;
    }

    /// <summary>
    /// The district from its seed; where that seed leaves a small district without a cadre some planting needs (a
    /// township with too few office staff of a category), the next seeds in turn. Deterministic all the same.
    /// </summary>
    private static DemoDataset Generate(ProvinceGeography.DistrictRow district, OrgUnit city, int order, int seed, HashSet<long> issued)
    {
        for (var attempt = 0; ; attempt++)
        {
            var tried = new HashSet<long>(issued);
            try
            {
                var data = DemoDistrictGenerator.GenerateDistrict(district, city, order, seed + (attempt * 7919), tried);
                issued.UnionWith(tried);
                return data;
            }
            catch (InvalidOperationException) when (attempt < 9)
            {
                // Try the next seed; the ID numbers of the failed attempt are not kept.
            }
        }
    }

    private static IEnumerable<(ProvinceGeography.CityRow City, ProvinceGeography.DistrictRow District, int Order)> Districts(ProvinceScale scale)
    {
        string[] region = scale == ProvinceScale.District ? [DistrictGeography.DistrictCode] : ["140602000000", DistrictGeography.DistrictCode, "140621000000"];
        foreach (var city in ProvinceGeography.Load())
        {
            for (var i = 0; i < city.Districts.Count; i++)
            {
                if (scale == ProvinceScale.Province || region.Contains(city.Districts[i].Code, StringComparer.Ordinal))
                {
                    yield return (city, city.Districts[i], i + 1);
                }
            }
        }
    }
}
