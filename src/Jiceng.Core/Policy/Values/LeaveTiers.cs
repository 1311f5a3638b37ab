namespace Jiceng.Core.Policy;

/// <summary>
/// P8.leave_tiers: paid annual leave by years of total service (clause 八, "带薪年休假"); statutory 5 days from
/// 1 year, 10 from 10, 15 from 20. Tiers are sorted by <see cref="LeaveTier.FromYears"/>, strictly increasing;
/// service below the first tier gives 0 days. Service is measured on 1 January of the leave year (docs/policy-reference.md).
/// </summary>
public sealed class LeaveTiers(IReadOnlyList<LeaveTier> tiers)
{
    public IReadOnlyList<LeaveTier> Tiers { get; } = tiers;

    /// <summary>Leave days for a cadre with <paramref name="fullYearsOfService"/> full years of total service.</summary>
    public int DaysFor(int fullYearsOfService)
    {
        var days = 0;
        foreach (var tier in Tiers)
        {
            if (fullYearsOfService >= tier.FromYears)
            {
                days = tier.Days;
            }
        }

        return days;
    }
}
