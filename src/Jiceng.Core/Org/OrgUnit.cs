namespace Jiceng.Core.Org;

/// <summary>
/// A node of the org tree: province → city → district → district departments and townships → villages.
/// <see cref="Path"/> is the materialised chain of ids (<c>/1/4/37/</c>) so a subtree is one prefix match.
/// </summary>
public sealed class OrgUnit
{
    public const int NameMaxLength = 64;
    public const int CodeLength = 12;

    public int Id { get; set; }

    /// <summary>The 12-digit statistical division code (统计用区划代码); its first 6 digits are GB/T 2260.
    /// District departments have no statistical code and carry the district's code with a local suffix.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public OrgUnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    /// <summary>艰苦边远: remote and hardship area (changes exam ratios, checkup standards, exchange wishes).</summary>
    public bool IsRemoteHardship { get; set; }

    /// <summary>The ids from the root to this unit, each followed by a slash: <c>/1/4/37/</c>.</summary>
    public string Path { get; set; } = "/";

    public int SortOrder { get; set; }

    /// <summary>The day the unit was established (设立日期, e.g. a village created by a merger); null when not recorded
    /// (a unit that existed before the system). Rules with a yearly deadline do not hold a unit established inside the
    /// evaluated year in violation before the year is over (R10.2).</summary>
    public DateOnly? EstablishedOn { get; set; }

    /// <summary>The 6-digit GB/T 2260 code this unit belongs to.</summary>
    public string RegionCode => Code.Length >= 6 ? Code[..6] : Code;
}
