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

public sealed class EcoChiefEstablishedTests
{
    private static readonly Subject Village = new(SubjectKind.OrgUnit, 9, "140603100001", "新建村", 9, "/1/2/3/5/9/");

    private static List<Finding> Evaluate(string? established, string asOf, int eco = 0)
    {
        var day = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var facts = new VillageCadreFacts(Village, 1, "王五", [1], null, eco, 6, 12,
            established is null ? null : DateOnly.Parse(established, System.Globalization.CultureInfo.InvariantCulture));
        return new EcoChiefRule().Evaluate([facts], Jiceng.Core.Tests.Measures.TestProfile.With(), new EvaluationContext(day.Year, day)).ToList();
    }

    // A village established inside the year (after 1 January) is warned until 31 December, a violation from then on.
    [Theory]
    [InlineData(null, "2021-06-30", "violation")]
    [InlineData("2020-12-31", "2021-06-30", "violation")]  // established last year
    [InlineData("2021-01-01", "2021-06-30", "violation")]  // the whole year to comply
    [InlineData("2021-01-02", "2021-06-30", "warning")]
    [InlineData("2021-06-30", "2021-06-30", "warning")]    // established on the as-of day
    [InlineData("2021-07-01", "2021-06-30", "none")]       // not yet established
    [InlineData("2021-03-15", "2021-12-30", "warning")]
    [InlineData("2021-03-15", "2021-12-31", "violation")]  // the year is over on its last day
    public void VillageEstablishedMidYear_IsNotAViolationBeforeTheYearEnds(string? established, string asOf, string expected)
    {
        var found = Evaluate(established, asOf);
        Assert.Equal(expected, found.Count == 0 ? "none" : found[0].Severity == Severity.Warning ? "warning" : "violation");
        if (expected == "warning")
        {
            Assert.Equal(new DateOnly(2021, 12, 31), found[0].Due);
        }
    }

    [Fact]
    public void VillageEstablishedMidYear_WithItsChief_HasNoFinding() =>
        Assert.Empty(Evaluate("2021-03-15", "2021-06-30", eco: 1));
}
