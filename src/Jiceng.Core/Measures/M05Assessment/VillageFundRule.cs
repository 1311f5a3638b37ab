using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P5;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// R5.2 — clause 5: a township's village performance fund for a year is its villages × P5.village_fund_per_village_wan.
/// Disbursed more than allocated → violation; on the year's last day or after, an undisbursed balance → warning (the
/// year end, 31 December, is the day it is due).
/// </summary>
public sealed class VillageFundRule : Rule<IReadOnlyList<VillageFundFacts>>
{
    public override string Id => "R5.2";

    public override int Clause => 5;

    public override string Title => "村“两委”绩效考核资金兑现";

    public override IReadOnlyList<string> Parameters { get; } = [P.VillageFundPerVillageWan];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public static decimal Allocated(int villages, PolicyProfile profile) => villages * profile.Yuan(P.VillageFundPerVillageWan);

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageFundFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => f.Year == context.Year && f.Villages > 0))
        {
            var allocated = Allocated(f.Villages, profile);
            var period = f.Year.ToString(CultureInfo.InvariantCulture);
            if (f.DisbursedYuan > allocated)
            {
                yield return new Finding(Id, Clause, Severity.Violation, f.Township, period, $"已兑现{Yuan(f.DisbursedYuan)}元",
                    $"不超过{Yuan(allocated)}元（{f.Villages}个村）",
                    $"{f.Township.Name}{f.Year}年村“两委”绩效考核资金兑现{Yuan(f.DisbursedYuan)}元，超过应安排的{Yuan(allocated)}元", null, "over");
            }
            else if (context.YearIsOver && f.DisbursedYuan < allocated)
            {
                yield return new Finding(Id, Clause, Severity.Warning, f.Township, period, $"已兑现{Yuan(f.DisbursedYuan)}元",
                    $"年底前兑现{Yuan(allocated)}元（{f.Villages}个村）",
                    $"{f.Township.Name}{f.Year}年村“两委”绩效考核资金尚有{Yuan(allocated - f.DisbursedYuan)}元未兑现", context.YearEnd, "undisbursed");
            }
        }
    }

    private static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
