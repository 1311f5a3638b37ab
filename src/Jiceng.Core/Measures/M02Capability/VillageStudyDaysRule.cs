using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P2;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// R2.4 — clause 二: each village main cadre (村主职干部) studies at least P2.village_main_min_study_days days a year.
/// A training's days count whole in the year of its start day. Short of the minimum is a violation once the year is
/// over, and before that a warning when below floor(minimum × elapsed days / days in the year) (<see cref="YearlyQuota"/>).
/// </summary>
public sealed class VillageStudyDaysRule : Rule<IReadOnlyList<StudyDaysFacts>>
{
    public override string Id => "R2.4";

    public override int Clause => 2;

    public override string Title => "村主职干部年度学习天数";

    public override IReadOnlyList<string> Parameters { get; } = [P.VillageMainMinStudyDays];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<StudyDaysFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var minimum = profile.Int(P.VillageMainMinStudyDays);
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var c in facts)
        {
            if (YearlyQuota.BelowMinimum(c.StudyDays, minimum, context) is not { } severity)
            {
                continue;
            }

            var message = severity == Severity.Violation
                ? $"{c.Cadre.Name}（{c.VillageName}主职干部）{year}年累计学习{c.StudyDays}天，少于{minimum}天"
                : $"{c.Cadre.Name}（{c.VillageName}主职干部）{year}年截至{Dates.Format(context.AsOf)}累计学习{c.StudyDays}天，低于按日进度应达到的{YearlyQuota.ProRataFloor(minimum, context)}天";
            yield return new Finding(Id, Clause, severity, c.Cadre, year, $"{c.StudyDays}天", $"每年至少{minimum}天", message, context.YearEnd);
        }
    }
}
