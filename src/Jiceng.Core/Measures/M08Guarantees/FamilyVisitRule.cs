using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P8;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.5 — clause 八: the family of a cadre who died on duty is visited at least P8.family_visits_per_year times in each
/// calendar year after the year of death (visits counted by their date, 1 January … the as-of day). A yearly minimum
/// (<see cref="YearlyQuota"/>): short once the year is over → violation; before, below floor(required × elapsed days ÷
/// days in the year) → warning. Not judged without a recorded family member.
/// </summary>
public sealed class FamilyVisitRule : Rule<IReadOnlyList<FallenFamilyFacts>>
{
    public override string Id => "R8.5";

    public override int Clause => 8;

    public override string Title => "因公殉职干部家属走访慰问";

    public override IReadOnlyList<string> Parameters { get; } = [P.FamilyVisitsPerYear];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<FallenFamilyFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var required = profile.Int(P.FamilyVisitsPerYear);
        foreach (var f in facts.Where(f => f.FamilyMembers > 0 && f.DiedOn.Year < context.Year))
        {
            if (YearlyQuota.BelowMinimum(f.VisitsInYear, required, context) is not { } severity)
            {
                continue;
            }

            var expected = severity == Severity.Violation ? required : YearlyQuota.ProRataFloor(required, context);
            yield return new Finding(Id, Clause, severity, f.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                $"走访{f.VisitsInYear}次", severity == Severity.Violation ? $"每年至少{required}次" : $"截至评价日至少{expected}次（全年{required}次）",
                $"因公殉职干部{f.Cadre.Name}的家属{context.Year}年走访慰问{f.VisitsInYear}次，少于{(severity == Severity.Violation ? "每年" : "截至评价日应有的")}{expected}次",
                severity == Severity.Warning ? context.YearEnd : null);
        }
    }
}
