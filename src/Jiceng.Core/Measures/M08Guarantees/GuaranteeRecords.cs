using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// A subsidy (补贴) paid to a cadre for one month under one line of P8.subsidies. The standard itself is not stored:
/// it is the profile's (P8.subsidies, versioned by effective date, read day by day by <see cref="SubsidyProration"/>).
/// <see cref="EligibleFrom"/> and <see cref="EligibleTo"/> bound the days the cadre was eligible that month (none: the
/// whole month); R8.7 compares <see cref="AmountYuan"/> with the prorated standard for those days. One row per cadre,
/// subsidy and month: a top-up corrects the amount (versioned).
/// </summary>
public sealed class SubsidyPayment : IVersioned
{
    public const int SubsidyMaxLength = 64;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The name of a line of P8.subsidies (e.g. 乡镇工作补贴).</summary>
    public string Subsidy { get; set; } = "";

    /// <summary>The month paid for, as its first day.</summary>
    public DateOnly Month { get; set; }

    public DateOnly? EligibleFrom { get; set; }

    /// <summary>The last eligible day, inclusive.</summary>
    public DateOnly? EligibleTo { get; set; }

    /// <summary>The amount paid in 元 (two decimals).</summary>
    public decimal AmountYuan { get; set; }

    public DateOnly PaidOn { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A cross-region posting (异地交流任职) of a cadre, from <see cref="Start"/> through <see cref="End"/> (none: still
/// serving): the posting home trips (<see cref="HomeTripClaim"/>) are claimed against.
/// </summary>
public sealed class CrossRegionPosting : IVersioned
{
    public const int PlaceMaxLength = 64;
    public const int DocumentMaxLength = 64;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>家庭居住地.</summary>
    public string HomePlace { get; set; } = "";

    /// <summary>任职文号, if any.</summary>
    public string? Document { get; set; }

    public int Version { get; set; }
}

/// <summary>Which test of R8.1 a home-trip claim failed, or none (reimbursed).</summary>
public enum TripTest
{
    /// <summary>None failed: reimbursed (准予报销).</summary>
    Passed = 0,
    /// <summary>The trip is not within the posting.</summary>
    NotInPosting = 1,
    /// <summary>The year's reimbursed count including it exceeds P8.trips_per_year_max.</summary>
    YearlyMax = 2,
    /// <summary>The count exceeds P8.trips_per_month_avg × months served so far this year.</summary>
    MonthlyAverage = 3,
}

/// <summary>
/// A home-trip claim (往返交通费报销申请) of a cross-region posting, decided by R8.1 when it is entered
/// (<see cref="HomeTripEntry.Decide"/>, through the <c>trips</c> calculator): the decision, the test that failed and the
/// calculator's reason with its numbers are stored with it and never recomputed; only reimbursed claims count for later ones.
/// </summary>
public sealed class HomeTripClaim : IVersioned
{
    public const int ReasonMaxLength = 300;
    public const int NoteMaxLength = 200;

    public int Id { get; set; }

    public int PostingId { get; set; }

    public CrossRegionPosting? Posting { get; set; }

    public DateOnly TripDate { get; set; }

    /// <summary>The amount claimed in 元.</summary>
    public decimal AmountYuan { get; set; }

    public bool Reimbursed { get; set; }

    public TripTest FailedTest { get; set; }

    /// <summary>The calculator's reason, in zh-CN, with the counts and limits.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The day the claim was entered and decided.</summary>
    public DateOnly DecidedOn { get; set; }

    public string? Note { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A cadre's paid annual leave (带薪年休假) for one year: the days taken and, for the untaken days, the compensation
/// paid (未休年休假工资报酬: days, amount, day). The entitlement is not stored: it follows from the cadre's
/// <see cref="Cadre.JoinedWorkOn"/> and P8.leave_tiers (<see cref="LeaveInput"/>); untaken = entitlement − taken (not below 0).
/// <see cref="MonthlyWageYuan"/>, when given, lets the statement compute the pay with the <c>leave</c> calculator.
/// </summary>
public sealed class AnnualLeave : IVersioned
{
    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int Year { get; set; }

    public int TakenDays { get; set; }

    public decimal? MonthlyWageYuan { get; set; }

    /// <summary>Untaken days paid for (0: none).</summary>
    public int CompensatedDays { get; set; }

    public decimal? CompensationYuan { get; set; }

    public DateOnly? CompensatedOn { get; set; }

    public int Version { get; set; }
}
