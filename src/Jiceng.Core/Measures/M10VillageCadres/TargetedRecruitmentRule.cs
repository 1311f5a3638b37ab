using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.5 — clause 10: in a recruiting unit's civil-service recruitment plan of the evaluated year, the positions
/// targeted at outstanding village (community) cadres, college-graduate village officials and the like (定向招录) are at
/// least P10.targeted_recruitment_share × the plan's positions, compared exactly (the least count is the ceiling):
/// fewer is a violation. Units without a plan for the year are not judged.
/// </summary>
public sealed class TargetedRecruitmentRule : Rule<IReadOnlyList<TargetedRecruitmentFacts>>
{
    public override string Id => "R10.5";

    public override int Clause => 10;

    public override string Title => "定向招录优秀村（社区）干部等公务员";

    public override IReadOnlyList<string> Parameters { get; } = [P.TargetedRecruitmentShare];

    public override SubjectKind SubjectKind => SubjectKind.District;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TargetedRecruitmentFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var share = profile.Decimal(P.TargetedRecruitmentShare);
        foreach (var f in facts.Where(f => f.Year == context.Year))
        {
            var required = RequiredTargeted(share, f.PlanPositions);
            if (f.TargetedPositions >= required)
            {
                continue;
            }

            var percent = (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
            yield return new Finding(Id, Clause, Severity.Violation, f.Unit, f.Year.ToString(CultureInfo.InvariantCulture),
                $"定向{f.TargetedPositions}/{f.PlanPositions}个", $"至少{required}个（{f.PlanPositions}×{percent}）",
                $"{f.Unit.Name}{f.Year}年公务员招录计划{f.PlanPositions}个职位，定向招录{f.TargetedPositions}个，少于{percent}（{required}个）", null);
        }
    }

    /// <summary>The least number of targeted positions: ceil(share × plan), so that targeted ≥ share × plan holds exactly.</summary>
    public static int RequiredTargeted(decimal share, int planPositions) => (int)Math.Ceiling(share * planPositions);
}
