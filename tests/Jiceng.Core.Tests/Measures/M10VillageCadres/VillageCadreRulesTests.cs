using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;

namespace Jiceng.Core.Tests.Measures.M10VillageCadres;

public sealed class VillageCadreRulesTests
{
    private static readonly EvaluationContext Context = new(2020, new DateOnly(2020, 12, 31));
    private static readonly Subject Village = new(SubjectKind.OrgUnit, 9, "140603100001", "古城社区", 9, "/1/2/3/5/9/");

    private static VillageCadreFacts Facts(int? secretary = 1, int[]? directors = null, string? exemption = null, int eco = 1, int? seats = 6, int reserves = 12) =>
        new(Village, secretary, secretary is null ? null : "王五", directors ?? [1], exemption, eco, seats, reserves);

    [Theory]
    [InlineData(1, new[] { 1 }, null, 0)]          // one shoulder
    [InlineData(1, new[] { 2 }, null, 1)]          // split posts
    [InlineData(1, new int[0], null, 1)]           // director vacant, secretary not director
    [InlineData(1, new[] { 2 }, "书记系下派干部", 0)] // exemption recorded
    public void OneShoulder(int secretary, int[] directors, string? exemption, int findings) =>
        Assert.Equal(findings, new OneShoulderRule().Evaluate([Facts(secretary, directors, exemption)], TestProfile.With(), Context).Count());

    [Fact]
    public void OneShoulder_WithoutASecretary_IsNotJudged() =>
        Assert.Empty(new OneShoulderRule().Evaluate([Facts(secretary: null, directors: [2])], TestProfile.With(), Context));

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(2, 2, 0)]
    public void EcoChiefs_PerVillage(int eco, int required, int findings) =>
        Assert.Equal(findings, new EcoChiefRule().Evaluate([Facts(eco: eco)], TestProfile.With(("P10.eco_chiefs_per_village", required)), Context).Count());

    [Theory]
    [InlineData(6, "2", 11, 1)]
    [InlineData(6, "2", 12, 0)]
    [InlineData(5, "1.5", 7, 1)]   // ceil(7.5) = 8
    [InlineData(5, "1.5", 8, 0)]
    [InlineData(7, "1", 7, 0)]
    public void Reserves_AtLeastCeilOfMultiplierTimesSeats(int seats, string multiplier, int reserves, int findings)
    {
        var profile = TestProfile.With(("P10.reserve_multiplier", decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture)));
        var result = new ReservePoolRule().Evaluate([Facts(seats: seats, reserves: reserves)], profile, Context).ToList();
        Assert.Equal(findings, result.Count);
        Assert.All(result, f => Assert.Equal(("R10.3", 10, Severity.Violation), (f.Rule, f.Clause, f.Severity)));
    }

    [Fact]
    public void Reserves_WithoutACurrentTerm_AreNotJudged() =>
        Assert.Empty(new ReservePoolRule().Evaluate([Facts(seats: null, reserves: 0)], TestProfile.With(), Context));

    [Fact]
    public void RuleCatalog_HoldsTheFirstFiveRules_WithUniqueIds()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        Assert.Superset(new HashSet<string>(["R1.1", "R4.2", "R10.1", "R10.2", "R10.3"], StringComparer.Ordinal), ids.ToHashSet(StringComparer.Ordinal));
        Assert.All(RuleCatalog.All, r => Assert.InRange(r.Clause, 1, 10));
    }
}
