namespace Jiceng.Core.Org;

/// <summary>The level of an org unit. Provinces and cities sit above districts for a province-wide deployment.</summary>
public enum OrgUnitKind
{
    Province = 1,
    City = 2,
    /// <summary>区/县.</summary>
    District = 3,
    /// <summary>区直部门.</summary>
    DistrictDepartment = 4,
    /// <summary>乡/镇.</summary>
    Township = 5,
    /// <summary>街道.</summary>
    SubDistrict = 6,
    /// <summary>行政村.</summary>
    Village = 7,
    /// <summary>社区.</summary>
    Community = 8,
}

public static class OrgUnitKindExtensions
{
    /// <summary>Townships and sub-districts: the units that have a township leadership team (乡镇领导班子).</summary>
    public static bool IsTownshipLevel(this OrgUnitKind kind) => kind is OrgUnitKind.Township or OrgUnitKind.SubDistrict;

    /// <summary>Villages and communities: the units that have village two committees (村“两委”).</summary>
    public static bool IsVillageLevel(this OrgUnitKind kind) => kind is OrgUnitKind.Village or OrgUnitKind.Community;

    /// <summary>The kinds a unit of this kind may contain.</summary>
    public static bool MayContain(this OrgUnitKind parent, OrgUnitKind child) => parent switch
    {
        OrgUnitKind.Province => child is OrgUnitKind.City,
        OrgUnitKind.City => child is OrgUnitKind.District,
        OrgUnitKind.District => child is OrgUnitKind.DistrictDepartment or OrgUnitKind.Township or OrgUnitKind.SubDistrict,
        OrgUnitKind.DistrictDepartment => false,
        OrgUnitKind.Township or OrgUnitKind.SubDistrict => child.IsVillageLevel(),
        OrgUnitKind.Village or OrgUnitKind.Community => false,
    };
}
