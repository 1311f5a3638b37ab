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
}

/// <summary>An org unit in a list or tree, with the number of cadres directly in it.</summary>
public sealed record OrgUnitRow(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, bool IsRemoteHardship,
    string Path, int SortOrder, int CadreCount);
