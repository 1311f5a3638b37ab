using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>The R8.1 decision of one claim at entry: reimbursed or not, the test that failed and the calculator's reason.</summary>
public sealed record TripDecision(bool Reimbursed, TripTest FailedTest, string Reason);

/// <summary>
/// R8.1 at entry (第八条): decides a new home-trip claim of a posting with the <c>trips</c> calculator
/// (<see cref="HomeTripDecision"/>), given the posting's claims of the same year already reimbursed. The new claim goes
/// last in the input, so ties on its date are decided after the earlier ones; the callers refuse a claim dated before a
/// claim already decided that year, so the stored decisions are those the calculator gives over the whole sequence.
/// </summary>
public static class HomeTripEntry
{
    public static TripDecision Decide(
        DateOnly postingStart, DateOnly? postingEnd, IReadOnlyList<(DateOnly Date, decimal Amount)> reimbursedThisYear,
        DateOnly tripDate, decimal amount, PolicyProfile profile)
    {
        var claims = reimbursedThisYear.Select((c, i) => new TripClaim(i + 1, c.Date, c.Amount)).ToList();
        var claim = new TripClaim(claims.Count + 1, tripDate, amount);
        claims.Add(claim);
        var calculation = new TripInput(postingStart, postingEnd, claims).Compute(profile).Calculation
            ?? throw new InvalidOperationException("The trips calculator does not refuse parsed claims.");

        // The calculator's lines follow the claims in date order, ties in input order.
        var index = claims.OrderBy(c => c.Date).ThenBy(c => c.Number).ToList().IndexOf(claim);
        var line = calculation.Lines[index];
        var reimbursed = line.Status == "准予报销";
        return new TripDecision(reimbursed, reimbursed ? TripTest.Passed : TestOf(line.Note), line.Note);
    }

    /// <summary>The test a rejection names: the parameter its reason cites, or the posting period.</summary>
    private static TripTest TestOf(string reason) =>
        reason.Contains(ParameterIds.P8.TripsPerYearMax, StringComparison.Ordinal) ? TripTest.YearlyMax
        : reason.Contains(ParameterIds.P8.TripsPerMonthAvg, StringComparison.Ordinal) ? TripTest.MonthlyAverage
        : TripTest.NotInPosting;

    public static string Label(TripTest test) => test switch
    {
        TripTest.Passed => "准予报销",
        TripTest.NotInPosting => "不在异地任职期间",
        TripTest.YearlyMax => "超过每年报销上限",
        TripTest.MonthlyAverage => "超过平均每月可报销次数",
        _ => "",
    };
}
