using Jiceng.Core.Org;

namespace Jiceng.Data.OrgUnits;

/// <summary>An org unit as entered in a form or API request.</summary>
public sealed record OrgUnitInput
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public OrgUnitKind? Kind { get; init; }
    public int? ParentId { get; init; }
    public bool IsRemoteHardship { get; init; }
    public int SortOrder { get; init; }

    /// <summary>设立日期: the day the unit was established; null when not recorded.</summary>
    public DateOnly? EstablishedOn { get; init; }
}

/// <summary>An org unit in a list or tree, with the number of cadres directly in it.</summary>
public sealed record OrgUnitRow(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, bool IsRemoteHardship,
    string Path, int SortOrder, int CadreCount)
{
    /// <summary>设立日期, when recorded (R10.2 does not hold a village established inside the year in violation before its end).</summary>
    public DateOnly? EstablishedOn { get; init; }
}
