using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P3;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// R3.2 — clause 3: a civil servant or selected graduate moving out of the grassroots (a township or village to a
/// district department or outside the district; a move between townships stays in the grassroots) before full
/// P3.min_service_years_* years from the grassroots service start. A done move dated in the evaluated year is a
/// violation; a pending one is a warning in the year it is planned for, and while the evaluated year is still running
/// also when it is planned for a later year. Cancelled moves and cadres without a service start are not judged.
/// </summary>
public sealed class TransferMinServiceRule : Rule<IReadOnlyList<CadreMoveFacts>>
{
    public override string Id => "R3.2";

    public override int Clause => 3;

    public override string Title => "最低服务基层年限";

    public override IReadOnlyList<string> Parameters { get; } = [P.MinServiceYearsCivilServant, P.MinServiceYearsSelectedGraduate];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<CadreMoveFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var move in facts)
        {
            if (!IsJudged(move, context) || !MoveDirections.LeavesGrassroots(move.FromKind, move.ToKind)
                || move.GrassrootsSince is not { } since || GrassrootsMinService.YearsFor(move.Category, profile) is not { } years
                || !GrassrootsMinService.Breaks(since, move.EffectiveOn, years))
            {
                continue;
            }

            var done = move.Status == MoveStatus.Done;
            var full = GrassrootsMinService.FullOn(since, years);
            var served = Ages.FullYears(since, move.EffectiveOn);
            var message = done
                ? $"{move.Cadre.Name}于{Dates.Format(move.EffectiveOn)}由{move.FromName}调至{move.ToName}，基层服务未满{years}年（{Dates.Format(full)}方满）"
                : $"{move.Cadre.Name}拟于{Dates.Format(move.EffectiveOn)}由{move.FromName}调至{move.ToName}，届时基层服务未满{years}年（{Dates.Format(full)}方满），请调整";
            yield return new Finding(Id, Clause, done ? Severity.Violation : Severity.Warning, move.Cadre,
                move.EffectiveOn.Year.ToString(CultureInfo.InvariantCulture),
                $"自{Dates.Format(since)}起，调出时满{served}年", $"{move.Category.Label()}至少满{years}年", message, full,
                move.MoveId.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Done moves dated in the year up to the as-of day; pending ones planned for the year (or later, while it runs).</summary>
    public static bool IsJudged(CadreMoveFacts move, EvaluationContext context) => move.Status switch
    {
        MoveStatus.Done => move.EffectiveOn >= context.YearStart && move.EffectiveOn <= context.AsOf,
        MoveStatus.Pending => move.EffectiveOn.Year == context.Year || (move.EffectiveOn > context.YearEnd && !context.YearIsOver),
        _ => false,
    };
}
