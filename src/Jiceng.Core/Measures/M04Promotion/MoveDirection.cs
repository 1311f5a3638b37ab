using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// Which way a move goes, derived from the kinds of its two units. Villages and communities count with their township
/// (the grassroots, 基层); the district itself counts with its departments; a destination outside the system, a city or
/// a province is outside the district.
/// </summary>
public enum MoveDirection
{
    /// <summary>乡镇之间.</summary>
    TownshipToTownship = 1,
    /// <summary>乡镇到区直部门.</summary>
    TownshipToDepartment = 2,
    /// <summary>区直部门到乡镇.</summary>
    DepartmentToTownship = 3,
    /// <summary>区直部门之间.</summary>
    DepartmentToDepartment = 4,
    /// <summary>调出本区.</summary>
    OutOfDistrict = 5,
    /// <summary>从区外调入.</summary>
    IntoDistrict = 6,
}

/// <summary>The level a unit counts at when a move's direction is derived.</summary>
public enum MoveLevel
{
    Grassroots = 1,
    District = 2,
    Outside = 3,
}

public static class MoveDirections
{
    /// <summary>Grassroots (township, sub-district, village, community), district (district and its departments), or outside.</summary>
    public static MoveLevel LevelOf(OrgUnitKind? kind) => kind switch
    {
        { } k when k.IsTownshipLevel() || k.IsVillageLevel() => MoveLevel.Grassroots,
        OrgUnitKind.District or OrgUnitKind.DistrictDepartment => MoveLevel.District,
        _ => MoveLevel.Outside,
    };

    /// <summary>The direction of a move between units of these kinds (null <paramref name="to"/>: outside the system).</summary>
    public static MoveDirection Of(OrgUnitKind? from, OrgUnitKind? to) => (LevelOf(from), LevelOf(to)) switch
    {
        (_, MoveLevel.Outside) => MoveDirection.OutOfDistrict,
        (MoveLevel.Outside, _) => MoveDirection.IntoDistrict,
        (MoveLevel.Grassroots, MoveLevel.Grassroots) => MoveDirection.TownshipToTownship,
        (MoveLevel.Grassroots, MoveLevel.District) => MoveDirection.TownshipToDepartment,
        (MoveLevel.District, MoveLevel.Grassroots) => MoveDirection.DepartmentToTownship,
        _ => MoveDirection.DepartmentToDepartment,
    };

    /// <summary>A move out of the grassroots (to a district department or outside the district): what R3.2 judges.
    /// A move between townships (or to a village) stays in the grassroots and keeps the service running.</summary>
    public static bool LeavesGrassroots(OrgUnitKind? from, OrgUnitKind? to) =>
        LevelOf(from) == MoveLevel.Grassroots && LevelOf(to) != MoveLevel.Grassroots;

    /// <summary>A remote township (艰苦边远乡镇): a township-level unit flagged remote and hardship.</summary>
    public static bool IsRemoteTownship(OrgUnitKind? kind, bool remoteHardship) => remoteHardship && kind is { } k && k.IsTownshipLevel();

    public static string Label(this MoveDirection direction) => direction switch
    {
        MoveDirection.TownshipToTownship => "乡镇之间",
        MoveDirection.TownshipToDepartment => "乡镇→区直部门",
        MoveDirection.DepartmentToTownship => "区直部门→乡镇",
        MoveDirection.DepartmentToDepartment => "区直部门之间",
        MoveDirection.OutOfDistrict => "调出本区",
        MoveDirection.IntoDistrict => "从区外调入",
    };

    public static string Label(this MoveKind kind) => kind switch
    {
        MoveKind.Exchange => "交流",
        MoveKind.Transfer => "调任",
        MoveKind.Reassignment => "转任",
        MoveKind.Selection => "遴选",
        MoveKind.Other => "其他",
    };

    public static string Label(this MoveStatus status) => status switch
    {
        MoveStatus.Pending => "拟调动",
        MoveStatus.Done => "已调动",
        MoveStatus.Cancelled => "已取消",
    };
}
