using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;

namespace Jiceng.Data.Demo;

/// <summary>
/// Issues GB 11643 identity numbers that are unique within one generated dataset (a district, or all districts of a
/// province that share one <paramref name="issued"/> set: the first 17 digits as a number).
/// </summary>
internal sealed class IdNumbers(Random random, string districtRegion = IdNumbers.DistrictRegion, HashSet<long>? issued = null)
{
    /// <summary>平鲁区.</summary>
    public const string DistrictRegion = "140603";

    /// <summary>County-level codes of Shanxi (development zones, x7x, left out).</summary>
    private static readonly string[] AllShanxiCounties = [.. CodeTables.Regions.Entries
        .Select(e => e.Code)
        .Where(c => c.StartsWith("14", StringComparison.Ordinal) && !c.EndsWith("00", StringComparison.Ordinal) && c[4] != '7')];

    /// <summary>Shanxi counties other than the generated district.</summary>
    private readonly string[] _shanxiCounties = [.. AllShanxiCounties.Where(c => !string.Equals(c, districtRegion, StringComparison.Ordinal))];

    /// <summary>Shanxi counties outside the district's city (平鲁区: 朔州市, 1406): homes of cross-region postings.</summary>
    private readonly string[] _outsideCity = [.. AllShanxiCounties.Where(c => !c.StartsWith(districtRegion[..4], StringComparison.Ordinal))];

    private readonly HashSet<long> _issued = issued ?? [];

    /// <summary>The generated district's own code: where most of its cadres are registered.</summary>
    public string LocalRegion => districtRegion;

    public string OtherShanxiCounty() => random.Pick(_shanxiCounties);

    public string OutsideCityCounty() => random.Pick(_outsideCity);

    /// <summary>A number for a person born on <paramref name="birth"/> and registered in <paramref name="region"/>.</summary>
    public IdCardNumber Next(string region, DateOnly birth, Sex sex)
    {
        var prefix = string.Concat(region, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        while (true)
        {
            // The sequence is odd for men, even for women; 000 is not issued.
            var sequence = sex == Sex.Female ? random.Next(1, 500) * 2 : (random.Next(0, 500) * 2) + 1;
            var first17 = string.Concat(prefix, sequence.ToString("000", CultureInfo.InvariantCulture));
            if (_issued.Add(long.Parse(first17, CultureInfo.InvariantCulture)))
            {
                return IdCardNumber.Parse($"{first17}{IdCardNumber.CheckCharacter(first17)}");
            }
        }
    }
}
