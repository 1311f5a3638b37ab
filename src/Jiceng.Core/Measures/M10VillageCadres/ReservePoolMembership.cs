using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// A stretch of time a cadre spends in a village's reserve pool (村级后备干部库), from entry to leaving (inclusive;
/// open while still a reserve). R10.3 counts the memberships in force on the evaluation day, so judging a past year
/// counts those who were reserves then, whatever they are now.
/// </summary>
public sealed class ReservePoolMembership : IVersioned
{
    public const int LeaveReasonMaxLength = 200;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The village or community whose pool the cadre belongs to.</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Last day in the pool (inclusive); null while still a reserve.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Why the cadre left (e.g. elected to the two committees, moved away); set with <see cref="To"/>.</summary>
    public string? LeaveReason { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public bool IsInPoolOn(DateOnly day) => From <= day && (To is null || To >= day);
}
