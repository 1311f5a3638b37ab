using Jiceng.Core.Org;
using Jiceng.Data.Demo;

namespace Jiceng.Data.Tests.Measures.M06Burden;

/// <summary>The clause 六 planting needs a demo shape (two townships, two named departments) that both scales have.</summary>
public sealed class BurdenPlantingTests
{
    public static TheoryData<DemoScale> Scales => [DemoScale.Small, DemoScale.District];

    [Theory]
    [MemberData(nameof(Scales))]
    public void EveryScale_PlantsEachR6Rule_OnUnitsOfItsOwnDistrict(DemoScale scale)
    {
        var data = DemoDistrictGenerator.Generate(scale);
        var planted = data.Planted.Where(p => p.Rule.StartsWith("R6.", StringComparison.Ordinal)).ToList();

        Assert.Equal(["R6.1", "R6.1", "R6.2", "R6.3", "R6.4"], planted.Select(p => p.Rule).Order(StringComparer.Ordinal));
        Assert.All(planted, p => Assert.Contains(p.Unit, data.OrgUnits));
        Assert.All(planted.Where(p => p.Rule is "R6.1" or "R6.4"), p => Assert.Equal(OrgUnitKind.DistrictDepartment, p.Unit!.Kind));
        Assert.All(planted.Where(p => p.Rule is "R6.2" or "R6.3"), p => Assert.True(p.Unit!.Kind.IsTownshipLevel()));
        Assert.DoesNotContain(data.InspectionPlanItems, i => i.Department!.Name == "区委组织部");
        Assert.NotEmpty(data.Inspections);
        Assert.NotEmpty(data.AssignedTasks);
        Assert.NotEmpty(data.BurdenCounts);
    }
}
