using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.2 — clause 八: untaken annual-leave days at year end without compensation are a violation. The leave year judged
/// is the latest one over by the evaluation day (<see cref="JudgedYear"/>: the evaluated year from its 31 December, else
/// the year before), so a year still running is never judged and a mid-year evaluation judges last year. Entitlement from full years of total service on 1 January (P8.leave_tiers, the
/// <c>leave</c> calculator's <see cref="LeaveInput.FullYearsOnJanuaryFirst"/>), untaken = entitlement − taken (not below 0);
/// fewer days compensated by the evaluation day than untaken is a violation. A cadre without a start of service is not judged.
/// </summary>
public sealed class UntakenLeaveRule : Rule<IReadOnlyList<LeaveYearFacts>>
{
    public override string Id => "R8.2";

    public override int Clause => 8;

    public override string Title => "未休年休假未予补偿";

    public override IReadOnlyList<string> Parameters { get; } = [ParameterIds.P8.LeaveTiers];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>The days a cadre with service from <paramref name="serviceStart"/> is entitled to in <paramref name="year"/>.</summary>
    public static int Entitled(DateOnly serviceStart, int year, PolicyProfile profile) =>
        profile.Get<LeaveTiers>(ParameterIds.P8.LeaveTiers).DaysFor(new LeaveInput(serviceStart, year, 0m, 0).FullYearsOnJanuaryFirst);

    /// <summary>The leave year judged on the context's day: the evaluated year once it is over, else the year before.</summary>
    public static int JudgedYear(EvaluationContext context) => context.YearIsOver ? context.Year : context.Year - 1;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<LeaveYearFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var year = JudgedYear(context);
        foreach (var l in facts)
        {
            if (l.Year != year || l.ServiceStart is not { } start)
            {
                continue;
            }

            var entitled = Entitled(start, l.Year, profile);
            var untaken = Math.Max(0, entitled - l.TakenDays);
            if (l.CompensatedDays >= untaken)
            {
                continue;
            }

            yield return new Finding(Id, Clause, Severity.Violation, l.Cadre, l.Year.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"应休 {entitled} 天，已休 {l.TakenDays} 天，未休 {untaken} 天，已补偿 {l.CompensatedDays} 天"),
                string.Create(CultureInfo.InvariantCulture, $"未休的 {untaken} 天应支付未休年休假工资报酬"),
                string.Create(CultureInfo.InvariantCulture,
                    $"{l.Cadre.Name}{l.Year}年应休年休假 {entitled} 天，年底未休 {untaken} 天，仅补偿 {l.CompensatedDays} 天"),
                new DateOnly(l.Year, 12, 31));
        }
    }
}
