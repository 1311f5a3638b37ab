using Jiceng.Core.Cadres;

namespace Jiceng.Data.Demo;

/// <summary>Schooling mix of a group of cadres.</summary>
internal enum Schooling
{
    Township,
    Village,
    CollegeGraduate,
    SelectedGraduate,
    Reserve,
}

/// <summary>Political-status mix of a group of cadres.</summary>
internal enum Politics
{
    PartyMember,
    NonParty,
    OfficeStaff,
    InstitutionStaff,
    VillageCommittee,
    CollegeGraduate,
    SelectedGraduate,
    Reserve,
}

/// <summary>What a new cadre of one role looks like: category, age range on <see cref="DemoDistrictGenerator.DataAsOf"/>, mixes.</summary>
internal sealed record Profile(
    CadreCategory Category,
    int MinAge,
    int MaxAge,
    double WomenShare,
    Schooling Schooling,
    Politics Politics,
    double CrossRegionShare = 0);

internal static class Profiles
{
    /// <summary>Share of township staff posted away from home (异地交流任职).</summary>
    public const double CrossRegion = 0.08;

    public static readonly Profile TownshipHead =
        new(CadreCategory.TownshipCivilServant, 35, 52, 0.15, Schooling.Township, Politics.PartyMember, CrossRegion);

    public static readonly Profile TownshipLeader =
        new(CadreCategory.TownshipCivilServant, 30, 56, 0.25, Schooling.Township, Politics.PartyMember, CrossRegion);

    public static readonly Profile NonPartyDeputy = TownshipLeader with { Politics = Politics.NonParty };

    public static readonly Profile OfficeStaff =
        new(CadreCategory.TownshipCivilServant, 23, 58, 0.33, Schooling.Township, Politics.OfficeStaff, CrossRegion);

    public static readonly Profile SelectedGraduate =
        new(CadreCategory.SelectedGraduate, 23, 32, 0.40, Schooling.SelectedGraduate, Politics.SelectedGraduate, 0.25);

    public static readonly Profile InstitutionStaff =
        new(CadreCategory.TownshipInstitutionStaff, 22, 59, 0.33, Schooling.Township, Politics.InstitutionStaff, CrossRegion);

    public static readonly Profile DepartmentLeader =
        new(CadreCategory.DistrictOrganStaff, 38, 56, 0.20, Schooling.Township, Politics.PartyMember);

    public static readonly Profile DepartmentStaff =
        new(CadreCategory.DistrictOrganStaff, 24, 59, 0.35, Schooling.Township, Politics.OfficeStaff);

    public static readonly Profile DispatchedAgencyHead =
        new(CadreCategory.DistrictOrganStaff, 30, 56, 0.15, Schooling.Township, Politics.PartyMember);

    public static readonly Profile VillageMain =
        new(CadreCategory.VillageCadre, 32, 60, 0.12, Schooling.Village, Politics.PartyMember);

    public static readonly Profile VillagePartyMember =
        new(CadreCategory.VillageCadre, 28, 63, 0.22, Schooling.Village, Politics.PartyMember);

    public static readonly Profile VillageCommitteeMember =
        new(CadreCategory.VillageCadre, 28, 63, 0.28, Schooling.Village, Politics.VillageCommittee);

    public static readonly Profile CollegeGraduateOfficial =
        new(CadreCategory.CollegeGraduateVillageOfficial, 23, 30, 0.45, Schooling.CollegeGraduate, Politics.CollegeGraduate);

    public static readonly Profile ReserveCadre =
        new(CadreCategory.ReserveVillageCadre, 22, 40, 0.30, Schooling.Reserve, Politics.Reserve);
}
