using Jiceng.Core.Org;

namespace Jiceng.Core.Tests.Org;

/// <summary>The 12-digit statistical division code: 2+2+2 digits of GB/T 2260, 3 of township, 3 of village.</summary>
public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("140603000000", true)]
    [InlineData("140603100201", true)]
    [InlineData("000000000000", true)]
    [InlineData("14060310020", false)] // 11 digits
    [InlineData("1406031002011", false)] // 13 digits
    [InlineData("14060310020A", false)]
    [InlineData("140603 00201", false)]
    [InlineData("１４０６０３１００２０１", false)] // full-width digits
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Is_well_formed_only_as_12_ASCII_digits(string? code, bool wellFormed) =>
        Assert.Equal(wellFormed, DivisionCode.IsWellFormed(code));

    [Theory]
    [InlineData("14060310020", OrgUnitKind.Village)]
    [InlineData("1406031002011", OrgUnitKind.Village)]
    [InlineData("14060310020A", OrgUnitKind.Township)]
    [InlineData("", OrgUnitKind.Province)]
    public void Refuses_a_malformed_code_before_looking_at_the_parent(string code, OrgUnitKind kind)
    {
        Assert.Equal($"区划代码“{code}”应为12位数字", DivisionCode.Check(code, kind, null));
        Assert.Equal($"区划代码“{code}”应为12位数字", DivisionCode.Check(code, kind, "140603100000"));
    }

    [Theory]
    [InlineData(OrgUnitKind.Province)]
    [InlineData(OrgUnitKind.City)]
    [InlineData(OrgUnitKind.District)]
    [InlineData(OrgUnitKind.Township)]
    [InlineData(OrgUnitKind.Village)]
    public void Accepts_any_well_formed_code_without_a_parent(OrgUnitKind kind) =>
        Assert.Null(DivisionCode.Check("140603100201", kind, null));

    [Theory]
    [InlineData("140000000000", OrgUnitKind.Province, "110000000000")] // a province shares nothing with anything above
    [InlineData("140600000000", OrgUnitKind.City, "140000000000")]
    [InlineData("140603000000", OrgUnitKind.District, "140600000000")]
    [InlineData("140603100000", OrgUnitKind.Township, "140603000000")]
    [InlineData("140603001000", OrgUnitKind.SubDistrict, "140603000000")]
    [InlineData("140603900001", OrgUnitKind.DistrictDepartment, "140603000000")]
    [InlineData("140603100201", OrgUnitKind.Village, "140603100000")]
    [InlineData("140603001001", OrgUnitKind.Community, "140603001000")]
    public void Accepts_a_code_that_shares_the_parents_prefix(string code, OrgUnitKind kind, string parent) =>
        Assert.Null(DivisionCode.Check(code, kind, parent));

    [Theory]
    [InlineData("150600000000", OrgUnitKind.City, "140000000000", 2, "14")]
    [InlineData("140703000000", OrgUnitKind.District, "140600000000", 4, "1406")]
    [InlineData("140602100000", OrgUnitKind.Township, "140603000000", 6, "140603")]
    [InlineData("240603100000", OrgUnitKind.Township, "140603000000", 6, "140603")]
    [InlineData("140604001000", OrgUnitKind.SubDistrict, "140603000000", 6, "140603")]
    [InlineData("140613900001", OrgUnitKind.DistrictDepartment, "140603000000", 6, "140603")]
    [InlineData("140603101201", OrgUnitKind.Village, "140603100000", 9, "140603100")] // under the next township
    [InlineData("140604100201", OrgUnitKind.Village, "140603100000", 9, "140603100")] // under the same-numbered township of the next district
    [InlineData("140603002001", OrgUnitKind.Community, "140603001000", 9, "140603001")]
    public void Refuses_a_code_that_leaves_the_parents_prefix(string code, OrgUnitKind kind, string parent, int shared, string prefix) =>
        Assert.Equal($"区划代码“{code}”的前{shared}位应与上级单位代码“{prefix}”一致", DivisionCode.Check(code, kind, parent));
}
