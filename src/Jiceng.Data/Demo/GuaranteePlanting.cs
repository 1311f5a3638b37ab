using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;

namespace Jiceng.Data.Demo;

/// <summary>
/// Clause 八's demo records and the findings they plant, judged on <see cref="DemoDistrictGenerator.DataAsOf"/>
/// (2026-06-30) under the example profile (乡镇工作补贴 300 元/月 since 2020-01-01; leave tiers 1 → 5, 10 → 10, 20 → 15
/// days). Worked out by hand from the counting conventions, never through the facts queries or the rules; the home-trip
/// decisions are written out by hand as well, and so are the R8.1 findings of claims paid before their postings were corrected.
/// </summary>
internal static class GuaranteePlanting
{
    // The example profile's values the amounts below are worked out for (PlantingAssumptionsTests checks them).
    internal const string Subsidy = "乡镇工作补贴";
    internal const decimal SubsidyStandard = 300m;
    internal const int LeaveDaysFrom20Years = 15;

    public static void Add(DemoContext ctx)
    {
        // Township civil servants with 20 full years of service on 1 January 2025 (joined by 2004-12-31).
        var staff = ctx.Cadres.Where(c => c.Category == CadreCategory.TownshipCivilServant && c.JoinedWorkOn is { } j && j <= new DateOnly(2004, 12, 31))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.BirthDate).ToList();
        // Every fifth cadre, moved on by one after each pass through the list, so no cadre is picked twice (a cadre's
        // subsidy payments, leave years and postings belong to one planting each: the pages' tests find them by value).
        var pick = 0;
        Cadre Next()
        {
            var i = pick++ * 5;
            return staff[(i + i / staff.Count) % staff.Count];
        }

