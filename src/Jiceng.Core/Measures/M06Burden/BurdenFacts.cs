using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M06Burden;

/// <summary>
/// R6.1: an inspection held in the evaluated year up to the as-of day, about its department (the subject), with the
/// plan item it names (null fields: none).
/// </summary>
public sealed record InspectionPlanFacts(
    Subject Department, int InspectionId, string Title, string Township, DateOnly HeldOn,
    int? PlanItemId, int? PlanYear, int? PlanDepartmentId, PlanItemStatus? PlanStatus, DateOnly? PlanDecidedOn);

/// <summary>R6.2: one township's inspections held in the evaluated year up to the as-of day.</summary>
public sealed record InspectionCountFacts(Subject Township, int Year, int Inspections);

/// <summary>
/// R6.3: one township's burden of one kind in the evaluated year (up to the as-of day) and in the whole year before:
/// inspections held, or the ledger's meetings, documents and forms plus the confirmed reports of unrecorded ones.
/// </summary>
public sealed record BurdenTrendFacts(Subject Township, int Year, BurdenKind Kind, int ThisYear, int LastYear);

/// <summary>
/// R6.4: a task assigned in the evaluated year up to the as-of day and not withdrawn by then, about its assigning
/// department (the subject), with the list item it names (null fields: none) and its funding.
/// </summary>
public sealed record TaskFundingFacts(
    Subject Department, int TaskId, string Title, int TownshipId, string Township, DateOnly AssignedOn,
    int? ItemOrgUnitId, int? ItemYear, DateOnly? ItemEndedOn, decimal? FundingYuan);
