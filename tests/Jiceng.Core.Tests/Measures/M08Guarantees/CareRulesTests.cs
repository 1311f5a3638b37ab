using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Measures.M08Guarantees;

public sealed class CareRulesTests
{
    private static readonly Subject Village = new(SubjectKind.OrgUnit, 5, "140603100201", "一村", 5, "/1/2/3/5/");
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 3, "140603100000", "阻虎乡", 3, "/1/2/3/");

    private static Subject Cadre(int id, string name) => new(SubjectKind.Cadre, id, "140603***********1", name, 5, "/1/2/3/5/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static EvaluationContext On(string day) => new(D(day).Year, D(day));

    private static PolicyProfile Profile(int visits = 1) => TestProfile.With(
        ("P8.collective_income_threshold_wan", 10m), ("P8.reward_ratio", 0.10m), ("P8.reward_cap_wan", 5m), ("P8.family_visits_per_year", visits));

    // R8.3

    [Fact]
    public void Insurance_InForce_IsNoFinding() =>
        Assert.Empty(new AccidentInsuranceRule().Evaluate([new VillageInsuranceFacts(Cadre(7, "张三"), "一村", "党组织书记", true, null)], Profile(), On("2026-06-30")));

    [Fact]
    public void Insurance_Lapsed_IsAViolationNamingTheLastDay()
    {
        var f = Assert.Single(new AccidentInsuranceRule().Evaluate(
            [new VillageInsuranceFacts(Cadre(7, "张三"), "一村", "党组织书记", false, D("2026-06-29"))], Profile(), On("2026-06-30")));
        Assert.Equal(("R8.3", Severity.Violation, 7), (f.Rule, f.Severity, f.Subject.Id));
        Assert.Equal("意外伤害保险已于2026-06-29到期", f.Measured);
        Assert.Equal(8, f.Clause);
    }

    [Fact]
    public void Insurance_Never_SaysSo() =>
        Assert.Equal("未参加意外伤害保险", Assert.Single(new AccidentInsuranceRule().Evaluate(
            [new VillageInsuranceFacts(Cadre(7, "张三"), "一村", "村（居）委会委员", false, null)], Profile(), On("2026-06-30"))).Measured);

    // R8.4: pool = min(0.10 × max(0, new), 50 000) when income ≥ 100 000; split by weights to the cent.

    private static IReadOnlyList<Finding> Reward(decimal? income, decimal? newIncome, params (int Id, decimal Weight, decimal Paid)[] paid) =>
        [.. new CollectiveRewardRule().Evaluate(
            [new VillageRewardFacts(Village, 2025, income, newIncome, [.. paid.Select(p => new RewardPaidCadre(Cadre(p.Id, $"干部{p.Id}"), p.Weight, p.Paid))])],
            Profile(), On("2025-12-31"))];

    [Theory]
    [InlineData(100_000, 200_000, 20_000, false)]   // at the threshold: pool 20 000
    [InlineData(100_000, 200_000, 20_000.01, true)]
    [InlineData(99_999.99, 200_000, 0.01, true)]    // below the threshold: pool 0
    [InlineData(100_000, 600_000, 50_000, false)]   // above the cap: 50 000
    [InlineData(100_000, 600_000, 50_000.01, true)]
    [InlineData(100_000, -5_000, 0.01, true)]       // negative new income counts as 0
    [InlineData(100_000, 0, 0, false)]
    public void Reward_OneCadre_AgainstThePool(decimal income, decimal newIncome, decimal paid, bool found) =>
        Assert.Equal(found, Reward(income, newIncome, (7, 1m, paid)).Count == 1);

    [Fact]
    public void Reward_NoIncomeRecord_PoolIsZero()
    {
        var f = Assert.Single(Reward(null, null, (7, 1m, 100m)));
        Assert.Contains("未登记当年集体经济收入", f.Required, StringComparison.Ordinal);
    }

    [Fact]
    public void Reward_Split_ByWeights_ToTheCent()
    {
        // Pool 100.00 (income 100 000, new 1 000) split 1:1:1 → 33.34, 33.33, 33.33 (the first gets the remainder cent).
        Assert.Empty(Reward(100_000m, 1_000m, (7, 1m, 33.34m), (8, 1m, 33.33m), (9, 1m, 33.33m)));
        var f = Assert.Single(Reward(100_000m, 1_000m, (7, 1m, 33.34m), (8, 1m, 33.34m), (9, 1m, 33.32m)));
        Assert.Equal((8, "已发放33.34元"), (f.Subject.Id, f.Measured));
        Assert.StartsWith("不超过33.33元", f.Required, StringComparison.Ordinal);
    }

    [Fact]
    public void Reward_Weights_Count()
    {
        // Pool 20 000 split 2:1 → 13 333.333 … and 6 666.666 …: the larger cut-off fraction gets the cent, 13 333.33 and 6 666.67.
        Assert.Empty(Reward(150_000m, 200_000m, (7, 2m, 13_333.33m), (8, 1m, 6_666.67m)));
        Assert.Equal(7, Assert.Single(Reward(150_000m, 200_000m, (7, 2m, 13_333.34m), (8, 1m, 6_666.66m))).Subject.Id);
    }

    [Fact]
    public void Reward_OtherYears_AreNotJudged() =>
        Assert.Empty(new CollectiveRewardRule().Evaluate([new VillageRewardFacts(Village, 2024, null, null, [new RewardPaidCadre(Cadre(7, "张三"), 1m, 9m)])],
            Profile(), On("2025-12-31")));

    // R8.5

    private static IReadOnlyList<Finding> Visits(string died, int visits, string asOf, int family = 2, int required = 1) =>
        [.. new FamilyVisitRule().Evaluate([new FallenFamilyFacts(Cadre(7, "王烈"), D(died), family, visits, null)], Profile(required), On(asOf))];

    [Fact]
    public void Visits_NoneByYearEnd_IsAViolationOnTheLastDay()
    {
        var f = Assert.Single(Visits("2023-05-01", 0, "2025-12-31"));
        Assert.Equal((Severity.Violation, "走访0次"), (f.Severity, f.Measured));
    }

    [Fact]
    public void Visits_OneByYearEnd_IsEnough() => Assert.Empty(Visits("2023-05-01", 1, "2025-12-31"));

    [Fact]
    public void Visits_DuringTheYear_NoFindingWhileTheProRataFloorIsZero() => Assert.Empty(Visits("2023-05-01", 0, "2025-12-30"));

    [Fact]
    public void Visits_TwoRequired_WarningOnceTheProRataFloorIsOne()
    {
        // floor(2 × 182 / 365) = 0 on 1 July, floor(2 × 183 / 365) = 1 on 2 July.
        Assert.Empty(Visits("2023-05-01", 0, "2025-07-01", required: 2));
        var f = Assert.Single(Visits("2023-05-01", 0, "2025-07-02", required: 2));
        Assert.Equal((Severity.Warning, D("2025-12-31")), (f.Severity, f.Due));
    }

    [Fact]
    public void Visits_TheYearOfDeath_IsNotJudged() => Assert.Empty(Visits("2025-01-01", 0, "2025-12-31"));

    [Fact]
    public void Visits_TheYearAfterDeath_IsJudged() => Assert.Single(Visits("2024-12-31", 0, "2025-12-31"));

    [Fact]
    public void Visits_NoFamilyRecorded_IsNotJudged() => Assert.Empty(Visits("2023-05-01", 0, "2025-12-31", family: 0));

    [Fact]
    public void Visits_ZeroRequired_IsNeverShort() => Assert.Empty(Visits("2023-05-01", 0, "2025-12-31", required: 0));

    // R8.6

    [Fact]
    public void FiveSmalls_All_IsNoFinding() =>
        Assert.Empty(new FiveSmallsRule().Evaluate([new TownshipFacilityFacts(Township, FacilityKinds.FiveSmalls)], Profile(), On("2026-06-30")));

    [Fact]
    public void FiveSmalls_Missing_IsAWarningNamingThem()
    {
        var f = Assert.Single(new FiveSmallsRule().Evaluate(
            [new TownshipFacilityFacts(Township, [FacilityKind.Canteen, FacilityKind.Toilet, FacilityKind.Library])], Profile(), On("2026-06-30")));
        Assert.Equal((Severity.Warning, "缺小澡堂、小文体室"), (f.Severity, f.Measured));
    }

    [Fact]
    public void FiveSmalls_None_NamesAllFive() =>
        Assert.Equal("缺小食堂、小厕所、小澡堂、小图书室、小文体室",
            Assert.Single(new FiveSmallsRule().Evaluate([new TownshipFacilityFacts(Township, [])], Profile(), On("2026-06-30"))).Measured);
}
