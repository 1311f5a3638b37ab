using Jiceng.Core.Cadres;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Cadres;

/// <summary>A cadre with the names of the units involved, for the cadre page and the API.</summary>
public sealed record CadreDetails(Cadre Cadre, string OrgUnitName, IReadOnlyList<PostRow> Posts);

/// <summary>One post of a cadre's history, newest first.</summary>
public sealed record PostRow(int Id, int OrgUnitId, string OrgUnitName, PostKind Kind, string? Title, bool IsLeadershipTeamMember,
    DateOnly Start, DateOnly? End, int? TermNumber, int? TermId = null);
