using Jiceng.Core.Cadres;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// The kinds of establishment post (编制) a unit is approved. Only kinds a <see cref="CadreCategory"/> fills are
/// listed: a kind nobody can be counted against (政法专项编制, 工勤编制 …) would show a permanent vacancy.
/// </summary>
public enum EstablishmentKind
{
    /// <summary>行政编制: township and district organs' civil servants.</summary>
    Administrative = 1,
    /// <summary>事业编制: township public institutions (站所) and their staff.</summary>
    Institution = 2,
}

/// <summary>
/// The one place that says which cadres fill which establishment kind (R3.1 counts staff with it, the overview
/// page too). Civil servants, selected graduates (选调生, recruited as civil servants) and district-organ staff
/// fill 行政编制; township institution staff fill 事业编制; village cadres, college-graduate village officials and
/// reserve village cadres hold no establishment post.
/// </summary>
public static class EstablishmentKinds
{
    public static readonly EstablishmentKind[] All = [EstablishmentKind.Administrative, EstablishmentKind.Institution];

    public static EstablishmentKind? Of(CadreCategory category) => category switch
    {
        CadreCategory.TownshipCivilServant or CadreCategory.SelectedGraduate or CadreCategory.DistrictOrganStaff => EstablishmentKind.Administrative,
        CadreCategory.TownshipInstitutionStaff => EstablishmentKind.Institution,
        CadreCategory.VillageCadre or CadreCategory.CollegeGraduateVillageOfficial or CadreCategory.ReserveVillageCadre => null,
    };

    /// <summary>The categories counted against <paramref name="kind"/> (for set-based queries).</summary>
    public static CadreCategory[] CategoriesOf(EstablishmentKind kind) =>
        [.. Enum.GetValues<CadreCategory>().Where(c => Of(c) == kind)];

    public static string Label(EstablishmentKind kind) => kind switch
    {
        EstablishmentKind.Administrative => "行政编制",
        EstablishmentKind.Institution => "事业编制",
    };
}
