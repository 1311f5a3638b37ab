using Jiceng.Core.Findings;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// A serving township post and the day its holder's tenure in it began: a reappointment to the same post in the same
/// unit without a gap (the next start is at most one day after the previous end) continues the tenure.
/// </summary>
public sealed record PostTenureFacts(Subject Cadre, int PostId, string UnitName, PostKind Kind, string? Title, DateOnly TenureStart);
