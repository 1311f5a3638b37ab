using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// A recorded decision that a village does not practise 一肩挑 for a period, with its reason (e.g. the secretary is not
/// eligible to stand for director). While in force, R10.1 does not flag the village.
/// </summary>
public sealed class OneShoulderExemption : IVersioned
{
    public const int ReasonMaxLength = 200;

    public int Id { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public string Reason { get; set; } = "";

    public DateOnly From { get; set; }

    /// <summary>Last day in force (inclusive); null while open-ended.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public bool IsInForceOn(DateOnly day) => From <= day && (To is null || To >= day);
}
