namespace Jiceng.Core.Cadres;

/// <summary>The kinds of grassroots cadre the policy names (docs/policy-reference.md, vocabulary: 干部).</summary>
public enum CadreCategory
{
    /// <summary>乡镇公务员.</summary>
    TownshipCivilServant = 1,
    /// <summary>乡镇事业编制人员.</summary>
    TownshipInstitutionStaff = 2,
    /// <summary>村（社区）干部.</summary>
    VillageCadre = 3,
    /// <summary>大学生村官.</summary>
    CollegeGraduateVillageOfficial = 4,
    /// <summary>选调生.</summary>
    SelectedGraduate = 5,
    /// <summary>村级后备干部.</summary>
    ReserveVillageCadre = 6,
    /// <summary>区直机关干部 (take part in two-way exchanges with townships).</summary>
    DistrictOrganStaff = 7,
}
