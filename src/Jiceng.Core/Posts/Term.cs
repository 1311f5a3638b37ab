using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Posts;

/// <summary>Which body a term belongs to.</summary>
public enum TermBody
{
    /// <summary>乡镇领导班子.</summary>
    TownshipLeadershipTeam = 1,
    /// <summary>村“两委”.</summary>
    VillageTwoCommittees = 2,
}

/// <summary>A term (届) of a township leadership team or of a village's two committees, with its seats (职数).</summary>
public sealed class Term : IVersioned
{
    public int Id { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public TermBody Body { get; set; }

    /// <summary>The term's number, e.g. 第十二届 → 12.</summary>
    public int Number { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>The planned end of the term (five years for both bodies since 2018).</summary>
    public DateOnly End { get; set; }

    public List<TermSeat> Seats { get; set; } = [];

    public int TotalSeats => Seats.Sum(s => s.Count);

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public bool IsCurrentOn(DateOnly day) => Start <= day && day <= End;
}

/// <summary>The approved number of seats (职数) of one post kind in a term.</summary>
public sealed class TermSeat
{
    public int Id { get; set; }

    public int TermId { get; set; }

    public PostKind Kind { get; set; }

    public int Count { get; set; }
}

public static class TermBodies
{
    /// <summary>The body whose terms a unit of this kind keeps: townships a leadership team, villages two committees.</summary>
    public static TermBody? For(OrgUnitKind kind) =>
        kind.IsTownshipLevel() ? TermBody.TownshipLeadershipTeam : kind.IsVillageLevel() ? TermBody.VillageTwoCommittees : null;
}
