namespace Jiceng.Core.Posts;

/// <summary>Facts about post kinds used across measures.</summary>
public static class PostKinds
{
    /// <summary>Posts held in a township or sub-district.</summary>
    public static bool IsTownshipPost(this PostKind kind) => kind switch
    {
        PostKind.TownshipPartySecretary or PostKind.TownshipHead or PostKind.TownshipPartyDeputySecretary
            or PostKind.TownshipDeputyHead or PostKind.TownshipPartyCommitteeMember or PostKind.TownshipDisciplineSecretary
            or PostKind.TownshipCongressChair or PostKind.TownshipOfficeStaff or PostKind.TownshipInstitutionStaff
            or PostKind.DispatchedAgencyHead => true,
        PostKind.DistrictDepartmentLeader or PostKind.DistrictDepartmentStaff => false,
        PostKind.VillagePartySecretary or PostKind.VillageCommitteeDirector or PostKind.VillagePartyDeputySecretary
            or PostKind.VillagePartyCommitteeMember or PostKind.VillageCommitteeDeputyDirector or PostKind.VillageCommitteeMember
            or PostKind.EcologicalVillageChief or PostKind.ReserveSpecialPost or PostKind.CollegeGraduateVillageOfficial
            or PostKind.VillageAssistant => false,
    };

    /// <summary>Posts held in a village or community.</summary>
    public static bool IsVillagePost(this PostKind kind) => kind switch
    {
        PostKind.VillagePartySecretary or PostKind.VillageCommitteeDirector or PostKind.VillagePartyDeputySecretary
            or PostKind.VillagePartyCommitteeMember or PostKind.VillageCommitteeDeputyDirector or PostKind.VillageCommitteeMember
            or PostKind.EcologicalVillageChief or PostKind.ReserveSpecialPost or PostKind.CollegeGraduateVillageOfficial
            or PostKind.VillageAssistant => true,
        _ => false,
    };

    /// <summary>Township heads (乡镇党政正职): party secretary and township head.</summary>
    public static bool IsTownshipHead(this PostKind kind) => kind is PostKind.TownshipPartySecretary or PostKind.TownshipHead;

    /// <summary>Village main cadres (村主职干部): party secretary and committee director.</summary>
    public static bool IsVillageMain(this PostKind kind) => kind is PostKind.VillagePartySecretary or PostKind.VillageCommitteeDirector;

    /// <summary>Seats of the village two committees (村“两委”班子职数): the base of the reserve ratio.</summary>
    public static bool IsTwoCommitteesSeat(this PostKind kind) => kind is PostKind.VillagePartySecretary or PostKind.VillageCommitteeDirector
        or PostKind.VillagePartyDeputySecretary or PostKind.VillagePartyCommitteeMember or PostKind.VillageCommitteeDeputyDirector
        or PostKind.VillageCommitteeMember;
}
