using Jiceng.Core.Findings;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>A township's newly appointed leadership-team members in the evaluated year (R1.2), each cadre once.</summary>
public sealed record LeaderSourceFacts(Subject Township, IReadOnlyList<NewLeaderFact> Appointments);

/// <summary>
/// One new member: the day the team post began, the source of the pool entry in force for this township on the day
/// before (null when none), and the kind of the cadre's latest post begun before the appointment (null when none).
/// </summary>
public sealed record NewLeaderFact(int CadreId, DateOnly Start, CandidateSource? PoolSource, PostKind? PreviousPostKind);

/// <summary>Where a new township leader came from, as R1.2 reports it: the four pool sources and four more read off the previous post.</summary>
public enum LeaderSource
{
    /// <summary>优秀村干部.</summary>
    OutstandingVillageCadre = 1,
    /// <summary>大学生村官.</summary>
    CollegeGraduateVillageOfficial = 2,
    /// <summary>乡镇事业单位人员.</summary>
    TownshipInstitutionStaff = 3,
    /// <summary>企事业单位负责人.</summary>
    EnterpriseInstitutionLeader = 4,
    /// <summary>乡镇机关干部.</summary>
    TownshipOfficeStaff = 5,
    /// <summary>乡镇领导班子成员 (a team post held before, here or in another township).</summary>
    TownshipLeader = 6,
    /// <summary>区直部门及派驻机构.</summary>
    DistrictDepartment = 7,
    /// <summary>其他 (no pool entry and no earlier post on record).</summary>
    Other = 8,
}

/// <summary>R1.2's classification: the pool entry's source where one led to the appointment, else the previous post's kind.</summary>
public static class LeaderSources
{
    public static LeaderSource Of(NewLeaderFact fact) => fact.PoolSource is { } pool ? FromPool(pool)
        : fact.PreviousPostKind is { } kind ? FromPost(kind)
        : LeaderSource.Other;

    public static LeaderSource FromPool(CandidateSource source) => source switch
    {
        CandidateSource.OutstandingVillageCadre => LeaderSource.OutstandingVillageCadre,
        CandidateSource.CollegeGraduateVillageOfficial => LeaderSource.CollegeGraduateVillageOfficial,
        CandidateSource.TownshipInstitutionStaff => LeaderSource.TownshipInstitutionStaff,
        CandidateSource.EnterpriseInstitutionLeader => LeaderSource.EnterpriseInstitutionLeader,
    };

    public static LeaderSource FromPost(PostKind kind) => kind switch
    {
        PostKind.VillagePartySecretary or PostKind.VillageCommitteeDirector or PostKind.VillagePartyDeputySecretary
            or PostKind.VillagePartyCommitteeMember or PostKind.VillageCommitteeDeputyDirector or PostKind.VillageCommitteeMember
            or PostKind.EcologicalVillageChief or PostKind.ReserveSpecialPost => LeaderSource.OutstandingVillageCadre,
        PostKind.CollegeGraduateVillageOfficial or PostKind.VillageAssistant => LeaderSource.CollegeGraduateVillageOfficial,
        PostKind.TownshipInstitutionStaff => LeaderSource.TownshipInstitutionStaff,
        PostKind.TownshipOfficeStaff => LeaderSource.TownshipOfficeStaff,
        PostKind.TownshipPartySecretary or PostKind.TownshipHead or PostKind.TownshipPartyDeputySecretary or PostKind.TownshipDeputyHead
            or PostKind.TownshipPartyCommitteeMember or PostKind.TownshipDisciplineSecretary or PostKind.TownshipCongressChair => LeaderSource.TownshipLeader,
        PostKind.DispatchedAgencyHead or PostKind.DistrictDepartmentLeader or PostKind.DistrictDepartmentStaff => LeaderSource.DistrictDepartment,
    };

    public static string Label(LeaderSource source) => source switch
    {
        LeaderSource.OutstandingVillageCadre => "优秀村干部",
        LeaderSource.CollegeGraduateVillageOfficial => "大学生村官",
        LeaderSource.TownshipInstitutionStaff => "乡镇事业单位人员",
        LeaderSource.EnterpriseInstitutionLeader => "企事业单位负责人",
        LeaderSource.TownshipOfficeStaff => "乡镇机关干部",
        LeaderSource.TownshipLeader => "乡镇领导班子成员",
        LeaderSource.DistrictDepartment => "区直部门及派驻机构",
        LeaderSource.Other => "其他",
    };
}
