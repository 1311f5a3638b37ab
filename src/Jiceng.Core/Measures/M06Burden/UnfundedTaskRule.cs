using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M06Burden;

/// <summary>
/// R6.4 — clause 6 (权随责走、费随事转): a task a district department assigned to a township that is outside the
/// township's responsibility list and came without funding is a violation by the department (topic
/// <c>task-&lt;id&gt;</c>, due the day assigned). In the list: the task names an item of that township's list of the
/// task's year that had not ended before the day assigned. Funded: more than 0 元.
/// </summary>
public sealed class UnfundedTaskRule : Rule<IReadOnlyList<TaskFundingFacts>>
{
    public override string Id => "R6.4";

    public override int Clause => 6;

    public override string Title => "清单外事项无经费下派";

    public override IReadOnlyList<string> Parameters { get; } = [];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public static bool InList(TaskFundingFacts f) =>
        f.ItemOrgUnitId == f.TownshipId && f.ItemYear == f.AssignedOn.Year && (f.ItemEndedOn is not { } ended || ended >= f.AssignedOn);

    public static bool Funded(TaskFundingFacts f) => f.FundingYuan is > 0m;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<TaskFundingFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        foreach (var f in facts.Where(f => f.AssignedOn >= context.YearStart && f.AssignedOn <= context.AsOf))
        {
            if (InList(f) || Funded(f))
            {
                continue;
            }

            var day = f.AssignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new Finding(Id, Clause, Severity.Violation, f.Department, context.Year.ToString(CultureInfo.InvariantCulture),
                "清单外事项，未随事转移经费", "列入责任清单或随事转移经费",
                $"{f.Department.Name}于{day}向{f.Township}下派“{f.Title}”，不在该乡镇责任清单内且未安排经费", f.AssignedOn, $"task-{f.TaskId}");
        }
    }
}
