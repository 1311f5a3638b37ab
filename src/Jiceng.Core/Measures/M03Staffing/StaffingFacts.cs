using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>R3.1: one unit and establishment kind with a quota in force on the evaluation day, and its staff counted
/// with <see cref="EstablishmentKinds"/>.</summary>
public sealed record EstablishmentFacts(Subject Unit, EstablishmentKind Kind, int Approved, int Staff);

/// <summary>R3.3: one decision about a dispatched agency's head in the evaluated year (up to the as-of day); the
/// subject is the agency's township.</summary>
public sealed record AgencyHeadEventFacts(
    Subject Township, int EventId, string Agency, string CadreName, AgencyHeadEventKind Kind, DateOnly Date, DateOnly? OpinionOn);

/// <summary>R3.4: one recruitment position of the evaluated year; the subject is its unit.</summary>
public sealed record RecruitmentPositionFacts(Subject Unit, int PositionId, string Title, bool Remote, int ExamRatio);
