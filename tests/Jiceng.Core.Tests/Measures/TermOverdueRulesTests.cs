using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Measures;

/// <summary>R1.4 (township teams) and R10.6 (village two committees) share the latest-term facts; each judges its own body.</summary>
public sealed class TermOverdueRulesTests
{
    private static readonly DateOnly End = new(2026, 8, 31);
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 5, "140603100000", "井坪镇", 5, "/1/2/3/5/");
    private static readonly Subject Village = new(SubjectKind.OrgUnit, 9, "140603100001", "北坪村", 9, "/1/2/3/5/9/");

    private static LatestTermFacts TownshipTerm(DateOnly end) => new(Township, TermBody.TownshipLeadershipTeam, 7, new DateOnly(2021, 9, 1), end);

    private static LatestTermFacts VillageTerm(DateOnly end) => new(Village, TermBody.VillageTwoCommittees, 12, new DateOnly(2021, 1, 1), end);

    private static List<Finding> Judge(IRule rule, DateOnly asOf, params LatestTermFacts[] facts) =>
        rule.Evaluate(facts.ToList(), TestProfile.With(), new EvaluationContext(asOf.Year, asOf)).ToList();

    [Theory]
    [InlineData(-1, false)] // the day before the end date
    [InlineData(0, false)]  // the end date: the term is still in force
    [InlineData(1, true)]   // the day after: overdue
    [InlineData(400, true)]
    public void TownshipTeam_IsOverdue_FromTheDayAfterItsEnd(int daysAfterEnd, bool overdue)
    {
        var findings = Judge(new TeamTermOverdueRule(), End.AddDays(daysAfterEnd), TownshipTerm(End), VillageTerm(End));
        Assert.Equal(overdue ? 1 : 0, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal(("R1.4", 1, Severity.Violation, Township.Id, End), (f.Rule, f.Clause, f.Severity, f.Subject.Id, f.Due));
            Assert.Contains("第7届已于2026-08-31届满", f.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void VillageTwoCommittees_IsOverdue_FromTheDayAfterItsEnd(int daysAfterEnd, bool overdue)
    {
        var findings = Judge(new TwoCommitteesTermOverdueRule(), End.AddDays(daysAfterEnd), TownshipTerm(End), VillageTerm(End));
        Assert.Equal(overdue ? 1 : 0, findings.Count);
        Assert.All(findings, f => Assert.Equal(("R10.6", 10, Village.Id), (f.Rule, f.Clause, f.Subject.Id)));
    }

    [Fact]
    public void NoFacts_NoFindings()
    {
        Assert.Empty(Judge(new TeamTermOverdueRule(), End.AddYears(1)));
        Assert.Empty(Judge(new TwoCommitteesTermOverdueRule(), End.AddYears(1)));
    }

    [Fact]
    public void BothRules_ReadOneFactsFamily_AndAreInTheCatalogue()
    {
        Assert.Equal(typeof(IReadOnlyList<LatestTermFacts>), RuleCatalog.Find("R1.4")!.FactsType);
        Assert.Equal(typeof(IReadOnlyList<LatestTermFacts>), RuleCatalog.Find("R10.6")!.FactsType);
    }
}
