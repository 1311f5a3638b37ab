using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Core.Ranks;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// R4.1 — clause 4 (职级职数专用): the holders of a rank charged to a unit on the as-of day are no more than the unit's
/// quota in force for that rank (a unit and rank without a recorded quota are not judged), and a township's quota is
/// used only by its own staff — cadres whose unit is the township itself (not its villages, not district departments).
/// One finding per rank over quota (topic <c>quota:{rank}</c>) and one per rank charged to a township by someone else
/// (topic <c>foreign:{rank record id}</c>), both violations about the unit whose quota it is.
/// </summary>
public sealed class RankQuotaRule : Rule<IReadOnlyList<RankQuotaFacts>>
{
    public const string RuleId = "R4.1";

    public override string Id => RuleId;

    public override int Clause => 4;

    public override string Title => "职级职数及专用";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<RankQuotaFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var period = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var use in facts)
        {
            var rank = RankLevels.Label(use.RankCode);
            if (use.Quota is { } quota && use.HolderCount > quota)
            {
                yield return new Finding(Id, Clause, Severity.Violation, use.Unit, period,
                    $"{rank}实有{use.HolderCount}名", $"{rank}职数{quota}名",
                    $"{use.Unit.Name}{rank}职数{quota}名，实有{use.HolderCount}名，超职数{use.HolderCount - quota}名", null,
                    $"quota:{use.RankCode}");
            }

            if (!use.IsTownship)
            {
                continue;
            }

            foreach (var h in use.Foreign)
            {
                yield return new Finding(Id, Clause, Severity.Violation, use.Unit, period,
                    $"{h.CadreName}（{h.CadreUnitName}）占用{rank}职数", "乡镇职级职数由本乡镇干部专用",
                    $"{h.CadreName}属{h.CadreUnitName}，占用{use.Unit.Name}的{rank}职数", null,
                    $"foreign:{h.RankId.ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }
}
