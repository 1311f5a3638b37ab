using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// The posts a village cadres' remuneration standard (村干部基本报酬标准, 第八条) is set for: the two main posts and the
/// other seats of the village two committees together.
/// </summary>
public enum VillagePayPost
{
    /// <summary>村（社区）党组织书记.</summary>
    PartySecretary = 1,

    /// <summary>村（居）委会主任.</summary>
    CommitteeDirector = 2,

    /// <summary>其他村“两委”成员 (deputies and members of either committee).</summary>
    OtherMember = 3,
}

/// <summary>What a village cadre payment line pays (第八条: remuneration, and the transport and phone allowances).</summary>
public enum VillagePayKind
{
    /// <summary>基本报酬 — judged against nothing by a rule (the plan sets no rule on it); shown beside the standard in force.</summary>
    Remuneration = 1,

    /// <summary>交通补贴 — P8.village_transport per month.</summary>
    Transport = 2,

    /// <summary>通讯补贴 — P8.village_phone per month.</summary>
    Phone = 3,
}

/// <summary>Which standard a village post is paid by.</summary>
public static class VillagePayPosts
{
    /// <summary>
    /// The standard's post for a post kind: the party secretary's and the director's own, every other two-committees seat
    /// the members' one; posts outside the two committees (eco chiefs, reserves, assistants …) none.
    /// </summary>
    public static VillagePayPost? Of(PostKind kind) => kind switch
    {
        PostKind.VillagePartySecretary => VillagePayPost.PartySecretary,
        PostKind.VillageCommitteeDirector => VillagePayPost.CommitteeDirector,
        _ when kind.IsTwoCommitteesSeat() => VillagePayPost.OtherMember,
        _ => null,
    };

    /// <summary>
    /// The standard for a cadre holding several seats (一肩挑: secretary and director): the highest of the posts' standards
    /// in force on the day, so a cadre is never held to a lower standard because of an extra seat.
    /// </summary>
    public static VillageCadrePayStandard? Applying(IEnumerable<VillageCadrePayStandard> standards, IEnumerable<VillagePayPost> posts, DateOnly day)
    {
        var held = posts.ToHashSet();
        return standards.Where(s => held.Contains(s.Post) && s.IsInForceOn(day))
            .OrderByDescending(s => s.MonthlyYuan).ThenBy(s => s.Post).FirstOrDefault();
    }

    /// <summary>Two periods (both ends included; an open end runs on) share a day.</summary>
    public static bool Overlap(DateOnly from1, DateOnly? to1, DateOnly from2, DateOnly? to2) =>
        (to2 is null || from1 <= to2) && (to1 is null || from2 <= to1);
}

/// <summary>
/// A district's remuneration standard for a village post (村干部基本报酬标准, 第八条): an amount per month from
/// <see cref="From"/> through <see cref="To"/> (both included; open while in force). The plan leaves the amounts to the
/// district (no profile parameter names them), so they are records the district's organization department or finance
/// bureau keep; one post's standards of a district do not overlap, so a day has at most one.
/// </summary>
public sealed class VillageCadrePayStandard : IVersioned
{
    public const int DocumentMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The district (区县) that set the standard; it applies to the villages under it.</summary>
    public int DistrictId { get; set; }

    public OrgUnit? District { get; set; }

    public VillagePayPost Post { get; set; }

    /// <summary>元 per person and month (two decimals).</summary>
    public decimal MonthlyYuan { get; set; }

    public DateOnly From { get; set; }

    /// <summary>The last day in force (inclusive); null while in force.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The document that set it (文号), optional.</summary>
    public string? Document { get; set; }

    public int Version { get; set; }

    public bool IsInForceOn(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>
/// One payment line to a village cadre for a month: the remuneration, or the transport or phone allowance (one line per
/// cadre, kind and month; a correction changes the line, versioned).
/// </summary>
public sealed class VillageCadrePayment : IVersioned
{
    public const int NoteMaxLength = 200;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The village or community the cadre is paid by (and whose scope the line belongs to).</summary>
    public int VillageId { get; set; }

    public OrgUnit? Village { get; set; }

    public VillagePayKind Kind { get; set; }

    /// <summary>The month paid for, as its first day.</summary>
    public DateOnly Month { get; set; }

    /// <summary>元 (two decimals).</summary>
    public decimal AmountYuan { get; set; }

    public DateOnly PaidOn { get; set; }

    public string? Note { get; set; }

    public int Version { get; set; }
}
