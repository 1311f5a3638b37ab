using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P2;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// R2.3 — clause 二: every member of a township leadership team has at least one rotation training (轮训) begun within
/// the term. A term is in force through its end date: a member without one gets a warning from P2.term_warn_months
/// before the end date (that day included) through the end date, and a violation from the day after. The violation
/// belongs to the year in which it arises (the year of end + 1 day), so a term ended in an earlier year is not judged again.
/// </summary>
public sealed class RotationTrainingRule : Rule<IReadOnlyList<RotationTrainingFacts>>
{
    public override string Id => "R2.3";

    public override int Clause => 2;

    public override string Title => "班子成员届内轮训";

    public override IReadOnlyList<string> Parameters { get; } = [P.TermWarnMonths];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<RotationTrainingFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var warnMonths = profile.Int(P.TermWarnMonths);
        foreach (var m in facts)
        {
            if (m.RotationTrainings > 0 || Judge(m.TermEnd, warnMonths, context) is not { } severity)
            {
                continue;
            }

            var message = severity == Severity.Violation
                ? $"{m.Member.Name}为{m.TownshipName}第{m.TermNumber}届领导班子成员，该届已于{Dates.Format(m.TermEnd)}届满，届内未参加轮训"
                : $"{m.Member.Name}为{m.TownshipName}第{m.TermNumber}届领导班子成员，该届将于{Dates.Format(m.TermEnd)}届满，届内尚未参加轮训";
            yield return new Finding(Id, Clause, severity, m.Member, context.Year.ToString(CultureInfo.InvariantCulture),
                "届内轮训0次", "届内至少轮训1次", message, m.TermEnd, m.TermId.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The severity for a member without a rotation training in a term ending on <paramref name="termEnd"/>, or null.</summary>
    public static Severity? Judge(DateOnly termEnd, int warnMonths, EvaluationContext context)
    {
        var overdueFrom = termEnd.AddDays(1);
        if (context.AsOf >= overdueFrom)
        {
            return overdueFrom.Year == context.Year ? Severity.Violation : null;
        }

        return context.AsOf >= termEnd.AddMonths(-warnMonths) ? Severity.Warning : null;
    }
}
