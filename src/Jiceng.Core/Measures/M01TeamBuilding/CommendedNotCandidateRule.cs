using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>
/// R1.3 (warning) — clause 1 asks that cadres commended in poverty alleviation (脱贫攻坚) be put forward for promotion.
/// A cadre with such a commendation dated in the look-back window (the <see cref="WindowYears"/> calendar years ending
/// with the evaluated year, up to the evaluation day) that is not yet used, who is not on the promotion candidate list
/// (no candidate-pool entry in force) on the evaluation day, is one warning. A commendation is used once the cadre
/// left a pool appointed on or after its date: the promotion it called for has happened.
/// </summary>
public sealed class CommendedNotCandidateRule : Rule<IReadOnlyList<CommendedCandidateFacts>>
{
    /// <summary>The evaluated year and the two before it: the span a commendation stays a fresh reason for promotion.</summary>
    public const int WindowYears = 3;

    public override string Id => "R1.3";

    public override int Clause => 1;

    public override string Title => "脱贫攻坚受表彰干部列入推荐提拔人选";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>The first day of the look-back window for a year.</summary>
    public static DateOnly WindowStart(int year) => new(year - WindowYears + 1, 1, 1);

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<CommendedCandidateFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var windowStart = WindowStart(context.Year);
        foreach (var cadre in facts)
        {
            if (cadre.PoolEntries.Any(e => e.IsInForceOn(context.AsOf)))
            {
                continue;
            }

            var unused = cadre.PovertyCommendations
                .Where(d => d >= windowStart && d <= context.AsOf)
                .Where(d => !cadre.PoolEntries.Any(e => e.Reason == CandidateLeaveReason.Appointed && e.To >= d))
                .Order().ToList();
            if (unused.Count == 0)
            {
                continue;
            }

            var latest = Dates.Format(unused[^1]);
            yield return new Finding(Id, Clause, Severity.Warning, cadre.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                "未列入推荐提拔人选名单", "列入推荐提拔人选名单",
                $"{cadre.Cadre.Name}于{latest}受脱贫攻坚表彰，评价日{Dates.Format(context.AsOf)}未列入推荐提拔人选名单", null);
        }
    }
}
