using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>R2.2 — clause 二: township leaders seconded to district-or-higher organs or developed areas, per year, district-wide.</summary>
public sealed class SecondmentsRule : DistrictYearlyCountRule
{
    public override string Id => "R2.2";

    public override string Title => "乡镇领导干部挂职锻炼人数";

    public override IReadOnlyList<string> Parameters { get; } = [ParameterIds.P2.SecondmentsPerYear];

    protected override string RangeParameter => ParameterIds.P2.SecondmentsPerYear;

    protected override string What => "选派乡镇领导干部到区级以上机关或发达地区挂职";

    protected override int Count(DistrictCapabilityFacts facts) => facts.SecondedLeaders;
}
