using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>
/// R1.2 (info) — clause 1 widens the sources of township leaders (优秀村干部、大学生村官、乡镇事业单位人员、企事业单位负责人).
/// For each township with new leadership-team members in the evaluated year (a team post begun from 1 January up to
/// the evaluation day by a cadre who held no team post of that township the day before), one info finding counts them
/// by source: the candidate-pool entry that led to the appointment, else the cadre's previous post.
/// </summary>
public sealed class LeaderSourceRule : Rule<IReadOnlyList<LeaderSourceFacts>>
{
    public override string Id => "R1.2";

    public override int Clause => 1;

    public override string Title => "乡镇新任领导班子成员来源";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<LeaderSourceFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var first = new DateOnly(context.Year, 1, 1);
        foreach (var township in facts)
        {
            var inYear = township.Appointments.Where(a => a.Start >= first && a.Start <= context.AsOf && a.Start.Year == context.Year)
                .DistinctBy(a => a.CadreId).ToList();
            if (inYear.Count == 0)
            {
                continue;
            }

            var bySource = inYear.GroupBy(LeaderSources.Of).OrderBy(g => g.Key)
                .Select(g => $"{LeaderSources.Label(g.Key)}{g.Count()}名");
            var fromPool = inYear.Count(a => a.PoolSource is not null);
            var sources = string.Join("、", bySource);
            var year = context.Year.ToString(CultureInfo.InvariantCulture);
            yield return new Finding(Id, Clause, Severity.Info, township.Township, year, $"新任{inYear.Count}名：{sources}", "统计来源",
                $"{township.Township.Name}{year}年新任领导班子成员{inYear.Count}名，来源：{sources}（其中{fromPool}名来自推荐人选库）", null);
        }
    }
}
