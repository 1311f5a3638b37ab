using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Measures;

/// <summary>A profile with the example values the first rules read; tests override what they pin.</summary>
public static class TestProfile
{
    public static PolicyProfile With(params (string Id, object? Value)[] overrides)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ParameterIds.P1.WomenMin] = 1, [ParameterIds.P1.YoungAge] = 35, [ParameterIds.P1.YoungMin] = 1,
            [ParameterIds.P1.NonPartyMin] = 0, [ParameterIds.P1.MinorityMin] = 0,
            [ParameterIds.P4.MaxYearsSamePost] = 5, [ParameterIds.P4.TenureWarnMonths] = 6,
            [ParameterIds.P10.EcoChiefsPerVillage] = 1, [ParameterIds.P10.ReserveMultiplier] = 2m,
            [ParameterIds.P7.InfluenceMonths] = new InfluencePeriods(new Dictionary<SanctionKind, int>
            {
                [SanctionKind.Warning] = 6, [SanctionKind.Demerit] = 12, [SanctionKind.MajorDemerit] = 18, [SanctionKind.Demotion] = 24, [SanctionKind.Dismissal] = 24,
            }),
            [ParameterIds.P7.CaseDays] = 60, [ParameterIds.P7.ClarifyDays] = 30,
        };
        foreach (var (id, value) in overrides)
        {
            if (value is null)
            {
                values.Remove(id);
            }
            else
            {
                values[id] = value;
            }
        }

        return new PolicyProfile("test", new DateOnly(2020, 1, 1), isExample: true, values);
    }
}
