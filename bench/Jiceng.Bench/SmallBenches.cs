using System.Diagnostics;
using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Data.Demo;
using Jiceng.Data.Security;

namespace Jiceng.Bench;

/// <summary>
/// Speed checks that once were timed unit tests (and failed on a loaded machine): each prints its median beside the
/// limit it used to assert, and the ratio.
/// </summary>
internal static class SmallBenches
{
    /// <summary>Generating the demo district in memory; it was held to 1 s.</summary>
    public static void GenerateDistrict()
    {
        DemoDistrictGenerator.Generate(DemoScale.Small); // warm-up
        var median = Median(5, () => DemoDistrictGenerator.Generate(DemoScale.District));
        Report("generate district in memory", median, 1000);
    }

    /// <summary>Encrypting, decrypting and blind-indexing 5,000 ID numbers; it was held to 1 s.</summary>
    public static void FieldCrypto()
    {
        var ring = KeyRing.Generate(DateTimeOffset.UnixEpoch);
        var ids = Enumerable.Range(0, 5000).Select(Id).ToList();
        ring.Encrypt(ids[0]); // warm-up
        var median = Median(5, () =>
        {
            foreach (var id in ids)
            {
                ring.Decrypt(ring.Encrypt(id));
                ring.BlindIndex(id);
            }
        });
        Report("encrypt + decrypt + blind index, 5,000 ID numbers", median, 1000);
    }

    private static string Id(int i)
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(i % 10000);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"140603{birth:yyyyMMdd}{i % 1000:000}");
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private static double Median(int runs, Action work)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            work();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    private static void Report(string what, double medianMs, double limitMs) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {medianMs:0} ms; limit {limitMs:0} ms; ratio {medianMs / limitMs:0.00}"));
}
