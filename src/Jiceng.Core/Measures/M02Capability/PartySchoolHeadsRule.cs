using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>R2.1 — clause 二: township heads sent to party schools at provincial level or above, per year, district-wide.</summary>
public sealed class PartySchoolHeadsRule : DistrictYearlyCountRule
{
    public override string Id => "R2.1";

    public override string Title => "党政正职到省级以上党校学习人数";

    public override IReadOnlyList<string> Parameters { get; } = [ParameterIds.P2.PartySchoolHeadsPerYear];

    protected override string RangeParameter => ParameterIds.P2.PartySchoolHeadsPerYear;

    protected override string What => "选派乡镇党政正职到省级以上党校学习";

    protected override int Count(DistrictCapabilityFacts facts) => facts.PartySchoolHeads;
}
