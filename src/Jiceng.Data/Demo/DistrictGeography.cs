using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>A township of the demo district and its villages, in the order of the data file.</summary>
internal sealed record TownshipRow(string Code, string Name, IReadOnlyList<VillageRow> Villages);

/// <summary>A village or community: its statistical code and its committee's name (…村委会 / …社区居委会).</summary>
internal sealed record VillageRow(string Code, string CommitteeName);

/// <summary>
/// The demo district 平鲁区 inside the province's geography (<see cref="ProvinceGeography"/>, one data file for both),
/// and how the data file's names become units.
/// </summary>
internal static class DistrictGeography
{
    public const string DistrictCode = "140603000000";

    public static IReadOnlyList<TownshipRow> Load() =>
        ProvinceGeography.Load().SelectMany(c => c.Districts).Single(d => d.Code == DistrictCode).Townships;

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
