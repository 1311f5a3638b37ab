using Jiceng.Core.Cadres;
using Jiceng.Core.Org;

namespace Jiceng.Core.Posts;

/// <summary>A cadre holding a post in an org unit from <see cref="Start"/> to <see cref="End"/> (inclusive; null while serving).</summary>
public sealed class PostAssignment
{
    public const int TitleMaxLength = 64;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public PostKind Kind { get; set; }

    /// <summary>The post's title as written in the appointment (e.g. 党委委员、组织委员), when more specific than the kind.</summary>
    public string? Title { get; set; }

    /// <summary>Member of the township leadership team or the village two committees.</summary>
    public bool IsLeadershipTeamMember { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>The term (届) the post belongs to, for leadership posts.</summary>
    public int? TermId { get; set; }

    public Term? Term { get; set; }

    public bool IsActiveOn(DateOnly day) => Start <= day && (End is null || End >= day);
}
