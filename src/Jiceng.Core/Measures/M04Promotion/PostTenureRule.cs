using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P4;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// R4.2 — clause 4: a township cadre who has held the same post for full P4.max_years_same_post years (满 N 年, reached on
/// the N-th anniversary of the tenure start) is due for rotation: a violation from that day, a warning from
/// P4.tenure_warn_months before it. Applies to named township posts (leadership, dispatched-agency heads), not to
/// general office or institution staff, whose "post" is not a single position.
/// </summary>
public sealed class PostTenureRule : Rule<IReadOnlyList<PostTenureFacts>>
{
    public override string Id => "R4.2";

    public override int Clause => 4;

    public override string Title => "同一岗位任职年限";

    public override IReadOnlyList<string> Parameters { get; } = [P.MaxYearsSamePost, P.TenureWarnMonths];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<PostTenureFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var years = profile.Int(P.MaxYearsSamePost);
        var warnMonths = profile.Int(P.TenureWarnMonths);
        foreach (var post in facts)
        {
            var full = Ages.AddYearsClamped(post.TenureStart, years);
            var severity = context.AsOf >= full ? Severity.Violation
                : context.AsOf >= full.AddMonths(-warnMonths) ? Severity.Warning
                : (Severity?)null;
            if (severity is not { } s)
            {
                continue;
            }

            var held = Ages.FullYears(post.TenureStart, context.AsOf);
            var title = post.Title ?? "现职";
            var message = s == Severity.Violation
                ? $"{post.Cadre.Name}自{Dates.Format(post.TenureStart)}起任{post.UnitName}{title}，已满{held}年，应及时调整"
                : $"{post.Cadre.Name}自{Dates.Format(post.TenureStart)}起任{post.UnitName}{title}，将于{Dates.Format(full)}满{years}年，请提前安排交流";
            yield return new Finding(Id, Clause, s, post.Cadre, context.Year.ToString(CultureInfo.InvariantCulture),
                $"自{Dates.Format(post.TenureStart)}起，满{held}年", $"同一岗位不超过{years}年", message, full,
                post.PostId.ToString(CultureInfo.InvariantCulture));
        }
    }
}
