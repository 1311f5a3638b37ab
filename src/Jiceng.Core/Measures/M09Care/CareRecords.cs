using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>A heart-to-heart talk (谈心谈话) of the party organisation with a cadre, with the needs the cadre raised.</summary>
public sealed class HeartTalk : IVersioned
{
    public const int TalkerMaxLength = 64;
    public const int TopicsMaxLength = 500;

    public int Id { get; set; }

    /// <summary>The cadre talked with.</summary>
    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateOnly TalkedOn { get; set; }

    /// <summary>Who talked with the cadre (name and post, e.g. 乡镇党委书记 张三).</summary>
    public string Talker { get; set; } = "";

    public string Topics { get; set; } = "";

    public List<TalkNeed> Needs { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A need (诉求) raised in a talk and its follow-up: resolved or not, by whom, when.</summary>
public sealed class TalkNeed
{
    public const int TextMaxLength = 300;

    public int Id { get; set; }

    public int TalkId { get; set; }

    public string Need { get; set; } = "";

    public bool Resolved { get; set; }

    public string? ResolvedBy { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public string? FollowUp { get; set; }
}

/// <summary>Who paid a checkup.</summary>
public enum CheckupPayer
{
    /// <summary>财政.</summary>
    Finance = 1,
    /// <summary>单位.</summary>
    Unit = 2,
    /// <summary>个人.</summary>
    Self = 3,
    /// <summary>其他.</summary>
    Other = 4,
}

/// <summary>
/// A health checkup (体检) of a cadre. The mental-health assessment (心理健康测评) is one of its items:
/// <see cref="MentalHealthAssessed"/> (whether it was done) is ordinary data, while its result, referral and follow-up
/// are a restricted category — stored encrypted, read only by <c>Roles.MentalHealthReaders</c>, every read audited.
/// </summary>
public sealed class HealthCheckup : IVersioned
{
    public const int InstitutionMaxLength = 64;
    public const int ItemsMaxLength = 500;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public string Institution { get; set; } = "";

    public DateOnly CheckedOn { get; set; }

    /// <summary>The items examined (、-separated as typed).</summary>
    public string Items { get; set; } = "";

    public decimal CostYuan { get; set; }

    public CheckupPayer PaidBy { get; set; }

    public bool MentalHealthAssessed { get; set; }

    /// <summary>Restricted: the assessment's result.</summary>
    public string? MentalHealthResult { get; set; }

    /// <summary>Restricted: the referral (转介), if any.</summary>
    public string? MentalHealthReferral { get; set; }

    /// <summary>Restricted: the follow-up (随访) after the referral.</summary>
    public string? MentalHealthFollowUp { get; set; }

    public int Version { get; set; }
}

/// <summary>A cadre stationed in a village (驻村一线干部) from <see cref="Start"/> to <see cref="End"/> (both included; open while null).</summary>
public sealed class VillageStationing
{
    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int VillageId { get; set; }

    public OrgUnit? Village { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public bool CoversDay(DateOnly day) => Start <= day && (End is null || End >= day);
}

/// <summary>
/// A personal-safety incident (人身安全事件) of a cadre: reported, accepted, handled step by step, closed. Timestamps are
/// UTC; the limits P9.incident_accept_hours (hours from report to acceptance) and P9.incident_close_days (China
/// calendar days from the report's day to the closing day) are judged by R9.5.
/// </summary>
public sealed class SafetyIncident : IVersioned
{
    public const int SummaryMaxLength = 500;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateTime ReportedAt { get; set; }

    public string Summary { get; set; } = "";

    public DateTime? AcceptedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? Outcome { get; set; }

    public List<IncidentStep> Steps { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>One handling step of an incident.</summary>
public sealed class IncidentStep
{
    public const int ActionMaxLength = 300;

    public int Id { get; set; }

    public int IncidentId { get; set; }

    public DateTime At { get; set; }

    public string Action { get; set; } = "";

    public string By { get; set; } = "";
}

public enum CareActivityKind
{
    /// <summary>心理健康知识讲座.</summary>
    MentalHealthLecture = 1,
    /// <summary>文化活动.</summary>
    Cultural = 2,
    /// <summary>体育活动.</summary>
    Sports = 3,
}

/// <summary>A mental-health lecture or a cultural/sports activity held by an org unit, with its attendance.</summary>
public sealed class CareActivity : IVersioned
{
    public const int TitleMaxLength = 128;

    public int Id { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public CareActivityKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public List<CareAttendance> Attendance { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A cadre present at an activity.</summary>
public sealed class CareAttendance
{
    public int Id { get; set; }

    public int ActivityId { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }
}

public static class CareLabels
{
    public static string Of(CheckupPayer p) => p switch
    {
        CheckupPayer.Finance => "财政",
        CheckupPayer.Unit => "单位",
        CheckupPayer.Self => "个人",
        _ => "其他",
    };

    public static string Of(CareActivityKind k) => k switch
    {
        CareActivityKind.MentalHealthLecture => "心理健康知识讲座",
        CareActivityKind.Cultural => "文化活动",
        _ => "体育活动",
    };
}
