using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P2;

namespace Jiceng.Core.Tests.Measures.M02Capability;

public sealed class CapabilityRulesTests
{
    private static readonly Subject District = new(SubjectKind.District, 3, "140603", "平鲁区", 3, "/1/2/3/");
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 9, "/1/2/3/9/");

    private static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static EvaluationContext On(string s) => new(Day(s).Year, Day(s));

    private static PolicyProfile Profile() => TestProfile.With(
        (P.PartySchoolHeadsPerYear, new IntRange(2, 3)), (P.SecondmentsPerYear, new IntRange(3, 5)),
        (P.VillageMainMinStudyDays, 10), (P.TermWarnMonths, 12));

    [Theory]
    [InlineData("2021-01-01", 1)]
    [InlineData("2021-07-01", 182)]
    [InlineData("2020-07-01", 183)]   // leap year: 29 February is day 60
    [InlineData("2021-12-31", 365)]
    [InlineData("2020-12-31", 366)]
    public void DaysIntoYear_CountFromFirstJanuaryInclusive(string asOf, int expected) =>
        Assert.Equal(expected, YearlyQuota.DaysIntoYear(On(asOf)));

    [Theory]
    [InlineData(2, "2021-07-01", 0)]    // floor(2 × 182 / 365) = 0 (the policy reference's example)
    [InlineData(2, "2021-07-02", 1)]    // floor(2 × 183 / 365) = 1
    [InlineData(2, "2021-10-01", 1)]    // floor(2 × 274 / 365) = 1
    [InlineData(2, "2020-06-30", 0)]    // leap year, day 182: floor(364 / 366) = 0
    [InlineData(2, "2020-07-01", 1)]    // leap year, day 183: floor(366 / 366) = 1
    [InlineData(10, "2021-05-25", 3)]   // day 145: floor(1450 / 365) = 3
    [InlineData(10, "2021-05-26", 4)]   // day 146: floor(1460 / 365) = 4
    [InlineData(10, "2020-05-25", 3)]   // leap year, day 146: floor(1460 / 366) = 3
    [InlineData(10, "2020-05-26", 4)]   // leap year, day 147: floor(1470 / 366) = 4
    [InlineData(10, "2021-12-30", 9)]
    public void ProRataFloor_IsRequiredTimesElapsedOverDaysInYear(int required, string asOf, int expected) =>
        Assert.Equal(expected, YearlyQuota.ProRataFloor(required, On(asOf)));

    private static Finding? PartySchool(int count, string asOf) =>
        new PartySchoolHeadsRule().Evaluate([new DistrictCapabilityFacts(District, count, 4)], Profile(), On(asOf)).SingleOrDefault();

    [Theory]
    [InlineData(0, "2021-07-01", null)]                 // the floor is still 0
    [InlineData(0, "2021-07-02", Severity.Warning)]     // the floor becomes 1
    [InlineData(1, "2021-07-02", null)]
    [InlineData(1, "2021-12-30", null)]                 // floor(2 × 364 / 365) = 1: not behind yet
    [InlineData(1, "2021-12-31", Severity.Violation)]   // the year is over on 31 December
    [InlineData(2, "2021-12-31", null)]
    [InlineData(3, "2021-12-31", null)]                 // the maximum itself is allowed
    [InlineData(4, "2021-01-01", Severity.Violation)]   // above the maximum at once
    [InlineData(0, "2020-06-30", null)]                 // leap year: day 182 of 366
    [InlineData(0, "2020-07-01", Severity.Warning)]     // leap year: day 183 of 366
    public void R21_CountsWithinTheRange_ProRataBeforeTheYearEnds(int count, string asOf, Severity? expected) =>
        Assert.Equal(expected, PartySchool(count, asOf)?.Severity);

    [Fact]
    public void R21_AFinding_IsAboutTheDistrict_AndSaysWhichBoundItMisses()
    {
        var above = PartySchool(4, "2021-03-01")!;
        Assert.Equal(("R2.1", 2, SubjectKind.District, "max", (DateOnly?)null), (above.Rule, above.Clause, above.Subject.Kind, above.Topic, above.Due));
        Assert.Contains("超过上限3人", above.Message, StringComparison.Ordinal);
        var below = PartySchool(1, "2021-12-31")!;
        Assert.Equal(("min", (DateOnly?)new DateOnly(2021, 12, 31), "2021"), (below.Topic, below.Due, below.Period));
        Assert.Equal("2–3人", below.Required);
    }

    [Theory]
    [InlineData(0, "2021-05-01", null)]              // day 121: floor(3 × 121 / 365) = 0
    [InlineData(0, "2021-05-02", Severity.Warning)]  // day 122: floor(366 / 365) = 1
    [InlineData(2, "2021-12-31", Severity.Violation)]
    [InlineData(5, "2021-12-31", null)]
    [InlineData(6, "2021-02-01", Severity.Violation)]
    public void R22_ReadsTheSecondmentRange(int count, string asOf, Severity? expected) =>
        Assert.Equal(expected, new SecondmentsRule().Evaluate([new DistrictCapabilityFacts(District, 2, count)], Profile(), On(asOf)).SingleOrDefault()?.Severity);

    private static Finding? Rotation(string termEnd, string asOf, int trainings = 0, int warn = 12) =>
        new RotationTrainingRule().Evaluate([new RotationTrainingFacts(Cadre, "井坪镇", 11, 7, Day("2021-09-01"), Day(termEnd), trainings)],
            TestProfile.With((P.TermWarnMonths, warn)), On(asOf)).SingleOrDefault();

    [Theory]
    [InlineData("2026-08-31", "2025-08-30", null)]                 // the day before the warning window
    [InlineData("2026-08-31", "2025-08-31", Severity.Warning)]     // twelve months before the end
    [InlineData("2026-08-31", "2026-08-31", Severity.Warning)]     // the term is in force through its end date
    [InlineData("2026-08-31", "2026-09-01", Severity.Violation)]   // from the day after
    [InlineData("2026-08-31", "2026-12-31", Severity.Violation)]
    [InlineData("2026-08-31", "2027-03-01", null)]                 // a later year does not judge it again
    [InlineData("2025-12-31", "2026-01-01", Severity.Violation)]   // over on 1 January: a violation of the new year
    [InlineData("2024-02-29", "2023-02-27", null)]
    [InlineData("2024-02-29", "2023-02-28", Severity.Warning)]     // 29 February − 12 months = 28 February
    public void R23_WarnsBeforeTheTermEnds_AndIsViolatedAfter(string termEnd, string asOf, Severity? expected) =>
        Assert.Equal(expected, Rotation(termEnd, asOf)?.Severity);

    [Fact]
    public void R23_OneRotationTraining_IsEnough_AndTheWindowFollowsTheProfile()
    {
        Assert.Null(Rotation("2026-08-31", "2026-09-01", trainings: 1));
        Assert.Null(Rotation("2026-08-31", "2026-02-27", warn: 6));          // 31 August − 6 months = 28 February
        Assert.Equal(Severity.Warning, Rotation("2026-08-31", "2026-02-28", warn: 6)?.Severity);
        Assert.Equal(Severity.Warning, Rotation("2026-08-31", "2026-02-27", warn: 12)?.Severity);
        var f = Rotation("2026-08-31", "2026-09-01")!;
        Assert.Equal(("R2.3", 2, "11", (DateOnly?)new DateOnly(2026, 8, 31)), (f.Rule, f.Clause, f.Topic, f.Due));
        Assert.Contains("第7届", f.Message, StringComparison.Ordinal);
    }

    private static Severity? Study(int days, string asOf) =>
        new VillageStudyDaysRule().Evaluate([new StudyDaysFacts(Cadre, "东村", days)], Profile(), On(asOf)).SingleOrDefault()?.Severity;

    [Theory]
    [InlineData(3, "2021-05-25", null)]                 // floor 3
    [InlineData(3, "2021-05-26", Severity.Warning)]     // floor 4
    [InlineData(3, "2020-05-25", null)]                 // leap year: floor(1460 / 366) = 3
    [InlineData(3, "2020-05-26", Severity.Warning)]
    [InlineData(9, "2021-12-30", null)]                 // floor 9, the year not over
    [InlineData(9, "2021-12-31", Severity.Violation)]
    [InlineData(10, "2021-12-31", null)]
    [InlineData(0, "2021-01-01", null)]                 // floor(10 / 365) = 0
    [InlineData(0, "2021-02-06", Severity.Warning)]     // day 37: floor(370 / 365) = 1
    public void R24_StudyDaysAgainstTheMinimum(int days, string asOf, Severity? expected) =>
        Assert.Equal(expected, Study(days, asOf));

    [Fact]
    public void NoFacts_NoFindings()
    {
        Assert.Empty(new PartySchoolHeadsRule().Evaluate([], Profile(), On("2021-12-31")));
        Assert.Empty(new RotationTrainingRule().Evaluate([], Profile(), On("2021-12-31")));
        Assert.Empty(new VillageStudyDaysRule().Evaluate([], Profile(), On("2021-12-31")));
    }
}
