using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P1;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>
/// R1.1 — clause 1 asks townships to keep their leadership teams balanced (年龄、学历结构，女干部、党外干部、少数民族干部).
/// Each target of the profile not met by a team is one violation: women, young cadres (age ≤ P1.young_age in full
/// years on the evaluation day), non-CPC members, ethnic minorities and, when set, the share with a bachelor's degree.
/// </summary>
public sealed class TeamStructureRule : Rule<IReadOnlyList<TeamStructureFacts>>
{
    public override string Id => "R1.1";

    public override int Clause => 1;

    public override string Title => "乡镇领导班子结构";

    public override IReadOnlyList<string> Parameters { get; } = [P.WomenMin, P.YoungAge, P.YoungMin, P.NonPartyMin, P.MinorityMin, P.BachelorShareMin];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TeamStructureFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var youngAge = profile.Int(P.YoungAge);
        foreach (var team in facts)
        {
            var m = team.Members;
            var checks = new (string Topic, string What, int Count, int Min)[]
            {
                ("women", "女干部", m.Count(x => x.Sex == Cadres.Sex.Female), profile.Int(P.WomenMin)),
                ("young", $"{youngAge}岁及以下年轻干部", m.Count(x => Ages.FullYears(x.BirthDate, context.AsOf) <= youngAge), profile.Int(P.YoungMin)),
                ("non-party", "党外干部", m.Count(x => !x.IsPartyMember), profile.Int(P.NonPartyMin)),
                ("minority", "少数民族干部", m.Count(x => x.IsMinority), profile.Int(P.MinorityMin)),
            };
            foreach (var (topic, what, count, min) in checks)
            {
                if (count < min)
                {
                    yield return Violation(team, context, topic, $"{count}名", $"至少{min}名", $"{team.Township.Name}领导班子{what}{count}名，少于要求的{min}名");
                }
            }

            if (profile.OptionalDecimal(P.BachelorShareMin) is { } share && m.Count > 0)
            {
                var bachelors = m.Count(x => x.HasBachelorOrAbove);
                // Compared as fractions so no rounding decides the boundary: bachelors / n ≥ share.
                if (bachelors < share * m.Count)
                {
                    yield return Violation(team, context, "bachelor", $"{bachelors}/{m.Count}", $"不低于{Percent(share)}",
                        $"{team.Township.Name}领导班子大学本科及以上学历{bachelors}名（共{m.Count}名），低于要求的{Percent(share)}");
                }
            }
        }
    }

    /// <summary>The share exactly as configured (0.6667 → "66.67%"): a rounded figure could read "66% is below 66%".</summary>
    private static string Percent(decimal share) => $"{(share * 100).ToString("0.############", CultureInfo.InvariantCulture)}%";

    private Finding Violation(TeamStructureFacts team, EvaluationContext context, string topic, string measured, string required, string message) =>
        new(Id, Clause, Severity.Violation, team.Township, context.Year.ToString(CultureInfo.InvariantCulture), measured, required, message, team.TermEnd, topic);
}
