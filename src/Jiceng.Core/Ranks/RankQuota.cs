using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Ranks;

/// <summary>
/// A unit's quota (职数) of one rank from <see cref="From"/> on: in force until the next quota of the same unit and rank
/// takes effect. A township's quota is for its own staff (职数专用, R4.1). A unit and rank without a quota in force is
/// not judged (职数未核定).
/// </summary>
public sealed class RankQuota : IVersioned
{
    public const int DocumentNumberMaxLength = 64;

    public int Id { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public string RankCode { get; set; } = "";

    public int Count { get; set; }

    public DateOnly From { get; set; }

    /// <summary>The document that set the quota (核定职数的文号), when known.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }
}
