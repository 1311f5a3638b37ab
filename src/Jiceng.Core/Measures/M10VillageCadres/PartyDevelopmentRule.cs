using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// R10.4 — clause 10: "村级党组织每2至3年发展1至2名党员". Per village, the members admitted as probationary members in
/// the window of W calendar years ending with the evaluated year (up to the as-of day), W = the upper bound of
/// P10.party_dev_window_years, must be at least the lower bound of P10.party_dev_members: the least the plan accepts.
/// While the evaluated year is not over a shortfall is a warning (the window is not closed yet); once over, a violation.
/// A village established (<see cref="PartyDevelopmentFacts.EstablishedOn"/>) after the window's first day has not had
/// the W years the plan gives ("每2至3年"): its shortfall is a warning due the last day of its first full window (the W
/// whole calendar years after it was established; a village of 1 January has its year whole), as R10.2 gives a village
/// created mid-year until the yearly deadline; from that window on it is judged like any other. A village established
/// after the as-of day is not judged. Per township with members developed in the window, the share of young members
/// (age ≤ <see cref="PartyMemberDevelopment.YoungAge"/> on admission) is information.
/// </summary>
public sealed class PartyDevelopmentRule : Rule<IReadOnlyList<PartyDevelopmentFacts>>
{
    public const string YoungTopic = "young";

    public override string Id => "R10.4";

    public override int Clause => 10;

    public override string Title => "村级党组织发展党员";

    public override IReadOnlyList<string> Parameters { get; } = [P.PartyDevWindowYears, P.PartyDevMembers];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<PartyDevelopmentFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var window = profile.Range(P.PartyDevWindowYears).Max;
        var minimum = profile.Range(P.PartyDevMembers).Min;
        var first = FirstYear(window, context.Year);
        var period = Period(first, context.Year);
        foreach (var v in facts)
        {
            var developed = InWindow(v, first, context.Year).Sum(y => y.Developed);
            if (developed >= minimum || v.EstablishedOn > context.AsOf)
            {
                continue;
            }

            if (v.EstablishedOn is { } established && FirstFullWindowEnd(established, window, first) is { } due)
            {
                yield return new Finding(Id, Clause, Severity.Warning, v.Village, context.Year.ToString(CultureInfo.InvariantCulture),
                    $"{developed}名（{period}年）", $"{window}年内至少{minimum}名",
                    $"{v.Village.Name}于{Dates.Format(established)}设立，{period}年发展党员{developed}名，首个完整{window}年周期（{Period(due.Year - window + 1, due.Year)}年）结束前须达到{minimum}名", due);
                continue;
            }

            var severity = context.YearIsOver ? Severity.Violation : Severity.Warning;
            var message = context.YearIsOver
                ? $"{v.Village.Name}{period}年发展党员{developed}名，少于{window}年内至少{minimum}名"
                : $"{v.Village.Name}{period}年截至{Dates.Format(context.AsOf)}发展党员{developed}名，{context.Year}年底前须达到{minimum}名";
            yield return new Finding(Id, Clause, severity, v.Village, context.Year.ToString(CultureInfo.InvariantCulture),
                $"{developed}名（{period}年）", $"{window}年内至少{minimum}名", message, context.YearIsOver ? null : context.YearEnd);
        }

        foreach (var township in facts.Where(v => v.Township is not null).GroupBy(v => v.Township!.Id))
        {
            var years = township.SelectMany(v => InWindow(v, first, context.Year)).ToList();
            var developed = years.Sum(y => y.Developed);
            if (developed == 0)
            {
                continue;
            }

            var young = years.Sum(y => y.Young);
            var subject = township.First().Township!;
            var share = Percent((decimal)young / developed);
            yield return new Finding(Id, Clause, Severity.Info, subject, context.Year.ToString(CultureInfo.InvariantCulture),
                $"青年党员{young}/{developed}（{share}）", $"{PartyMemberDevelopment.YoungAge}岁及以下占比（仅供参考）",
                $"{subject.Name}所属村（社区）{period}年发展党员{developed}名，其中入党时{PartyMemberDevelopment.YoungAge}岁及以下{young}名，占{share}", null, YoungTopic);
        }
    }

    /// <summary>
    /// For a village established after the first day of the window that begins with <paramref name="first"/>: the last
    /// day of its first full window, the W calendar years from its first whole year (the year of establishment when that
    /// is 1 January, else the next). Null when it had the whole window (established on the window's first day or before).
    /// </summary>
    public static DateOnly? FirstFullWindowEnd(DateOnly established, int window, int first)
    {
        var firstWholeYear = established.DayOfYear == 1 ? established.Year : established.Year + 1;
        return firstWholeYear <= first ? null : new DateOnly(firstWholeYear + window - 1, 12, 31);
    }

    /// <summary>The first calendar year of a window of <paramref name="window"/> years ending with <paramref name="year"/>.</summary>
    public static int FirstYear(int window, int year) => year - window + 1;

    private static IEnumerable<PartyDevelopmentYear> InWindow(PartyDevelopmentFacts v, int first, int last) =>
        v.Years.Where(y => y.Year >= first && y.Year <= last);

    private static string Period(int first, int last) =>
        first >= last ? last.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{first}—{last}");

    private static string Percent(decimal v) => (v * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
