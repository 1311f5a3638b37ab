using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>R5.5 — clause 5: a township assessment of the year recorded without multi-source feedback → warning.</summary>
public sealed class MultiSourceFeedbackRule : Rule<IReadOnlyList<TownshipAssessmentFacts>>
{
    public override string Id => "R5.5";

    public override int Clause => 5;

    public override string Title => "考核多元评价";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TownshipAssessmentFacts> facts, PolicyProfile profile, EvaluationContext context) =>
        facts.Where(f => f.Year == context.Year && f.FeedbackEntries == 0)
            .Select(f => new Finding(Id, Clause, Severity.Warning, f.Township, f.Year.ToString(CultureInfo.InvariantCulture), "无多元评价",
                "听取服务对象、村干部、党员群众评价", $"{f.Township.Name}{f.Year}年度考核未录入服务对象、村干部、党员群众的评价", null));
}
