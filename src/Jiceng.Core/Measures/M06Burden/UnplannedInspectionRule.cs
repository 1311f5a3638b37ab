using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M06Burden;

/// <summary>
/// R6.1 — clause 6: every inspection held must be an approved (or filed) item of its department's plan for the year
/// of the inspection, decided on or before the day it was held. Anything else is a violation by the department that
/// held it (topic <c>inspection-&lt;id&gt;</c>, due the day held).
/// </summary>
public sealed class UnplannedInspectionRule : Rule<IReadOnlyList<InspectionPlanFacts>>
{
    public override string Id => "R6.1";

    public override int Clause => 6;

    public override string Title => "督查检查考核计划外开展";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    /// <summary>Why an inspection is not covered by its plan item, or null when it is.</summary>
    public static string? Gap(InspectionPlanFacts f) =>
        f.PlanItemId is null ? "未列入年度计划"
        : f.PlanStatus is not { } status || !InspectionPlanItem.Covers(status) ? $"计划事项{BurdenLabels.Of(f.PlanStatus ?? PlanItemStatus.Proposed)}"
        : f.PlanDecidedOn is not { } decided || decided > f.HeldOn ? "检查后才审批"
        : f.PlanYear != f.HeldOn.Year ? $"计划事项属{f.PlanYear}年度"
        : f.PlanDepartmentId != f.Department.Id ? "计划事项属其他部门"
        : null;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<InspectionPlanFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => f.HeldOn >= context.YearStart && f.HeldOn <= context.AsOf))
        {
            if (Gap(f) is not { } gap)
            {
                continue;
            }

            var day = f.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new Finding(Id, Clause, Severity.Violation, f.Department, context.Year.ToString(CultureInfo.InvariantCulture),
                gap, "列入年度计划并经审批或报备",
                $"{f.Department.Name}于{day}在{f.Township}开展的“{f.Title}”{gap}", f.HeldOn, $"inspection-{f.InspectionId}");
        }
    }
}
