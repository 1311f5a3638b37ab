using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// R3.3 — clause 三: before a dispatched agency's head is assessed, appointed or removed, the township party
/// committee's opinion is heard. A decision dated in the evaluated year (up to the as-of day) with no opinion on
/// record, or with an opinion dated after the decision, is a violation; an opinion on the same day is in time.
/// </summary>
public sealed class AgencyHeadOpinionRule : Rule<IReadOnlyList<AgencyHeadEventFacts>>
{
    public override string Id => "R3.3";

    public override int Clause => 3;

    public override string Title => "派驻机构负责人考核任免征求乡镇党委意见";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<AgencyHeadEventFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var e in facts.Where(e => e.Date >= context.YearStart && e.Date <= context.AsOf && LacksOpinion(e.Date, e.OpinionOn)))
        {
            var what = AgencyHeadEventLabels.Label(e.Kind);
            var measured = e.OpinionOn is { } on ? $"{Dates.Format(on)}征求意见（晚于{what}）" : "未征求意见";
            yield return new Finding(Id, Clause, Severity.Violation, e.Township, context.Year.ToString(CultureInfo.InvariantCulture),
                measured, $"{what}前征求乡镇党委意见",
                $"{e.Agency}负责人{e.CadreName}于{Dates.Format(e.Date)}{what}，{measured}", e.Date, TopicOf(e.EventId));
        }
    }

    /// <summary>No opinion, or one given after the decision (the same day is in time).</summary>
    public static bool LacksOpinion(DateOnly decidedOn, DateOnly? opinionOn) => opinionOn is not { } on || on > decidedOn;

    public static string TopicOf(int eventId) => "agency-event:" + eventId.ToString(CultureInfo.InvariantCulture);
}
