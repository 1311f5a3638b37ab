using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// One month's subsidy payment of a cadre under one line of P8.subsidies, for R8.7: what was paid and the eligible days;
/// the rule computes what was due with the <c>subsidy</c> calculator.
/// </summary>
public sealed record SubsidyPaymentFacts(Subject Cadre, int PaymentId, string Subsidy, DateOnly Month, DateOnly? EligibleFrom, DateOnly? EligibleTo, decimal PaidYuan);

/// <summary>
/// A cadre's annual leave of the judged year, for R8.2: the start of total service (null: not recorded, not judged),
/// the days taken and the untaken days compensated by the evaluation day.
/// </summary>
public sealed record LeaveYearFacts(Subject Cadre, int LeaveId, int Year, DateOnly? ServiceStart, int TakenDays, int CompensatedDays);
