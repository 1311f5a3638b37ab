using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P9;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.5 — clause 九: a personal-safety incident is accepted within P9.incident_accept_hours of its report (accepted at
/// exactly report + hours is in time) and closed within P9.incident_close_days (China calendar days: closed on the
/// report's day + N days is in time, a day later is not). Judged on the as-of day as at its end (24:00 China time): an
/// incident still not accepted whose limit has passed by then, or not closed after report day + N days, is overdue.
/// Each breach is a violation (topics <c>incident-&lt;id&gt;-accept</c> and <c>incident-&lt;id&gt;-close</c>, due the
/// limit's day). Incidents judged: reported in the evaluated year up to the as-of day, and earlier ones not closed
/// before the year began.
/// </summary>
public sealed class IncidentTimelinessRule : Rule<IReadOnlyList<IncidentFacts>>
{
    public override string Id => "R9.5";

    public override int Clause => 9;

    public override string Title => "人身安全事件受理办结时限";

    public override IReadOnlyList<string> Parameters { get; } = [P.IncidentAcceptHours, P.IncidentCloseDays];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>The China calendar day of a UTC instant.</summary>
    public static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(utc + ChinaTime.Offset);

    /// <summary>The end of a China day (24:00) as a UTC instant.</summary>
    public static DateTime EndOfChinaDay(DateOnly day) => day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaTime.Offset;

    /// <summary>The acceptance breach of an incident judged at the end of <paramref name="asOf"/>: null when in time or not yet due.</summary>
    public static string? AcceptBreach(IncidentFacts f, int hours, DateOnly asOf)
    {
        var limit = f.ReportedAt.AddHours(hours);
        return f.AcceptedAt is { } a ? (a > limit ? $"报告后{Hours(a - f.ReportedAt)}小时才受理" : null)
            : EndOfChinaDay(asOf) > limit ? $"报告后超过{hours}小时未受理" : null;
    }

    /// <summary>The closing breach of an incident judged on <paramref name="asOf"/>: null when in time or not yet due.</summary>
    public static string? CloseBreach(IncidentFacts f, int days, DateOnly asOf)
    {
        var due = ChinaDay(f.ReportedAt).AddDays(days);
        return f.ClosedAt is { } c ? (ChinaDay(c) > due ? $"报告后第{ChinaDay(c).DayNumber - ChinaDay(f.ReportedAt).DayNumber}天才办结" : null)
            : asOf > due ? $"报告后超过{days}天未办结" : null;
    }

    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Whether the incident is judged in the evaluated year.</summary>
    public static bool Judged(IncidentFacts f, EvaluationContext context)
    {
        var reported = ChinaDay(f.ReportedAt);
        return reported <= context.AsOf && (reported >= context.YearStart || f.ClosedAt is null || ChinaDay(f.ClosedAt.Value) >= context.YearStart);
    }

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<IncidentFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var hours = profile.Int(P.IncidentAcceptHours);
        var days = profile.Int(P.IncidentCloseDays);
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var f in facts.Where(f => Judged(f, context)))
        {
            var reported = ChinaDay(f.ReportedAt);
            if (AcceptBreach(f, hours, context.AsOf) is { } accept)
            {
                yield return new Finding(Id, Clause, Severity.Violation, f.Cadre, year, accept, $"{hours}小时内受理",
                    $"{f.Cadre.Name}于{Dates.Format(reported)}报告的人身安全事件{accept}", ChinaDay(f.ReportedAt.AddHours(hours)), $"incident-{f.IncidentId}-accept");
            }

            if (CloseBreach(f, days, context.AsOf) is { } close)
            {
                yield return new Finding(Id, Clause, Severity.Violation, f.Cadre, year, close, $"{days}天内办结",
                    $"{f.Cadre.Name}于{Dates.Format(reported)}报告的人身安全事件{close}", reported.AddDays(days), $"incident-{f.IncidentId}-close");
            }
        }
    }
}
