using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>How a cadre moves (调动方式).</summary>
public enum MoveKind
{
    /// <summary>交流.</summary>
    Exchange = 1,
    /// <summary>调任.</summary>
    Transfer = 2,
    /// <summary>转任.</summary>
    Reassignment = 3,
    /// <summary>遴选.</summary>
    Selection = 4,
    /// <summary>其他.</summary>
    Other = 9,
}

/// <summary>Where a move stands: planned (拟调动), done (已调动) or cancelled (已取消).</summary>
public enum MoveStatus
{
    Pending = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>
/// A cadre's move from one unit to another (调动/交流), recorded once as a dated event of the cadre's history: R3.2
/// judges it against the minimum grassroots service, R4.3 reads where remote service began, R4.4 counts exchanges by
/// direction. Completing it moves the cadre to <see cref="ToOrgUnitId"/> (a destination outside the system is
/// <see cref="ExternalDestination"/> and leaves the cadre's unit as it is).
/// </summary>
public sealed class CadreMove : IVersioned
{
    public const int DestinationMaxLength = 64;
    public const int DocumentNumberMaxLength = 64;
    public const int NoteMaxLength = 200;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int FromOrgUnitId { get; set; }

    public OrgUnit? FromOrgUnit { get; set; }

    /// <summary>The unit moved to, when it is in the system; null for a destination outside the district.</summary>
    public int? ToOrgUnitId { get; set; }

    public OrgUnit? ToOrgUnit { get; set; }

    /// <summary>Where the cadre goes when it is not a unit of the system (e.g. 朔州市某局).</summary>
    public string? ExternalDestination { get; set; }

    /// <summary>The day the move takes (or took) effect: the first day in the new unit.</summary>
    public DateOnly EffectiveOn { get; set; }

    public MoveKind Kind { get; set; }

    public MoveStatus Status { get; set; }

    /// <summary>文号 of the appointment or transfer document.</summary>
    public string? DocumentNumber { get; set; }

    public string? Note { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    /// <summary>Derived from the two units' kinds (<see cref="MoveDirections.Of"/>) whenever the move is saved, and stored
    /// so lists, summaries and R4.4 filter and count by it in the database.</summary>
    public MoveDirection Direction { get; set; }
}
