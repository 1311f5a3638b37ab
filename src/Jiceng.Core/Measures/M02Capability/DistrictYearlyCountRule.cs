using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// A district-wide yearly count that must lie within a {min, max} parameter (R2.1, R2.2), judged by
/// <see cref="YearlyQuota"/>: above the maximum a violation at once, below the minimum a violation once the year is
/// over and a pro-rata warning before. One finding per district; its topic tells "min" from "max".
/// </summary>
public abstract class DistrictYearlyCountRule : Rule<IReadOnlyList<DistrictCapabilityFacts>>
{
    public override int Clause => 2;

    public override SubjectKind SubjectKind => SubjectKind.District;

    /// <summary>The {min, max} parameter.</summary>
    protected abstract string RangeParameter { get; }

    /// <summary>What is counted, in Chinese, e.g. 选派党政正职到省级以上党校学习.</summary>
    protected abstract string What { get; }

    protected abstract int Count(DistrictCapabilityFacts facts);

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<DistrictCapabilityFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var range = profile.Range(RangeParameter);
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var district in facts)
        {
            var count = Count(district);
            if (YearlyQuota.Judge(count, range, context) is not { } judged)
            {
                continue;
            }

            var (severity, aboveMax) = judged;

            var required = $"{range.Min}–{range.Max}人";
            var message = aboveMax
                ? $"{district.District.Name}{year}年{What}{count}人，超过上限{range.Max}人"
                : severity == Severity.Violation
                    ? $"{district.District.Name}{year}年{What}{count}人，少于下限{range.Min}人"
                    : $"{district.District.Name}{year}年截至{Common.Dates.Format(context.AsOf)}{What}{count}人，低于按日进度应达到的{YearlyQuota.ProRataFloor(range.Min, context)}人";
            yield return new Finding(Id, Clause, severity, district.District, year, $"{count}人", required, message,
                aboveMax ? null : context.YearEnd, aboveMax ? "max" : "min");
        }
    }
}
