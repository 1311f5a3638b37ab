using Jiceng.Core.Findings;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>
/// R1.4 — clause 1 builds the township leadership team term by term (班子届次): a team whose latest term has ended
/// with no next term begun is overdue for its change of term (换届), a violation from the day after the end date.
/// A township with no recorded term is not judged here.
/// </summary>
public sealed class TeamTermOverdueRule : TermOverdueRule
{
    public override string Id => "R1.4";

    public override int Clause => 1;

    public override string Title => "乡镇领导班子届满换届";

    protected override TermBody Body => TermBody.TownshipLeadershipTeam;

    protected override string BodyName(Subject unit) => $"{unit.Name}领导班子";
}
