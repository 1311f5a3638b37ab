using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Measures.M06Burden;

public sealed class BurdenRulesTests
{
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 3, "140603100000", "阻虎乡", 3, "/1/2/3/");
    private static readonly Subject Department = new(SubjectKind.OrgUnit, 9, "140603900000", "区农业农村局", 9, "/1/2/9/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static EvaluationContext On(string day) => new(D(day).Year, D(day));

    private static PolicyProfile Profile(int cap = 10, decimal inspection = 0.5m, decimal? meeting = 0.3m, decimal? document = 0.3m, decimal? form = 0.3m) =>
        TestProfile.With(("P6.max_inspections_per_township", cap), ("P6.inspection_reduction", inspection),
            ("P6.meeting_reduction", meeting), ("P6.document_reduction", document), ("P6.form_reduction", form));

    // R6.1

    private static InspectionPlanFacts Held(string day, int? plan = 1, PlanItemStatus status = PlanItemStatus.Approved, string? decided = "2026-02-01",
        int? planYear = null, int? planDepartment = null) =>
        new(Department, 5, "耕地保护检查", "阻虎乡", D(day), plan, plan is null ? null : planYear ?? D(day).Year,
            plan is null ? null : planDepartment ?? Department.Id, plan is null ? null : status, plan is null || decided is null ? null : D(decided));

    private static IReadOnlyList<Finding> R61(InspectionPlanFacts f, string asOf = "2026-12-31") =>
        [.. new UnplannedInspectionRule().Evaluate([f], Profile(), On(asOf))];

    [Fact]
    public void AnInspection_UnderAnApprovedItem_DecidedTheDayBefore_OrOnTheDay_IsFine()
    {
        Assert.Empty(R61(Held("2026-02-02")));
        Assert.Empty(R61(Held("2026-02-01")));
    }

    [Fact]
    public void AFiledItem_CoversAsAnApprovedOneDoes() => Assert.Empty(R61(Held("2026-03-01", status: PlanItemStatus.Filed)));

    [Fact]
    public void AnInspection_WithoutAPlanItem_IsAViolationOfItsDepartment()
    {
        var f = Assert.Single(R61(Held("2026-03-01", plan: null)));
        Assert.Equal(("R6.1", 6, Severity.Violation), (f.Rule, f.Clause, f.Severity));
        Assert.Equal(Department, f.Subject);
        Assert.Equal("inspection-5", f.Topic);
        Assert.Equal(D("2026-03-01"), f.Due);
        Assert.Equal("未列入年度计划", f.Measured);
        Assert.Contains("阻虎乡", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlanItemStatus.Proposed, "计划事项待审批")]
    [InlineData(PlanItemStatus.Rejected, "计划事项不予批准")]
    public void AnItemNotApproved_DoesNotCover(PlanItemStatus status, string measured) =>
        Assert.Equal(measured, Assert.Single(R61(Held("2026-03-01", status: status, decided: null))).Measured);

    [Fact]
    public void AnItemApprovedTheDayAfter_DoesNotCover() =>
        Assert.Equal("检查后才审批", Assert.Single(R61(Held("2026-01-31"))).Measured);

    [Fact]
    public void AnItemOfAnotherYearOrDepartment_DoesNotCover()
    {
        Assert.Equal("计划事项属2025年度", Assert.Single(R61(Held("2026-03-01", planYear: 2025, decided: "2025-02-01"))).Measured);
        Assert.Equal("计划事项属其他部门", Assert.Single(R61(Held("2026-03-01", planDepartment: 10))).Measured);
    }

    [Fact]
    public void OnlyInspectionsOfTheYear_UpToTheAsOfDay_AreJudged()
    {
        Assert.Empty(R61(Held("2025-12-31", plan: null)));
        Assert.Empty(R61(Held("2026-06-02", plan: null), asOf: "2026-06-01"));
        Assert.Single(R61(Held("2026-06-01", plan: null), asOf: "2026-06-01"));
    }

    // R6.2

    [Theory]
    [InlineData(10, 10, false)]
    [InlineData(11, 10, true)]
    [InlineData(0, 0, false)]
    [InlineData(1, 0, true)]
    public void Inspections_AboveTheCap_AreAViolation_EqualIsFine(int held, int cap, bool found)
    {
        var findings = new InspectionCapRule().Evaluate([new InspectionCountFacts(Township, 2026, held)], Profile(cap: cap), On("2026-05-01")).ToList();
        Assert.Equal(found, findings.Count == 1);
        if (found)
        {
            Assert.Equal((Severity.Violation, $"{held}次", $"不超过{cap}次"), (findings[0].Severity, findings[0].Measured, findings[0].Required));
        }
    }

    [Fact]
    public void TheCap_JudgesOnlyTheEvaluatedYear() =>
        Assert.Empty(new InspectionCapRule().Evaluate([new InspectionCountFacts(Township, 2025, 30)], Profile(), On("2026-05-01")));

    // R6.3

    private static IReadOnlyList<Finding> R63(BurdenKind kind, int thisYear, int lastYear, PolicyProfile? profile = null, string asOf = "2026-12-31") =>
        [.. new BurdenReductionRule().Evaluate([new BurdenTrendFacts(Township, 2026, kind, thisYear, lastYear)], profile ?? Profile(), On(asOf))];

    [Theory]
    [InlineData(BurdenKind.Inspection, 5, 10, false)]  // 10 × 0.5 = 5: equal is enough
    [InlineData(BurdenKind.Inspection, 6, 10, true)]
    [InlineData(BurdenKind.Meeting, 7, 10, false)]      // 10 × 0.7 = 7
    [InlineData(BurdenKind.Meeting, 8, 10, true)]
    [InlineData(BurdenKind.Document, 3, 5, false)]      // 5 × 0.7 = 3.5: 3 is within, no rounding up
    [InlineData(BurdenKind.Document, 4, 5, true)]
    [InlineData(BurdenKind.Form, 0, 1, false)]          // 0.7
    [InlineData(BurdenKind.Form, 1, 1, true)]
    [InlineData(BurdenKind.Inspection, 1, 1, true)]     // 0.5
    [InlineData(BurdenKind.Meeting, 12, 0, false)]      // nothing last year: not judged
    public void ThisYear_AboveLastYearTimesOneMinusTheShare_IsAViolationOnceTheYearIsOver(BurdenKind kind, int thisYear, int lastYear, bool found)
    {
        var findings = R63(kind, thisYear, lastYear);
        Assert.Equal(found, findings.Count == 1);
        if (found)
        {
            Assert.Equal((Severity.Violation, BurdenReductionRule.TopicOf(kind), D("2026-12-31")), (findings[0].Severity, findings[0].Topic, findings[0].Due));
        }
    }

    [Fact]
    public void TheAllowance_IsExact_NotRounded()
    {
        Assert.Equal(3.5m, BurdenReductionRule.Allowance(5, 0.3m));
        Assert.Equal("压减30%，不超过3.5次", Assert.Single(R63(BurdenKind.Document, 4, 5)).Required);
        // A share of 1/3 written as 0.3333: 3 × 0.6667 = 2.0001 allows 2.
        Assert.Empty(R63(BurdenKind.Meeting, 2, 3, Profile(meeting: 0.3333m)));
        Assert.Single(R63(BurdenKind.Meeting, 2, 3, Profile(meeting: 0.3334m)));
    }

    [Fact]
    public void WhileTheYearRuns_AnExcessIsAWarning()
    {
        Assert.Equal(Severity.Warning, Assert.Single(R63(BurdenKind.Meeting, 8, 10, asOf: "2026-12-30")).Severity);
        Assert.Equal(Severity.Violation, Assert.Single(R63(BurdenKind.Meeting, 8, 10, asOf: "2026-12-31")).Severity);
    }

    [Fact]
    public void AKindWhoseShareIsNotSet_IsNotJudged_InspectionsAlwaysAre()
    {
        var profile = Profile(meeting: null, document: null, form: null);
        Assert.Empty(R63(BurdenKind.Meeting, 20, 10, profile));
        Assert.Empty(R63(BurdenKind.Form, 20, 10, profile));
        Assert.Single(R63(BurdenKind.Inspection, 20, 10, profile));
    }

    // R6.4

    private static TaskFundingFacts Task(string assigned = "2026-04-01", int? itemUnit = null, int? itemYear = null, string? itemEnded = null, decimal? funding = null) =>
        new(Department, 8, "秸秆禁烧巡查", Township.Id, "阻虎乡", D(assigned), itemUnit, itemUnit is null ? null : itemYear ?? D(assigned).Year,
            itemEnded is null ? null : D(itemEnded), funding);

    private static IReadOnlyList<Finding> R64(TaskFundingFacts f, string asOf = "2026-12-31") =>
        [.. new UnfundedTaskRule().Evaluate([f], Profile(), On(asOf))];

    [Fact]
    public void ATaskOutsideTheList_WithoutFunding_IsAViolationOfItsDepartment()
    {
        var f = Assert.Single(R64(Task()));
        Assert.Equal(("R6.4", 6, Severity.Violation, "task-8", Department), (f.Rule, f.Clause, f.Severity, f.Topic, f.Subject));
        Assert.Single(R64(Task(funding: 0m)));
    }

    [Fact]
    public void FundingOfOneFen_OrAListItem_IsEnough()
    {
        Assert.Empty(R64(Task(funding: 0.01m)));
        Assert.Empty(R64(Task(itemUnit: Township.Id)));
    }

    [Fact]
    public void AnItemOfAnotherUnitOrYear_OrEndedTheDayBefore_IsOutsideTheList()
    {
        Assert.Single(R64(Task(itemUnit: 4)));
        Assert.Single(R64(Task(itemUnit: Township.Id, itemYear: 2025)));
        Assert.Single(R64(Task(itemUnit: Township.Id, itemEnded: "2026-03-31")));
        Assert.Empty(R64(Task(itemUnit: Township.Id, itemEnded: "2026-04-01")));
    }

    [Fact]
    public void OnlyTasksOfTheYear_UpToTheAsOfDay_AreJudged()
    {
        Assert.Empty(R64(Task(assigned: "2025-12-31")));
        Assert.Empty(R64(Task(assigned: "2026-04-02"), asOf: "2026-04-01"));
        Assert.Single(R64(Task(assigned: "2026-04-01"), asOf: "2026-04-01"));
    }
}
