namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>A month's subsidy payment as entered; <see cref="Month"/> is written yyyy-MM.</summary>
public sealed record SubsidyPaymentInput
{
    /// <summary>The name of a line of P8.subsidies.</summary>
    public string? Subsidy { get; init; }

    /// <summary>yyyy-MM.</summary>
    public string? Month { get; init; }

    public DateOnly? EligibleFrom { get; init; }

    public DateOnly? EligibleTo { get; init; }

    public decimal? AmountYuan { get; init; }

    public DateOnly? PaidOn { get; init; }
}

/// <summary>A cross-region posting as entered.</summary>
public sealed record PostingInput
{
    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public string? HomePlace { get; init; }

    public string? Document { get; init; }
}

/// <summary>A home-trip claim as entered; it is decided by R8.1 when saved.</summary>
public sealed record TripClaimInput
{
    public DateOnly? TripDate { get; init; }

    public decimal? AmountYuan { get; init; }

    public string? Note { get; init; }
}

/// <summary>A cadre's annual leave of a year as entered.</summary>
public sealed record AnnualLeaveInput
{
    public int? TakenDays { get; init; }

    public decimal? MonthlyWageYuan { get; init; }

    public int? CompensatedDays { get; init; }

    public decimal? CompensationYuan { get; init; }

    public DateOnly? CompensatedOn { get; init; }
}
