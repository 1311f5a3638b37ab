using Jiceng.Core.Policy;

namespace Jiceng.Testing;

/// <summary>The example values of the first rules' parameters (as in policy/default-2020.yaml), for engine tests.</summary>
public static class ExampleProfile
{
    public static PolicyProfile Create() => new("示例（测试）", new DateOnly(2020, 1, 1), isExample: true, new Dictionary<string, object>(StringComparer.Ordinal)
    {
        [ParameterIds.P1.WomenMin] = 1, [ParameterIds.P1.YoungAge] = 35, [ParameterIds.P1.YoungMin] = 1,
        [ParameterIds.P1.NonPartyMin] = 0, [ParameterIds.P1.MinorityMin] = 0,
        [ParameterIds.P4.MaxYearsSamePost] = 5, [ParameterIds.P4.TenureWarnMonths] = 6,
        [ParameterIds.P10.EcoChiefsPerVillage] = 1, [ParameterIds.P10.ReserveMultiplier] = 2m,
    });
}
