using Jiceng.Core.Org;

namespace Jiceng.Core.Tests.Org;

/// <summary>The org tree: province → city → district → district departments, townships and sub-districts → villages and communities.</summary>
public sealed class OrgUnitKindTests
{
    [Theory]
    [InlineData(OrgUnitKind.Province, OrgUnitKind.City, true)]
    [InlineData(OrgUnitKind.Province, OrgUnitKind.District, false)]
    [InlineData(OrgUnitKind.Province, OrgUnitKind.Province, false)]
    [InlineData(OrgUnitKind.City, OrgUnitKind.District, true)]
    [InlineData(OrgUnitKind.City, OrgUnitKind.Township, false)]
    [InlineData(OrgUnitKind.District, OrgUnitKind.DistrictDepartment, true)]
    [InlineData(OrgUnitKind.District, OrgUnitKind.Township, true)]
    [InlineData(OrgUnitKind.District, OrgUnitKind.SubDistrict, true)]
    [InlineData(OrgUnitKind.District, OrgUnitKind.Village, false)]
    [InlineData(OrgUnitKind.District, OrgUnitKind.District, false)]
    [InlineData(OrgUnitKind.DistrictDepartment, OrgUnitKind.Township, false)]
    [InlineData(OrgUnitKind.DistrictDepartment, OrgUnitKind.Village, false)]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.Village, true)]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.Community, true)]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.Township, false)]
    [InlineData(OrgUnitKind.SubDistrict, OrgUnitKind.Community, true)]
    [InlineData(OrgUnitKind.SubDistrict, OrgUnitKind.Village, true)]
    [InlineData(OrgUnitKind.Village, OrgUnitKind.Village, false)]
    [InlineData(OrgUnitKind.Village, OrgUnitKind.Community, false)]
    [InlineData(OrgUnitKind.Community, OrgUnitKind.Village, false)]
    public void MayContain_follows_the_tree(OrgUnitKind parent, OrgUnitKind child, bool may) =>
        Assert.Equal(may, parent.MayContain(child));

    [Fact]
    public void No_kind_may_contain_a_province_or_itself()
    {
        foreach (var kind in Enum.GetValues<OrgUnitKind>())
        {
            Assert.False(kind.MayContain(OrgUnitKind.Province), $"{kind} contains a province");
            Assert.False(kind.MayContain(kind), $"{kind} contains itself");
        }
    }

    [Theory]
    [InlineData(OrgUnitKind.Province, false, false)]
    [InlineData(OrgUnitKind.City, false, false)]
    [InlineData(OrgUnitKind.District, false, false)]
    [InlineData(OrgUnitKind.DistrictDepartment, false, false)]
    [InlineData(OrgUnitKind.Township, true, false)]
    [InlineData(OrgUnitKind.SubDistrict, true, false)]
    [InlineData(OrgUnitKind.Village, false, true)]
    [InlineData(OrgUnitKind.Community, false, true)]
    public void Township_and_village_levels(OrgUnitKind kind, bool township, bool village)
    {
        Assert.Equal(township, kind.IsTownshipLevel());
        Assert.Equal(village, kind.IsVillageLevel());
    }
}
