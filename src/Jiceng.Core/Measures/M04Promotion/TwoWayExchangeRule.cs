using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P4;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// R4.4 — clause 4 (optional targets): done moves per calendar year between townships and district departments, each
/// direction against its optional yearly minimum. A minimum not set reports the count as information. A set minimum
/// is a violation once the year is over; before that a count below floor(minimum × elapsed days / days in the year)
/// is a warning (docs/policy-reference.md, yearly minimums).
/// </summary>
public sealed class TwoWayExchangeRule : Rule<IReadOnlyList<ExchangeYearFacts>>
{
    /// <summary>The two directions of 双向交流 and the parameter holding each one's yearly minimum.</summary>
    public static readonly IReadOnlyList<(MoveDirection Direction, string Parameter)> Targets =
    [
        (MoveDirection.TownshipToDepartment, P.ExchangeMinTownshipToDepartment),
        (MoveDirection.DepartmentToTownship, P.ExchangeMinDepartmentToTownship),
    ];

    public override string Id => "R4.4";

    public override int Clause => 4;

    public override string Title => "乡镇与区直部门双向交流";

    public override IReadOnlyList<string> Parameters { get; } = [P.ExchangeMinTownshipToDepartment, P.ExchangeMinDepartmentToTownship];

    public override SubjectKind SubjectKind => SubjectKind.District;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<ExchangeYearFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var district in facts)
        {
            foreach (var (direction, parameter) in Targets)
            {
                var count = district.Count(direction);
                var period = district.Year.ToString(CultureInfo.InvariantCulture);
                var topic = direction.ToString();
                if (profile.OptionalInt(parameter) is not { } minimum)
                {
                    yield return new Finding(Id, Clause, Severity.Info, district.District, period, $"{count}人", "未设目标",
                        $"{district.District.Name}{period}年{direction.Label()}交流{count}人", null, topic);
                    continue;
                }

                var over = context.YearIsOver;
                var required = over ? minimum : ProRata(minimum, context);
                if (count >= required)
                {
                    continue;
                }

                var severity = over ? Severity.Violation : Severity.Warning;
                var message = over
                    ? $"{district.District.Name}{period}年{direction.Label()}交流{count}人，少于年度目标{minimum}人"
                    : $"{district.District.Name}{period}年截至{context.AsOf:MM月dd日}{direction.Label()}交流{count}人，低于按进度应达的{required}人（年度目标{minimum}人）";
                yield return new Finding(Id, Clause, severity, district.District, period, $"{count}人",
                    over ? $"至少{minimum}人" : $"按进度至少{required}人（年度{minimum}人）", message, context.YearEnd, topic);
            }
        }
    }

    /// <summary>The counting convention's pro-rata floor, shared with clause 二's yearly counts.</summary>
    public static int ProRata(int minimum, EvaluationContext context) => M02Capability.YearlyQuota.ProRataFloor(minimum, context);
}
