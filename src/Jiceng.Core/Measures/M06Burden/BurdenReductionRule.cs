using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P6;

namespace Jiceng.Core.Measures.M06Burden;

/// <summary>
/// R6.3 — clause 6: a township's inspections (P6.inspection_reduction) and, when their parameters are set, meetings
/// (P6.meeting_reduction), documents (P6.document_reduction) and forms (P6.form_reduction) must fall year over year by
/// at least the set share: this year's count ≤ last year's × (1 − share), compared exactly in decimal without rounding
/// (equal is enough: 10 last year at 0.3 allows 7; 5 allows 3.5, so 3). A kind with nothing last year is not judged
/// (no base to cut). Over the allowance: a violation once the year is over, a warning while it runs (counts only grow).
/// Topic: the kind (<c>inspection</c>, <c>meeting</c>, <c>document</c>, <c>form</c>).
/// </summary>
public sealed class BurdenReductionRule : Rule<IReadOnlyList<BurdenTrendFacts>>
{
    public override string Id => "R6.3";

    public override int Clause => 6;

    public override string Title => "督查检查考核和文山会海压减";

    public override IReadOnlyList<string> Parameters { get; } = [P.InspectionReduction, P.MeetingReduction, P.DocumentReduction, P.FormReduction];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public static string ParameterOf(BurdenKind kind) => kind switch
    {
        BurdenKind.Inspection => P.InspectionReduction,
        BurdenKind.Meeting => P.MeetingReduction,
        BurdenKind.Document => P.DocumentReduction,
        _ => P.FormReduction,
    };

    public static string TopicOf(BurdenKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The most this year may hold: last year × (1 − share), exact.</summary>
    public static decimal Allowance(int lastYear, decimal share) => lastYear * (1m - share);

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<BurdenTrendFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => f.Year == context.Year && f.LastYear > 0))
        {
            if (profile.OptionalDecimal(ParameterOf(f.Kind)) is not { } share)
            {
                continue;
            }

            var allowed = Allowance(f.LastYear, share);
            if (f.ThisYear <= allowed)
            {
                continue;
            }

            var label = BurdenLabels.Of(f.Kind);
            var severity = context.YearIsOver ? Severity.Violation : Severity.Warning;
            var text = allowed.ToString("0.##", CultureInfo.InvariantCulture);
            var pct = (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
            yield return new Finding(Id, Clause, severity, f.Township, f.Year.ToString(CultureInfo.InvariantCulture),
                $"{label}{f.ThisYear}次（上年{f.LastYear}次）", $"压减{pct}，不超过{text}次",
                $"{f.Township.Name}{f.Year}年{label}{f.ThisYear}次，上年{f.LastYear}次，未按要求压减{pct}（不超过{text}次）",
                context.YearEnd, TopicOf(f.Kind));
        }
    }
}
