using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P5;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// R5.3 — clause 5: among the awards granted in the year (up to the as-of day) in a district, the grassroots share
/// must reach P5.grassroots_award_share_min: below it → violation; equal is fine. Not set → the share is reported as
/// information. A district without awards in the year is not judged.
/// </summary>
public sealed class GrassrootsAwardShareRule : Rule<IReadOnlyList<AwardShareFacts>>
{
    public override string Id => "R5.3";

    public override int Clause => 5;

    public override string Title => "评先奖优向基层倾斜";

    public override IReadOnlyList<string> Parameters { get; } = [P.GrassrootsAwardShareMin];

    public override SubjectKind SubjectKind => SubjectKind.District;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<AwardShareFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var min = profile.OptionalDecimal(P.GrassrootsAwardShareMin);
        foreach (var f in facts.Where(f => f.Year == context.Year && f.Awards > 0))
        {
            var period = f.Year.ToString(CultureInfo.InvariantCulture);
            var measured = $"基层{f.Grassroots}/{f.Awards}（{Percent((decimal)f.Grassroots / f.Awards)}）";
            if (min is null)
            {
                yield return new Finding(Id, Clause, Severity.Info, f.District, period, measured, "未设定最低比例",
                    $"{f.District.Name}{f.Year}年奖励{f.Awards}人次，其中基层干部{f.Grassroots}人次", null);
            }
            else if (f.Grassroots < min.Value * f.Awards)
            {
                yield return new Finding(Id, Clause, Severity.Violation, f.District, period, measured, $"不低于{Percent(min.Value)}",
                    $"{f.District.Name}{f.Year}年奖励中基层干部占{Percent((decimal)f.Grassroots / f.Awards)}，低于{Percent(min.Value)}", null);
            }
        }
    }

    private static string Percent(decimal v) => (v * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
