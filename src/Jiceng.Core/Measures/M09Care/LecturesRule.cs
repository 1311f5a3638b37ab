using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P9;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.6 — clause 九: at least P9.lectures_per_year mental-health lectures a year reach each township's cadres: those held
/// by the township or a unit under it, and those held by the district (open to every township). A lecture counts in
/// the calendar year of its day; short is a violation once the year is over, a warning before when below the pro-rata
/// floor (<see cref="YearlyQuota"/>).
/// </summary>
public sealed class LecturesRule : Rule<IReadOnlyList<LectureFacts>>
{
    public override string Id => "R9.6";

    public override int Clause => 9;

    public override string Title => "心理健康知识讲座次数";

    public override IReadOnlyList<string> Parameters { get; } = [P.LecturesPerYear];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<LectureFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var required = profile.Int(P.LecturesPerYear);
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var t in facts)
        {
            if (YearlyQuota.BelowMinimum(t.Lectures, required, context) is not { } severity)
            {
                continue;
            }

            var message = severity == Severity.Violation
                ? $"{t.Township.Name}{year}年心理健康知识讲座{t.Lectures}次，少于{required}次"
                : $"{t.Township.Name}{year}年截至{Dates.Format(context.AsOf)}心理健康知识讲座{t.Lectures}次，低于按日进度应达到的{YearlyQuota.ProRataFloor(required, context)}次";
            yield return new Finding(Id, Clause, severity, t.Township, year, $"{t.Lectures}次", $"每年至少{required}次", message, context.YearEnd);
        }
    }
}
