using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;

namespace Jiceng.Core.Tests.Measures.M04Promotion;

public sealed class RankQuotaRuleTests
{
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 5, "140603100000", "井坪镇", 5, "/1/5/");
    private static readonly Subject Department = new(SubjectKind.OrgUnit, 9, "140603901000", "区财政局", 9, "/1/9/");
    private static readonly EvaluationContext Day = new(2026, new DateOnly(2026, 6, 30));

    private static RankHolder Own(int id) => new(id, 100 + id, $"干部{id}", Township.Id, Township.Name);

    private static List<Finding> Judge(params RankQuotaFacts[] facts) => [.. new RankQuotaRule().Evaluate(facts, TestProfile.With(), Day)];

    [Theory]
    [InlineData(2, 1, false)]
    [InlineData(2, 2, false)] // equal to the quota is within it
    [InlineData(2, 3, true)]  // one over is a violation
    [InlineData(0, 0, false)]
    [InlineData(0, 1, true)]  // a quota of 0 allows nobody
    public void HoldersAboveTheQuota_AreAViolation(int quota, int holders, bool violation)
    {
        var facts = RankQuotaFacts.FromHolders(Township, true, "301", quota, [.. Enumerable.Range(1, holders).Select(Own)]);
        var found = Judge(facts);
        Assert.Equal(violation, found.Count == 1);
        if (violation)
        {
            var f = found[0];
            Assert.Equal(("R4.1", 4, Severity.Violation, "quota:301"), (f.Rule, f.Clause, f.Severity, f.Topic));
            Assert.Contains($"超职数{holders - quota}名", f.Message, StringComparison.Ordinal);
            Assert.Contains("一级主任科员", f.Required, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutAQuota_TheUnitIsNotJudgedForCount() =>
        Assert.Empty(Judge(RankQuotaFacts.FromHolders(Township, true, "301", null, [Own(1), Own(2), Own(3)])));

    [Fact]
    public void ATownshipsQuota_UsedBySomeoneElse_IsOneViolationPerRank()
    {
        var villageCadre = new RankHolder(7, 107, "李四", 50, "东村");
        var departmentCadre = new RankHolder(8, 108, "王五", Department.Id, Department.Name);
        var found = Judge(RankQuotaFacts.FromHolders(Township, true, "302", 5, [Own(1), villageCadre, departmentCadre]));
        Assert.Equal(["foreign:7", "foreign:8"], found.Select(f => f.Topic));
        Assert.All(found, f => Assert.Equal(Township, f.Subject));
        Assert.Contains("王五属区财政局", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADepartmentsQuota_IsNotReservedForItsOwnStaff() =>
        Assert.Empty(Judge(RankQuotaFacts.FromHolders(Department, false, "302", 5, [Own(1)])));

    [Fact]
    public void OverQuotaAndForeignUse_AreBothReported()
    {
        var foreign = new RankHolder(9, 109, "赵六", Department.Id, Department.Name);
        var found = Judge(RankQuotaFacts.FromHolders(Township, true, "303", 1, [Own(1), foreign]));
        Assert.Equal(["quota:303", "foreign:9"], found.Select(f => f.Topic));
    }

    [Fact]
    public void TheGuard_RefusesAFullQuota_NamingTheRuleAndClause()
    {
        RankCharge Charge(int others, int? quota) => new("301", new DateOnly(2026, 3, 1), 5, "井坪镇", OrgUnitKind.Township, 5, quota, others);
        Assert.Empty(RankQuotaGuard.Check(Charge(1, 2)));  // becomes 2 of 2
        Assert.Empty(RankQuotaGuard.Check(Charge(9, null))); // no quota recorded
        var error = Assert.Single(RankQuotaGuard.Check(Charge(2, 2)));
        Assert.Equal("rankCode", error.Field);
        Assert.Contains("第四条", error.Message, StringComparison.Ordinal);
        Assert.Contains("R4.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("职数2名", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrgUnitKind.Township, 5, 5, false)]
    [InlineData(OrgUnitKind.Township, 5, 50, true)]           // a village cadre on the township's quota
    [InlineData(OrgUnitKind.SubDistrict, 5, 9, true)]
    [InlineData(OrgUnitKind.DistrictDepartment, 9, 5, false)] // a department's quota is not reserved
    public void TheGuard_KeepsATownshipsQuotaForItsOwnStaff(OrgUnitKind kind, int quotaUnit, int cadreUnit, bool refused)
    {
        var errors = RankQuotaGuard.Check(new RankCharge("302", new DateOnly(2026, 3, 1), quotaUnit, "井坪镇", kind, cadreUnit, 3, 0));
        Assert.Equal(refused, errors.Any(e => e.Field == "quotaUnitId" && e.Message.Contains("R4.1", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheGuard_RefusesAUnitWithoutQuotas() =>
        Assert.Single(RankQuotaGuard.Check(new RankCharge("302", new DateOnly(2026, 3, 1), 50, "东村", OrgUnitKind.Village, 50, null, 0)));
}
