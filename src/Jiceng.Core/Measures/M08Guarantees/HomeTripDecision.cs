using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.1 as a calculator (第八条): decides each home-trip claim of a cross-region posting, in date order. A claim is
/// reimbursable only if (1) the posting is active on the trip date, (2) the year's reimbursed trips including this one
/// stay ≤ P8.trips_per_year_max, and (3) they stay ≤ P8.trips_per_month_avg × months served so far this year (calendar
/// months from the later of the posting's start and 1 January up to the trip's month, both included). Only reimbursed
/// claims count toward later limits. The amount is the sum of the reimbursed claims.
/// </summary>
public sealed class HomeTripDecision : ICalculator
{
    public string Name => "trips";

    public string Title => "异地任职往返交通费报销核定";

    public IReadOnlyList<CalcField> Fields { get; } =
    [
        new("posting_start", "异地任职起始日", true, false, "yyyy-MM-dd"),
        new("posting_end", "异地任职截止日（含）", false, false, "yyyy-MM-dd（不填：仍在任）"),
        new("trip", "往返申报", true, true, "日期:金额，如 2021-06-20:800（可写多项）", ["date", "amount"]),
    ];

    public IReadOnlyList<string> ParameterIds { get; } = [Policy.ParameterIds.P8.TripsPerMonthAvg, Policy.ParameterIds.P8.TripsPerYearMax];

    public CalcParse Parse(CalcArgs args)
    {
        var r = new ArgReader(args, Fields);
        var start = r.Date("posting_start");
        var end = r.Date("posting_end");
        var trips = new List<TripClaim>();
        foreach (var (number, parts) in r.Items("trip"))
        {
            var date = r.ItemDate("trip", number, parts, "date", "日期");
            var amount = r.ItemDecimal("trip", number, parts, "amount", "金额", 0m);
            if (date is { } d && amount is { } a)
            {
                trips.Add(new TripClaim(number, d, a));
            }
        }

        if (start is { } s && end is { } e && e < s)
        {
            r.Errors.Add(new FieldError("posting_end", $"异地任职截止日（posting_end）{Money.Day(e)} 早于起始日 {Money.Day(s)}"));
        }

        return r.Errors.Count > 0 || start is null
            ? new CalcParse(null, r.Errors)
            : new CalcParse(new TripInput(start.Value, end, trips), []);
    }

    /// <summary>Calendar months from the later of the posting's start and 1 January of the trip's year up to the trip's month, both included.</summary>
    public static int MonthsServedSoFar(DateOnly postingStart, DateOnly trip)
    {
        var from = postingStart.Year == trip.Year ? postingStart : new DateOnly(trip.Year, 1, 1);
        return trip.Month - from.Month + 1;
    }
}

/// <param name="Number">The claim's place in the input (第 N 项).</param>
/// <param name="Amount">The claimed amount in 元.</param>
public sealed record TripClaim(int Number, DateOnly Date, decimal Amount);

public sealed record TripInput(DateOnly PostingStart, DateOnly? PostingEnd, IReadOnlyList<TripClaim> Trips) : CalcRequest
{
    public override DateOnly? ReferenceDay => Trips.Count == 0 ? PostingStart : Trips.Max(t => t.Date);

    public override CalcOutcome Compute(PolicyProfile profile)
    {
        var avg = profile.Int(Policy.ParameterIds.P8.TripsPerMonthAvg);
        var max = profile.Int(Policy.ParameterIds.P8.TripsPerYearMax);
        var inputs = new List<WorkingItem>
        {
            new("posting_start", "异地任职起始日", Money.Day(PostingStart)),
            new("posting_end", "异地任职截止日", PostingEnd is { } e ? Money.Day(e) : "（仍在任）"),
        };
        inputs.AddRange(Trips.Select(t => new WorkingItem("trip", string.Create(CultureInfo.InvariantCulture, $"往返申报第 {t.Number} 项"),
            $"{Money.Day(t.Date)}，{Money.Format(t.Amount)} 元")));
        var parameters = new List<WorkingItem>
        {
            new(Policy.ParameterIds.P8.TripsPerMonthAvg, "异地任职平均每月可报销往返次数", string.Create(CultureInfo.InvariantCulture, $"{avg} 次/月")),
            new(Policy.ParameterIds.P8.TripsPerYearMax, "异地任职每年累计报销上限", string.Create(CultureInfo.InvariantCulture, $"{max} 次/年")),
        };

        var steps = new List<string> { "按日期先后逐项核定；只有准予报销的往返计入此后的次数" };
        var lines = new List<CalculationLine>();
        var reimbursedByYear = new Dictionary<int, int>();
        var total = 0m;
        foreach (var trip in Trips.OrderBy(t => t.Date).ThenBy(t => t.Number))
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"第 {trip.Number} 项 {Money.Day(trip.Date)}");
            var so = reimbursedByYear.GetValueOrDefault(trip.Date.Year);
            var n = so + 1;
            string? failed = null;
            var months = 0;
            if (trip.Date < PostingStart || (PostingEnd is { } end && trip.Date > end))
            {
                failed = $"不予报销：{Money.Day(trip.Date)} 不在异地交流任职期间（{Money.Day(PostingStart)} 至 {(PostingEnd is { } pe ? Money.Day(pe) : "今")}）";
            }
            else if (n > max)
            {
                failed = string.Create(CultureInfo.InvariantCulture,
                    $"不予报销：{trip.Date.Year}年已报销 {so} 次，加本次 {n} 次，超过每年上限 {max} 次（P8.trips_per_year_max）");
            }
            else
            {
                months = HomeTripDecision.MonthsServedSoFar(PostingStart, trip.Date);
                if (n > avg * months)
                {
                    failed = string.Create(CultureInfo.InvariantCulture,
                        $"不予报销：{trip.Date.Year}年已报销 {so} 次，加本次 {n} 次，超过平均每月 {avg} 次 × 本年已任职 {months} 个月 = {avg * months} 次（P8.trips_per_month_avg）");
                }
            }

            string note;
            if (failed is null)
            {
                reimbursedByYear[trip.Date.Year] = n;
                total += trip.Amount;
                note = string.Create(CultureInfo.InvariantCulture,
                    $"准予报销：在任职期间；{trip.Date.Year}年第 {n} 次，不超过每年 {max} 次，不超过 {avg} × {months} 个月 = {avg * months} 次");
            }
            else
            {
                note = failed;
            }

            steps.Add($"{label} 申报 {Money.Format(trip.Amount)} 元：{note}");
            lines.Add(new CalculationLine(label, trip.Amount, failed is null ? "准予报销" : "不予报销", note));
        }

        var amount = Money.Round(total);
        var accepted = lines.Count(l => l.Status == "准予报销");
        steps.Add(string.Create(CultureInfo.InvariantCulture,
            $"准予报销 {accepted} 项，不予报销 {lines.Count - accepted} 项；可报销金额 = {Money.Format(amount)} 元"));
        return CalcOutcome.Of(new Calculation("trips", "异地任职往返交通费报销核定", Calculation.ClauseEight, amount, inputs, parameters, steps, lines));
    }
}
