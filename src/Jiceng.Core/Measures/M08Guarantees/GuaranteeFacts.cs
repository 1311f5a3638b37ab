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

/// <summary>
/// A home-trip claim stored as reimbursed (paid), for R8.1, with its posting as recorded now (a posting corrected after
/// the claim was paid shows here with its current start and end); the rule re-decides it.
/// </summary>
public sealed record PaidTripFacts(Subject Cadre, int ClaimId, int PostingId, DateOnly PostingStart, DateOnly? PostingEnd, DateOnly TripDate, decimal AmountYuan);
