using Jiceng.Core.Common;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>
/// Clause 七 at save time: a promotion or rank raise dated inside a standing sanction's influence period is refused,
/// naming the sanction, its period, 第七条 and R7.2.
/// </summary>
public static class SanctionGuard
{
    public static FieldError? Check(IEnumerable<SanctionSpan> sanctions, InfluencePeriods periods, DateOnly raiseOn, DateOnly today, string field = "start")
    {
        var blocking = sanctions.Where(s => s.Blocks(periods, raiseOn, today)).OrderBy(s => s.EffectiveOn).FirstOrDefault();
        if (blocking is null)
        {
            return null;
        }

        var eligible = periods.EligibleAgainOn(blocking.Kind, blocking.EffectiveOn);
        return new FieldError(field,
            $"任职时间：{Dates.Format(raiseOn)}在{blocking.Kind.Label()}处分影响期内（{Dates.Format(blocking.EffectiveOn)}至{Dates.Format(eligible.AddDays(-1))}），" +
            $"影响期内不得晋升（第七条，R7.2），{Dates.Format(eligible)}起方可晋升");
    }
}
