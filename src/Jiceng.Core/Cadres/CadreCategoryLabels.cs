namespace Jiceng.Core.Cadres;

/// <summary>The zh-CN names of <see cref="CadreCategory"/>, as profile files and pages write them.</summary>
public static class CadreCategoryLabels
{
    public static string Label(this CadreCategory category) => category switch
    {
        CadreCategory.TownshipCivilServant => "乡镇公务员",
        CadreCategory.TownshipInstitutionStaff => "乡镇事业编制人员",
        CadreCategory.VillageCadre => "村（社区）干部",
        CadreCategory.CollegeGraduateVillageOfficial => "大学生村官",
        CadreCategory.SelectedGraduate => "选调生",
        CadreCategory.ReserveVillageCadre => "村级后备干部",
        CadreCategory.DistrictOrganStaff => "区直机关干部",
    };

    public static bool TryParseLabel(string label, out CadreCategory category)
    {
        foreach (var c in Enum.GetValues<CadreCategory>())
        {
            if (string.Equals(c.Label(), label, StringComparison.Ordinal))
            {
                category = c;
                return true;
            }
        }

        category = default;
        return false;
    }
}