        // R8.7: the full standard for a whole month (300.00) and for 15 of 30 days from 16 April (150.00) are paid in
        // full; 200.00 for May (the old standard) and 149.99 for 16–30 April are below it. A payment for July, paid in
        // June, is not judged before July.
        Pay(ctx, Next(), new DateOnly(2026, 3, 1), null, 300.00m);
        var oldStandard = Next();
        Pay(ctx, oldStandard, new DateOnly(2026, 5, 1), null, 200.00m);
        ctx.Planted.Add(new PlantedFinding("R8.7", Severity.Violation, null, oldStandard, "5月按旧标准200元发放乡镇工作补贴"));
        Pay(ctx, Next(), new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 16), 150.00m);
        var oneCent = Next();
        Pay(ctx, oneCent, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 16), 149.99m);
        ctx.Planted.Add(new PlantedFinding("R8.7", Severity.Violation, null, oneCent, "4月16日起折算应发150.00元，实发149.99元"));
        Pay(ctx, Next(), new DateOnly(2026, 7, 1), null, 0.00m, paidOn: new DateOnly(2026, 6, 30));

        // R8.2 (the leave year judged on 2026-06-30 is 2025; 15 days each): all taken; 10 taken and 5 compensated in
        // January 2026; 10 taken and nothing paid (violation); 12 taken and 2 of 3 paid (violation). 2026 is still running.
        Leave(ctx, Next(), 2025, 15, 0, null);
        Leave(ctx, Next(), 2025, 10, 5, new DateOnly(2026, 1, 20));
        var unpaid = Next();
        Leave(ctx, unpaid, 2025, 10, 0, null);
        ctx.Planted.Add(new PlantedFinding("R8.2", Severity.Violation, null, unpaid, "2025年未休5天未补偿"));
        var short1 = Next();
        Leave(ctx, short1, 2025, 12, 2, new DateOnly(2026, 1, 20));
        ctx.Planted.Add(new PlantedFinding("R8.2", Severity.Violation, null, short1, "2025年未休3天只补偿2天"));
        Leave(ctx, Next(), 2026, 0, 0, null);

        // R8.1 at entry: a posting from 2026-03-10; 1 trip is allowed in March (1 × 1 month), 2 by April.
        var posted = Next();
        var posting = new CrossRegionPosting { Cadre = posted, Start = new DateOnly(2026, 3, 10), HomePlace = "朔州市朔城区", Document = "平组字〔2026〕5号" };
        ctx.Postings.Add(posting);
        Claim(ctx, posting, new DateOnly(2026, 3, 20), 86m, TripTest.Passed,
            "准予报销：在任职期间；2026年第 1 次，不超过每年 12 次，不超过 1 × 1 个月 = 1 次");
        Claim(ctx, posting, new DateOnly(2026, 3, 28), 86m, TripTest.MonthlyAverage,
            "不予报销：2026年已报销 1 次，加本次 2 次，超过平均每月 1 次 × 本年已任职 1 个月 = 1 次（P8.trips_per_month_avg）");
        Claim(ctx, posting, new DateOnly(2026, 4, 18), 86m, TripTest.Passed,
            "准予报销：在任职期间；2026年第 2 次，不超过每年 12 次，不超过 1 × 2 个月 = 2 次");

        // R8.1 as a finding: the paid claims decided again against the postings as recorded now (the stored decisions
        // below are those made at entry, before the postings were corrected). A posting from 2025-09-01, open when its
        // claims were paid, since ended on 2026-04-30: the trip on its last day still passes, the one on 1 May does not.
        var shortened = Next();
        var ended = new CrossRegionPosting { Cadre = shortened, Start = new DateOnly(2025, 9, 1), End = new DateOnly(2026, 4, 30), HomePlace = "大同市平城区", Document = "平组字〔2025〕12号" };
        ctx.Postings.Add(ended);
        Claim(ctx, ended, new DateOnly(2026, 2, 12), 120m, TripTest.Passed, "准予报销：在任职期间；2026年第 1 次，不超过每年 12 次，不超过 1 × 2 个月 = 2 次");
        Claim(ctx, ended, new DateOnly(2026, 4, 30), 120m, TripTest.Passed, "准予报销：在任职期间；2026年第 2 次，不超过每年 12 次，不超过 1 × 4 个月 = 4 次");
        Claim(ctx, ended, new DateOnly(2026, 5, 1), 120m, TripTest.Passed, "准予报销：在任职期间；2026年第 3 次，不超过每年 12 次，不超过 1 × 5 个月 = 5 次");
        ctx.Planted.Add(new PlantedFinding("R8.1", Severity.Violation, null, shortened, "异地任职已于4月30日结束，5月1日的往返已报销"));

        // A posting whose start was corrected from 2026-01-01 to 2026-04-01 after four trips were paid: by the new
        // start 1 trip is allowed by April, 2 by May, 3 by June. 10 April (1st) and 10 May (2nd) pass; 25 May would be
        // the 3rd in May (violation); it does not count, so 15 June is the 3rd by June and passes.
        var moved = Next();
        var late = new CrossRegionPosting { Cadre = moved, Start = new DateOnly(2026, 4, 1), HomePlace = "忻州市忻府区", Document = "平组字〔2026〕9号" };
        ctx.Postings.Add(late);
        Claim(ctx, late, new DateOnly(2026, 4, 10), 95m, TripTest.Passed, "准予报销：在任职期间；2026年第 1 次，不超过每年 12 次，不超过 1 × 4 个月 = 4 次");
        Claim(ctx, late, new DateOnly(2026, 5, 10), 95m, TripTest.Passed, "准予报销：在任职期间；2026年第 2 次，不超过每年 12 次，不超过 1 × 5 个月 = 5 次");
        Claim(ctx, late, new DateOnly(2026, 5, 25), 95m, TripTest.Passed, "准予报销：在任职期间；2026年第 3 次，不超过每年 12 次，不超过 1 × 5 个月 = 5 次");
        Claim(ctx, late, new DateOnly(2026, 6, 15), 95m, TripTest.Passed, "准予报销：在任职期间；2026年第 4 次，不超过每年 12 次，不超过 1 × 6 个月 = 6 次");
        ctx.Planted.Add(new PlantedFinding("R8.1", Severity.Violation, null, moved, "任职起始日更正为4月1日后，5月25日为5月第3次报销，超过1 × 2个月"));
    }

    private static void Pay(DemoContext ctx, Cadre cadre, DateOnly month, DateOnly? from, decimal amount, DateOnly? paidOn = null) =>
        ctx.SubsidyPayments.Add(new SubsidyPayment
        {
            Cadre = cadre, Subsidy = Subsidy, Month = month, EligibleFrom = from, AmountYuan = amount, PaidOn = paidOn ?? month.AddMonths(1).AddDays(-1),
        });

    private static void Leave(DemoContext ctx, Cadre cadre, int year, int taken, int compensated, DateOnly? on) =>
        ctx.AnnualLeaves.Add(new AnnualLeave
        {
            Cadre = cadre, Year = year, TakenDays = taken, MonthlyWageYuan = 5000m, CompensatedDays = compensated,
            CompensationYuan = compensated > 0 ? decimal.Round(2m * 5000m * compensated / 21.75m, 2, MidpointRounding.AwayFromZero) : null,
            CompensatedOn = on,
        });

    private static void Claim(DemoContext ctx, CrossRegionPosting posting, DateOnly date, decimal amount, TripTest failed, string reason) =>
        ctx.TripClaims.Add(new HomeTripClaim
        {
            Posting = posting, TripDate = date, AmountYuan = amount, Reimbursed = failed == TripTest.Passed, FailedTest = failed, Reason = reason, DecidedOn = date.AddDays(3),
        });
}
