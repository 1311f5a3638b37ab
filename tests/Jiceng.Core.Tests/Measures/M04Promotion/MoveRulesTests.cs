using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;

namespace Jiceng.Core.Tests.Measures.M04Promotion;

public sealed class MoveRulesTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");
    private static readonly Subject District = new(SubjectKind.District, 2, "140603000000", "平鲁区", 2, "/1/2/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static EvaluationContext On(string day) => new(D(day).Year, D(day));

    private static readonly Jiceng.Core.Policy.PolicyProfile Profile = TestProfile.With(("P4.long_service_years_remote", 8), ("P4.wish_response_days", 90));

    [Theory]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.Township, MoveDirection.TownshipToTownship)]
    [InlineData(OrgUnitKind.Village, OrgUnitKind.SubDistrict, MoveDirection.TownshipToTownship)]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.DistrictDepartment, MoveDirection.TownshipToDepartment)]
    [InlineData(OrgUnitKind.DistrictDepartment, OrgUnitKind.Township, MoveDirection.DepartmentToTownship)]
    [InlineData(OrgUnitKind.DistrictDepartment, OrgUnitKind.District, MoveDirection.DepartmentToDepartment)]
    [InlineData(OrgUnitKind.Township, null, MoveDirection.OutOfDistrict)]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.City, MoveDirection.OutOfDistrict)]
    [InlineData(OrgUnitKind.City, OrgUnitKind.Township, MoveDirection.IntoDistrict)]
    public void TheDirection_FollowsTheUnitsKinds(OrgUnitKind from, OrgUnitKind? to, MoveDirection expected) =>
        Assert.Equal(expected, MoveDirections.Of(from, to));

    private static Severity? Eligible(string since, string asOf, bool? good = null) =>
        new RemoteLongServiceRule().Evaluate(new RemoteCadreFacts([new RemoteServiceFacts(Cadre, "阻虎乡", D(since), good)], []), Profile, On(asOf))
            .SingleOrDefault()?.Severity;

    [Theory]
    [InlineData("2018-07-01", "2026-06-30", null)]            // the day before full eight years
    [InlineData("2018-07-01", "2026-07-01", Severity.Info)]   // full eight years on the eighth anniversary
    [InlineData("2016-02-29", "2024-02-28", null)]            // 2024 is a leap year: the anniversary is the 29th
    [InlineData("2016-02-29", "2024-02-29", Severity.Info)]
    public void RemoteService_OfFullYears_MakesEligible(string since, string asOf, Severity? expected) =>
        Assert.Equal(expected, Eligible(since, asOf));

    [Fact]
    public void GoodResults_IsASeam_NullListsTheCadre_FalseDoesNot()
    {
        Assert.Equal(Severity.Info, Eligible("2010-01-01", "2026-06-30", good: null));
        Assert.Equal(Severity.Info, Eligible("2010-01-01", "2026-06-30", good: true));
        Assert.Null(Eligible("2010-01-01", "2026-06-30", good: false));
    }

    private static Finding? Wish(string registered, string asOf, string? answered = null) =>
        new RemoteLongServiceRule().Evaluate(new RemoteCadreFacts([], [new WishFacts(Cadre, 5, D(registered), "区直部门", answered is null ? null : D(answered))]), Profile, On(asOf))
            .SingleOrDefault();

    [Theory]
    [InlineData("2026-04-01", "2026-06-30", false)]   // registered on d, due d + 90 = 2026-06-30: on time on the due day
    [InlineData("2026-03-31", "2026-06-30", true)]    // due 2026-06-29: a warning the day after
    [InlineData("2026-07-01", "2026-06-30", false)]   // registered after the as-of day
    public void AnUnansweredWish_IsAWarning_TheDayAfterItsDueDay(string registered, string asOf, bool warned)
    {
        var f = Wish(registered, asOf);
        Assert.Equal(warned, f is not null);
        if (f is not null)
        {
            Assert.Equal((Severity.Warning, "wish-5", D("2026-06-29")), (f.Severity, f.Topic, f.Due));
        }
    }

    [Theory]
    [InlineData("2026-06-30", false)]   // answered on the as-of day
    [InlineData("2026-07-01", true)]    // answered only after the as-of day: still unanswered then
    public void AnAnsweredWish_IsNotWarned_FromItsAnswerDay(string answered, bool warned) =>
        Assert.Equal(warned, Wish("2026-01-02", "2026-06-30", answered) is not null);

    private static IReadOnlyList<Finding> Exchanges(int toDepartment, int toTownship, string asOf, int? minToDepartment, int? minToTownship)
    {
        var counts = new Dictionary<MoveDirection, int> { [MoveDirection.TownshipToDepartment] = toDepartment, [MoveDirection.DepartmentToTownship] = toTownship };
        var profile = TestProfile.With(("P4.exchange_min_township_to_department", minToDepartment), ("P4.exchange_min_department_to_township", minToTownship));
        return [.. new TwoWayExchangeRule().Evaluate([new ExchangeYearFacts(District, D(asOf).Year, counts)], profile, On(asOf))];
    }

    [Fact]
    public void MinimumsNotSet_ReportTheCountsAsInformation()
    {
        var findings = Exchanges(3, 1, "2021-12-31", null, null);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(["3人", "1人"], findings.Select(f => f.Measured));
    }

    [Theory]
    [InlineData(3, "2021-12-31", null)]                 // the year is over and the minimum is met
    [InlineData(2, "2021-12-31", Severity.Violation)]   // one short once the year is over
    [InlineData(0, "2021-05-01", null)]                 // day 121: floor(3 × 121 / 365) = 0
    [InlineData(0, "2021-05-02", Severity.Warning)]     // day 122: floor(3 × 122 / 365) = 1
    [InlineData(1, "2021-12-30", Severity.Warning)]     // the day before the year's end: floor(1092 / 365) = 2, not yet a violation
    [InlineData(2, "2021-12-30", null)]
    public void ASetMinimum_IsProRataDuringTheYear_AndAViolationAfter(int count, string asOf, Severity? expected)
    {
        var f = Exchanges(count, 5, asOf, 3, null).SingleOrDefault(f => f.Topic == nameof(MoveDirection.TownshipToDepartment));
        Assert.Equal(expected, f?.Severity);
    }

    [Theory]
    [InlineData(3, "2021-04-30", 0)]   // day 120: 360 / 365
    [InlineData(3, "2021-05-02", 1)]   // day 122: 366 / 365
    [InlineData(2, "2021-07-01", 0)]   // day 182: 364 / 365
    [InlineData(2, "2021-07-02", 1)]   // day 183: 366 / 365
    [InlineData(2, "2024-06-30", 0)]   // leap year, day 182: 364 / 366
    [InlineData(2, "2024-07-01", 1)]   // leap year, day 183: 366 / 366
    public void ProRata_IsFloorOfMinimumTimesDaysIntoYearOverDaysInYear(int minimum, string asOf, int expected) =>
        Assert.Equal(expected, TwoWayExchangeRule.ProRata(minimum, On(asOf)));

    [Fact]
    public void APendingWarning_BecomesNothing_WhenTheProRataTargetIsMet()
    {
        // 2021-05-02 needs floor(3 × 122 / 365) = 1: one exchange meets it, none is a warning.
        Assert.DoesNotContain(Exchanges(1, 0, "2021-05-02", 3, null), f => f.Topic == nameof(MoveDirection.TownshipToDepartment));
        var warning = Assert.Single(Exchanges(0, 0, "2021-05-02", 3, null), f => f.Topic == nameof(MoveDirection.TownshipToDepartment));
        Assert.Equal(Severity.Warning, warning.Severity);
    }
}
