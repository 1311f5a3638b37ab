using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// 村级后备干部特设岗位 (clause 十: "设置村级后备干部特设岗位，定岗不定人，优先从表现优秀的后备干部中聘任"): a post set
/// up by a township for its villages, or by a village, and kept for an outstanding reserve. The post is fixed, the
/// person is not: over time it is filled by one reserve after another (<see cref="SpecialReservePostFill"/>), each
/// taken from a reserve pool of the post's unit (the village itself, or a village of the township).
/// </summary>
public sealed class SpecialReservePost : IVersioned
{
    public const int NameMaxLength = 40;

    public int Id { get; set; }

    /// <summary>The township or village that set up the post.</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public string Name { get; set; } = "";

    /// <summary>设岗日期.</summary>
    public DateOnly From { get; set; }

    /// <summary>撤岗日期: the post's last day (inclusive); null while kept.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public List<SpecialReservePostFill> Fills { get; set; } = [];

    public bool IsOpenOn(DateOnly day) => From <= day && (To is null || To >= day);

    /// <summary>The units that may set up special reserve posts: townships (for their villages) and villages.</summary>
    public static bool MayHold(OrgUnitKind kind) => kind.IsTownshipLevel() || kind.IsVillageLevel();
}

/// <summary>
/// One reserve holding a special reserve post for a stretch (聘任 … 解聘, inclusive; open while held). The reserve is
/// taken from the pool: the membership must be in force on the day of appointment. A post has one holder at a time.
/// </summary>
public sealed class SpecialReservePostFill : IVersioned
{
    public const int EndReasonMaxLength = 200;

    public int Id { get; set; }

    public int PostId { get; set; }

    public SpecialReservePost? Post { get; set; }

    /// <summary>The reserve's stretch in a pool the holder was taken from (gives the cadre and the village).</summary>
    public int MembershipId { get; set; }

    public ReservePoolMembership? Membership { get; set; }

    /// <summary>聘任日期.</summary>
    public DateOnly From { get; set; }

    /// <summary>解聘日期: the last day held (inclusive); null while held.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Why the holding ended (e.g. elected to the two committees); set with <see cref="To"/>.</summary>
    public string? EndReason { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    public bool IsHeldOn(DateOnly day) => From <= day && (To is null || To >= day);
}
