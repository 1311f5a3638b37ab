namespace Jiceng.Core.Posts;

/// <summary>A post assignment as entered, before validation.</summary>
public sealed record PostInput
{
    public int? OrgUnitId { get; init; }
    public PostKind? Kind { get; init; }
    public string? Title { get; init; }
    public bool IsLeadershipTeamMember { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public int? TermId { get; init; }
}
