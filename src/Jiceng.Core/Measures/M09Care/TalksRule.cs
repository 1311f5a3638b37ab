using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P9;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.1 — clause 九: the party organisation talks with every grassroots cadre at least P9.talks_per_year times a year,
/// and with a cadre stationed in a village on the as-of day at least P9.talks_per_year_stationed times when that is
/// set. A talk counts in the calendar year of its day. Short is a violation once the year is over, and before that a
/// warning when below floor(required × elapsed days / days in the year) (<see cref="YearlyQuota"/>).
/// </summary>
public sealed class TalksRule : Rule<IReadOnlyList<TalkFacts>>
{
    public override string Id => "R9.1";

    public override int Clause => 9;

    public override string Title => "谈心谈话次数";

    public override IReadOnlyList<string> Parameters { get; } = [P.TalksPerYear, P.TalksPerYearStationed];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>The yearly minimum that applies to a cadre.</summary>
    public static int Required(PolicyProfile profile, bool stationed) =>
        stationed && profile.OptionalInt(P.TalksPerYearStationed) is { } s ? s : profile.Int(P.TalksPerYear);

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TalkFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var c in facts)
        {
            var required = Required(profile, c.Stationed);
            if (YearlyQuota.BelowMinimum(c.Talks, required, context) is not { } severity)
            {
                continue;
            }

            var who = c.Stationed ? $"{c.Cadre.Name}（驻村干部）" : c.Cadre.Name;
            var message = severity == Severity.Violation
                ? $"{who}{year}年谈心谈话{c.Talks}次，少于{required}次"
                : $"{who}{year}年截至{Dates.Format(context.AsOf)}谈心谈话{c.Talks}次，低于按日进度应达到的{YearlyQuota.ProRataFloor(required, context)}次";
            yield return new Finding(Id, Clause, severity, c.Cadre, year, $"{c.Talks}次", $"每年至少{required}次", message, context.YearEnd);
        }
    }
}
