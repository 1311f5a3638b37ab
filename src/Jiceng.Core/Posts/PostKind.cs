namespace Jiceng.Core.Posts;

/// <summary>Every post the policy names. A switch over this enum must name every member (CS8509 is an error).</summary>
public enum PostKind
{
    /// <summary>乡镇党委书记 (township head, party side).</summary>
    TownshipPartySecretary = 1,
    /// <summary>乡镇长 / 街道办事处主任 (township head, government side).</summary>
    TownshipHead = 2,
    /// <summary>乡镇党委副书记.</summary>
    TownshipPartyDeputySecretary = 3,
    /// <summary>副乡镇长 / 街道办事处副主任.</summary>
    TownshipDeputyHead = 4,
    /// <summary>乡镇党委委员 (组织、宣传、武装等).</summary>
    TownshipPartyCommitteeMember = 5,
    /// <summary>乡镇纪委书记.</summary>
    TownshipDisciplineSecretary = 6,
    /// <summary>乡镇人大主席.</summary>
    TownshipCongressChair = 7,
    /// <summary>乡镇机关一般干部.</summary>
    TownshipOfficeStaff = 8,
    /// <summary>乡镇事业站所工作人员.</summary>
    TownshipInstitutionStaff = 9,
    /// <summary>派驻机构主要负责人.</summary>
    DispatchedAgencyHead = 10,
    /// <summary>区直部门领导职务.</summary>
    DistrictDepartmentLeader = 11,
    /// <summary>区直部门工作人员.</summary>
    DistrictDepartmentStaff = 12,
    /// <summary>村（社区）党组织书记 (village main cadre).</summary>
    VillagePartySecretary = 13,
    /// <summary>村（居）委会主任 (village main cadre).</summary>
    VillageCommitteeDirector = 14,
    /// <summary>村（社区）党组织副书记.</summary>
    VillagePartyDeputySecretary = 15,
    /// <summary>村（社区）党组织委员.</summary>
    VillagePartyCommitteeMember = 16,
    /// <summary>村（居）委会副主任.</summary>
    VillageCommitteeDeputyDirector = 17,
    /// <summary>村（居）委会委员.</summary>
    VillageCommitteeMember = 18,
    /// <summary>生态村长.</summary>
    EcologicalVillageChief = 19,
    /// <summary>村级后备干部特设岗位 (定岗不定人).</summary>
    ReserveSpecialPost = 20,
    /// <summary>大学生村官.</summary>
    CollegeGraduateVillageOfficial = 21,
    /// <summary>村级助理.</summary>
    VillageAssistant = 22,
}
