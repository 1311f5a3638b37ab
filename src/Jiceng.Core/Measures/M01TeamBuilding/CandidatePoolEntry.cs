using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>Where a candidate for a township leadership post comes from (clause 一: 推荐人选来源).</summary>
public enum CandidateSource
{
    /// <summary>优秀村干部.</summary>
    OutstandingVillageCadre = 1,
    /// <summary>大学生村官.</summary>
    CollegeGraduateVillageOfficial = 2,
    /// <summary>乡镇事业单位人员.</summary>
    TownshipInstitutionStaff = 3,
    /// <summary>企事业单位负责人.</summary>
    EnterpriseInstitutionLeader = 4,
}

/// <summary>Why a cadre left the candidate pool.</summary>
public enum CandidateLeaveReason
{
    /// <summary>提拔任用: appointed to a township leadership post.</summary>
    Appointed = 1,
    /// <summary>退出人选库: withdrawn (no longer suitable, declined, moved away).</summary>
    Withdrawn = 2,
    /// <summary>其他.</summary>
    Other = 3,
}

/// <summary>
/// A stretch of time a cadre spends in the candidate pool for a township's leadership (乡镇领导班子后备/推荐人选库),
/// from entry to leaving, both days included (open while still a candidate). The entries in force on a day are the
/// promotion candidate list (推荐提拔人选名单) of that day; R1.2 reads the entry that led to an appointment and R1.3
/// looks for commended cadres on the list.
/// </summary>
public sealed class CandidatePoolEntry : IVersioned
{
    public const int NoteMaxLength = 200;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The township (or sub-district) whose leadership the cadre is a candidate for.</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public CandidateSource Source { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Last day in the pool (inclusive); null while still a candidate.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Set with <see cref="To"/>.</summary>
    public CandidateLeaveReason? LeaveReason { get; set; }

    /// <summary>A remark on the entry or the leaving (e.g. the post appointed to).</summary>
    public string? Note { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public bool IsInPoolOn(DateOnly day) => From <= day && (To is null || To >= day);
}
