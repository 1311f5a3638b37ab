using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Ranks;

/// <summary>
/// A rank (职级) a cadre holds from <see cref="Start"/> (任职时间) to <see cref="End"/> (inclusive; null while held),
/// charged to the rank quota (职数) of <see cref="QuotaUnitId"/> (职数使用单位, by default the cadre's own unit).
/// A cadre holds one rank at a time: the rank history is a chain of dated events, and a promotion is a record whose
/// <see cref="Ordinal"/> is greater than the previous one's.
/// </summary>
public sealed class RankAssignment : IVersioned
{
    public const int DocumentNumberMaxLength = 64;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The rank's code in <see cref="CodeTables.CodeTables.Rank"/>.</summary>
    public string RankCode { get; set; } = "";

    /// <summary>The rank's place in the order (<see cref="RankLevels.Ordinal"/>), kept with the record so promotions are a comparison.</summary>
    public int Ordinal { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>The unit whose quota the rank uses (职数使用单位).</summary>
    public int QuotaUnitId { get; set; }

    public OrgUnit? QuotaUnit { get; set; }

    /// <summary>文号: the number of the appointment document.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public bool IsHeldOn(DateOnly day) => Start <= day && (End is null || End >= day);
}
