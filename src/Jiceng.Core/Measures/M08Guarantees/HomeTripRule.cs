using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.1 — clause 八: a home-trip claim paid that fails a test of the reimbursement is a violation. The claims stored as
/// reimbursed are decided again against the records as they are now (a posting shortened or started later after the
/// claim was paid) and the profile in force on the evaluation day, with the very decision made at entry
/// (<see cref="HomeTripEntry.Decide"/>, the <c>trips</c> calculator): per posting and year in trip-date order (ties by
/// entry order), each claim against the claims before it that pass again — a failing claim does not count for the later
/// ones, as at entry, so one excess trip is one finding. The finding names the test and its numbers.
/// </summary>
public sealed class HomeTripRule : Rule<IReadOnlyList<PaidTripFacts>>
{
    public override string Id => "R8.1";

    public override int Clause => 8;

    public override string Title => "已报销的往返交通费不符合报销条件";

    public override IReadOnlyList<string> Parameters { get; } = [ParameterIds.P8.TripsPerMonthAvg, ParameterIds.P8.TripsPerYearMax];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<PaidTripFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        // Postings of one cadre do not overlap; the entry counts a posting's claims of the year, and so does the rule.
        var judged = facts.Where(c => c.TripDate.Year == context.Year && c.TripDate <= context.AsOf)
            .GroupBy(c => c.PostingId).OrderBy(g => g.Key);
        var sameDay = new Dictionary<(int Cadre, DateOnly Date), int>();
        foreach (var posting in judged)
        {
            var counted = new List<(DateOnly Date, decimal Amount)>();
            foreach (var claim in posting.OrderBy(c => c.TripDate).ThenBy(c => c.ClaimId))
            {
                var key = (claim.Cadre.Id, claim.TripDate);
                var nth = sameDay[key] = sameDay.GetValueOrDefault(key) + 1;
                var decision = HomeTripEntry.Decide(claim.PostingStart, claim.PostingEnd, counted, claim.TripDate, claim.AmountYuan, profile);
                if (decision.Reimbursed)
                {
                    counted.Add((claim.TripDate, claim.AmountYuan));
                    continue;
                }

                yield return Violation(claim, decision, counted.Count + 1, nth, profile);
            }
        }
    }

    /// <summary>The topic of a claim: its trip date, and which of the cadre's paid claims that day from the second on.</summary>
    public static string Topic(DateOnly tripDate, int nthThatDay) =>
        Dates(tripDate) + (nthThatDay > 1 ? string.Create(CultureInfo.InvariantCulture, $"#{nthThatDay}") : "");

    private Finding Violation(PaidTripFacts c, TripDecision decision, int nth, int nthThatDay, PolicyProfile profile)
    {
        var (avg, max) = (profile.Int(ParameterIds.P8.TripsPerMonthAvg), profile.Int(ParameterIds.P8.TripsPerYearMax));
        var year = c.TripDate.Year;
        var (measured, required) = decision.FailedTest switch
        {
            TripTest.NotInPosting => ($"往返日期 {Dates(c.TripDate)}",
                $"在异地交流任职期间（{Dates(c.PostingStart)} 至 {(c.PostingEnd is { } e ? Dates(e) : "今")}）"),
            TripTest.YearlyMax => (string.Create(CultureInfo.InvariantCulture, $"{year}年第 {nth} 次报销"),
                string.Create(CultureInfo.InvariantCulture, $"每年不超过 {max} 次")),
            _ => (string.Create(CultureInfo.InvariantCulture, $"{year}年第 {nth} 次报销"),
                string.Create(CultureInfo.InvariantCulture,
                    $"不超过平均每月 {avg} 次 × 本年已任职 {HomeTripDecision.MonthsServedSoFar(c.PostingStart, c.TripDate)} 个月 = {avg * HomeTripDecision.MonthsServedSoFar(c.PostingStart, c.TripDate)} 次")),
        };
        return new Finding(Id, Clause, Severity.Violation, c.Cadre, year.ToString(CultureInfo.InvariantCulture), measured, required,
            $"{c.Cadre.Name}{Dates(c.TripDate)}往返交通费 {Money.Format(c.AmountYuan)} 元已报销，按现有记录应不予报销（{HomeTripEntry.Label(decision.FailedTest)}）：{Because(decision.Reason)}",
            c.TripDate, Topic(c.TripDate, nthThatDay));
    }

    /// <summary>The calculator's reason without its verdict ("不予报销："), which the message says itself.</summary>
    private static string Because(string reason) => reason.StartsWith(Rejected, StringComparison.Ordinal) ? reason[Rejected.Length..] : reason;

    private const string Rejected = "不予报销：";

    private static string Dates(DateOnly d) => Money.Day(d);
}
