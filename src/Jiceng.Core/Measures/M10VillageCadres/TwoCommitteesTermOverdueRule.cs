using Jiceng.Core.Findings;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.6 — clause 10 sizes the reserve pool on the seats of the current two-committees term (村“两委”职数): a village
/// whose latest term has ended with no next term begun is overdue for its election (换届), a violation from the day
/// after the end date; until then R10.3 has no current seats to judge. A village with no recorded term is not judged.
/// </summary>
public sealed class TwoCommitteesTermOverdueRule : TermOverdueRule
{
    public override string Id => "R10.6";

    public override int Clause => 10;

    public override string Title => "村“两委”届满换届";

    protected override TermBody Body => TermBody.VillageTwoCommittees;

    protected override string BodyName(Subject unit) => $"{unit.Name}“两委”";
}
