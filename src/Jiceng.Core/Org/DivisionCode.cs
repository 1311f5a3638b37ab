namespace Jiceng.Core.Org;

/// <summary>Checks of the 12-digit statistical division code (统计用区划代码): 2+2+2 GB/T 2260, 3 township, 3 village.</summary>
public static class DivisionCode
{
    public static bool IsWellFormed(string? code) =>
        code is { Length: OrgUnit.CodeLength } && code.All(char.IsAsciiDigit);

    /// <summary>The code a unit of the given kind is expected to have under its parent's code, or an error in Chinese.</summary>
    public static string? Check(string code, OrgUnitKind kind, string? parentCode)
    {
        if (!IsWellFormed(code))
        {
            return $"区划代码“{code}”应为12位数字";
        }

        if (parentCode is null)
        {
            return null;
        }

        var shared = kind switch
        {
            OrgUnitKind.Province => 0,
            OrgUnitKind.City => 2,
            OrgUnitKind.District => 4,
            OrgUnitKind.DistrictDepartment or OrgUnitKind.Township or OrgUnitKind.SubDistrict => 6,
            OrgUnitKind.Village or OrgUnitKind.Community => 9,
        };
        return string.CompareOrdinal(code, 0, parentCode, 0, shared) == 0
            ? null
            : $"区划代码“{code}”的前{shared}位应与上级单位代码“{parentCode[..shared]}”一致";
    }
}
