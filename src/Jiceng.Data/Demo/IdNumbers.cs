using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;

namespace Jiceng.Data.Demo;

/// <summary>Issues GB 11643 identity numbers that are unique within one generated dataset.</summary>
internal sealed class IdNumbers(Random random)
{
    /// <summary>平鲁区.</summary>
    public const string DistrictRegion = "140603";

    /// <summary>County-level codes of Shanxi other than 平鲁区 (development zones, x7x, left out).</summary>
    private static readonly string[] ShanxiCounties = [.. CodeTables.Regions.Entries
        .Select(e => e.Code)
        .Where(c => c.StartsWith("14", StringComparison.Ordinal) && !c.EndsWith("00", StringComparison.Ordinal)
            && c[4] != '7' && !string.Equals(c, DistrictRegion, StringComparison.Ordinal))];

    /// <summary>Shanxi counties outside 朔州市 (1406): homes of cross-region postings.</summary>
    private static readonly string[] OutsideCity = [.. ShanxiCounties.Where(c => !c.StartsWith("1406", StringComparison.Ordinal))];

    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public string OtherShanxiCounty() => random.Pick(ShanxiCounties);

    public string OutsideCityCounty() => random.Pick(OutsideCity);

    /// <summary>A number for a person born on <paramref name="birth"/> and registered in <paramref name="region"/>.</summary>
    public IdCardNumber Next(string region, DateOnly birth, Sex sex)
    {
        var prefix = string.Concat(region, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        while (true)
        {
            // The sequence is odd for men, even for women; 000 is not issued.
            var sequence = sex == Sex.Female ? random.Next(1, 500) * 2 : (random.Next(0, 500) * 2) + 1;
            var first17 = string.Concat(prefix, sequence.ToString("000", CultureInfo.InvariantCulture));
            if (_issued.Add(first17))
            {
                return IdCardNumber.Parse($"{first17}{IdCardNumber.CheckCharacter(first17)}");
            }
        }
    }
}
