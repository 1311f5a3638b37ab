using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M06Burden;

/// <summary>Which list an item belongs to: 权力清单 or 责任清单.</summary>
public enum ResponsibilityListKind
{
    /// <summary>权力清单.</summary>
    Power = 1,
    /// <summary>责任清单.</summary>
    Responsibility = 2,
}

/// <summary>
/// One item of a township's or village's power or responsibility list (权力清单/责任清单) for a year, with its legal
/// basis. A task assigned to a township is "in the list" when it names one of the township's items of the task's year.
/// </summary>
public sealed class ResponsibilityItem : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int LegalBasisMaxLength = 500;

    public int Id { get; set; }

    /// <summary>The township, sub-district, village or community whose list it is.</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    /// <summary>The year of the list (清单年度).</summary>
    public int Year { get; set; }

    public ResponsibilityListKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The law, regulation or document the item rests on (法定依据).</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>The last day the item applied (removed from the list); null while it stands.</summary>
    public DateOnly? EndedOn { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A task a district department assigned to a township (属地管理事项): what, when, by when, whether it is in the
/// township's responsibility list (<see cref="ResponsibilityItemId"/>), and the money that came with it
/// (权随责走、费随事转). R6.4 judges a task outside the list without funding.
/// </summary>
public sealed class AssignedTask : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int FundingSourceMaxLength = 100;

    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    /// <summary>The assigning district department.</summary>
    public int DepartmentId { get; set; }

    public OrgUnit? Department { get; set; }

    public string Title { get; set; } = "";

    public DateOnly AssignedOn { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>The township's list item the task falls under; null: outside the list.</summary>
    public int? ResponsibilityItemId { get; set; }

    public ResponsibilityItem? ResponsibilityItem { get; set; }

    /// <summary>Money transferred with the task, in 元; null or 0: none.</summary>
    public decimal? FundingYuan { get; set; }

    /// <summary>Where the money comes from (经费来源), e.g. 区财政专项.</summary>
    public string FundingSource { get; set; } = "";

    /// <summary>The day the department withdrew the task (撤回); a withdrawn task is not judged.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public int Version { get; set; }
}

/// <summary>Where an item of the yearly inspection plan stands.</summary>
public enum PlanItemStatus
{
    /// <summary>报审（待批）.</summary>
    Proposed = 1,
    /// <summary>已审批.</summary>
    Approved = 2,
    /// <summary>已报备.</summary>
    Filed = 3,
    /// <summary>不予批准.</summary>
    Rejected = 4,
}

/// <summary>
/// An item of the yearly inspection plan (督查检查考核计划) proposed by a district department; the organization
/// department approves it (审批) or records it as filed (报备) — who and on which day. Only an approved or filed item
/// covers inspections held from its decision day on (R6.1).
/// </summary>
public sealed class InspectionPlanItem : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int DeciderMaxLength = 50;

    public int Id { get; set; }

    public int Year { get; set; }

    /// <summary>The proposing district department.</summary>
    public int DepartmentId { get; set; }

    public OrgUnit? Department { get; set; }

    public string Title { get; set; } = "";

    public PlanItemStatus Status { get; set; } = PlanItemStatus.Proposed;

    /// <summary>Who approved, filed or rejected it.</summary>
    public string DecidedBy { get; set; } = "";

    public DateOnly? DecidedOn { get; set; }

    public int Version { get; set; }

    /// <summary>Approved or filed: the item covers inspections.</summary>
    public static bool Covers(PlanItemStatus status) => status is PlanItemStatus.Approved or PlanItemStatus.Filed;
}

/// <summary>An inspection actually held in a township (督查检查考核), by a department, under a plan item or none.</summary>
public sealed class Inspection : IVersioned
{
    public const int TitleMaxLength = 200;

    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    public int DepartmentId { get; set; }

    public OrgUnit? Department { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public int? PlanItemId { get; set; }

    public InspectionPlanItem? PlanItem { get; set; }

    public int Version { get; set; }
}

/// <summary>What a burden counter or report counts.</summary>
public enum BurdenKind
{
    /// <summary>会议.</summary>
    Meeting = 1,
    /// <summary>发文.</summary>
    Document = 2,
    /// <summary>填表报数.</summary>
    Form = 3,
    /// <summary>督查检查考核 (reports only: held inspections are <see cref="Inspection"/> records).</summary>
    Inspection = 4,
}

/// <summary>
/// The burden ledger (减负台账): how many meetings a township was required to attend, documents it was sent, or forms and
/// data requests (填表报数) it had to fill, for a year and an issuing department. One row per township, year, kind and
/// department.
/// </summary>
public sealed class BurdenCount : IVersioned
{
    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    public int Year { get; set; }

    public BurdenKind Kind { get; set; }

    public int DepartmentId { get; set; }

    public OrgUnit? Department { get; set; }

    public int Count { get; set; }

    public int Version { get; set; }
}

/// <summary>Where a township's report of an unrecorded burden stands.</summary>
public enum BurdenReportStatus
{
    /// <summary>待核实.</summary>
    Reported = 1,
    /// <summary>已确认.</summary>
    Confirmed = 2,
    /// <summary>不予确认.</summary>
    Rejected = 3,
}

/// <summary>
/// A burden a township reports that is not in the ledger (未登记负担): a meeting, document, form or inspection imposed
/// by a department. The organization department confirms or rejects it; a confirmed report counts in the ledger of
/// its year (a confirmed inspection is recorded as an <see cref="Inspection"/> without a plan item).
/// </summary>
public sealed class BurdenReport : IVersioned
{
    public const int DescriptionMaxLength = 500;
    public const int DeciderMaxLength = 50;

    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    public int DepartmentId { get; set; }

    public OrgUnit? Department { get; set; }

    public BurdenKind Kind { get; set; }

    public DateOnly OccurredOn { get; set; }

    public int Count { get; set; } = 1;

    public string Description { get; set; } = "";

    public BurdenReportStatus Status { get; set; } = BurdenReportStatus.Reported;

    public string DecidedBy { get; set; } = "";

    public DateOnly? DecidedOn { get; set; }

    /// <summary>The inspection recorded when a report of kind <see cref="BurdenKind.Inspection"/> was confirmed.</summary>
    public int? InspectionId { get; set; }

    public int Version { get; set; }
}

public static class BurdenLabels
{
    public static string Of(BurdenKind kind) => kind switch
    {
        BurdenKind.Meeting => "会议",
        BurdenKind.Document => "发文",
        BurdenKind.Form => "填表报数",
        _ => "督查检查考核",
    };

    public static string Of(PlanItemStatus status) => status switch
    {
        PlanItemStatus.Proposed => "待审批",
        PlanItemStatus.Approved => "已审批",
        PlanItemStatus.Filed => "已报备",
        _ => "不予批准",
    };
}
