namespace Jiceng.Core.Policy;

/// <summary>
/// P7.influence_months: months of influence per sanction kind (clause 七). Following the counting convention of
/// docs/policy-reference.md, a sanction of M months effective on day d covers d … d + M months − 1 day, and the cadre is
/// eligible for promotion again on d + M months.
/// </summary>
public sealed class InfluencePeriods
{
    public InfluencePeriods(IReadOnlyDictionary<SanctionKind, int> months)
    {
        foreach (var kind in Enum.GetValues<SanctionKind>())
        {
            if (!months.ContainsKey(kind))
            {
                throw new ArgumentException($"No influence period for {kind}.", nameof(months));
            }
        }

        Months = new Dictionary<SanctionKind, int>(months);
    }

    /// <summary>Months per kind; every <see cref="SanctionKind"/> has an entry.</summary>
    public IReadOnlyDictionary<SanctionKind, int> Months { get; }

    public int MonthsFor(SanctionKind kind) => Months[kind];

    /// <summary>The first day the cadre may be promoted again: <paramref name="effective"/> + M months.</summary>
    public DateOnly EligibleAgainOn(SanctionKind kind, DateOnly effective) => effective.AddMonths(MonthsFor(kind));

    /// <summary>True when <paramref name="day"/> lies inside the influence period of a sanction effective on <paramref name="effective"/>.</summary>
    public bool IsWithin(SanctionKind kind, DateOnly effective, DateOnly day) =>
        day >= effective && day < EligibleAgainOn(kind, effective);
}
