using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.2 — clause 10: every village has P10.eco_chiefs_per_village ecological village chief posts (生态村长) filled.
/// A village established inside the evaluated year (after 1 January) is not in violation before the year is over: its
/// shortfall is a warning due 31 December (the yearly deadline), a violation once the year is over. A village
/// established after the as-of day is not judged. A village without an establishment day is judged as always existing.
/// </summary>
public sealed class EcoChiefRule : Rule<IReadOnlyList<VillageCadreFacts>>
{
    public override string Id => "R10.2";

    public override int Clause => 10;

    public override string Title => "生态村长配备";

    public override IReadOnlyList<string> Parameters { get; } = [P.EcoChiefsPerVillage];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<VillageCadreFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var required = profile.Int(P.EcoChiefsPerVillage);
        foreach (var v in facts.Where(v => v.EcoChiefs < required))
        {
            if (v.EstablishedOn is { } established && established > context.AsOf)
            {
                continue;
            }

            var period = context.Year.ToString(CultureInfo.InvariantCulture);
            if (IsNewInYear(v.EstablishedOn, context) && !context.YearIsOver)
            {
                yield return new Finding(Id, Clause, Severity.Warning, v.Village, period,
                    $"{v.EcoChiefs}名", $"{required}名",
                    $"{v.Village.Name}于{Dates.Format(v.EstablishedOn!.Value)}设立，生态村长{v.EcoChiefs}名，{context.Year}年底前应设{required}名", context.YearEnd);
                continue;
            }

            yield return new Finding(Id, Clause, Severity.Violation, v.Village, period,
                $"{v.EcoChiefs}名", $"{required}名", $"{v.Village.Name}生态村长{v.EcoChiefs}名，应设{required}名", null);
        }
    }

    /// <summary>Established inside the evaluated year, after its first day (a village of 1 January had the whole year).</summary>
    public static bool IsNewInYear(DateOnly? established, EvaluationContext context) =>
        established is { } d && d > context.YearStart && d <= context.YearEnd;
}
