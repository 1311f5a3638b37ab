using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Measures.M09Care;

public sealed class CareRulesTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "1406**********0012", "王五", 3, "/1/2/3/");
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 3, "140603100000", "阻虎乡", 3, "/1/2/3/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static EvaluationContext On(string day) => new(D(day).Year, D(day));

    private static DateTime Utc(string s) => DateTime.SpecifyKind(DateTime.Parse(s, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static PolicyProfile Profile(int? stationed = null, decimal? hardship = 800m) =>
        TestProfile.With(("P9.talks_per_year", 2), ("P9.talks_per_year_stationed", stationed), ("P9.checkup_cost_standard", 500m),
            ("P9.checkup_cost_standard_hardship", hardship), ("P9.village_checkup_hospital", "区人民医院"), ("P9.incident_accept_hours", 24),
            ("P9.incident_close_days", 15), ("P9.lectures_per_year", 2));

    // R9.1 — the worked example of docs/policy-reference.md (yearly counts and yearly minimums).

    private static IReadOnlyList<Finding> R91(int talks, string asOf, bool stationed = false, int? stationedMin = null) =>
        [.. new TalksRule().Evaluate([new TalkFacts(Cadre, talks, stationed)], Profile(stationedMin), On(asOf))];

    [Fact]
    public void Talks_OnDay182_FloorIsZero_NoTalkIsNotFlagged() => Assert.Empty(R91(0, "2021-07-01"));

    [Fact]
    public void Talks_OnDay274_FloorIsOne_NoTalkIsAWarning_OneIsNot()
    {
        var f = Assert.Single(R91(0, "2021-10-01"));
        Assert.Equal(("R9.1", 9, Severity.Warning, "0次", "每年至少2次"), (f.Rule, f.Clause, f.Severity, f.Measured, f.Required));
        Assert.Contains("低于按日进度应达到的1次", f.Message, StringComparison.Ordinal);
        Assert.Equal(D("2021-12-31"), f.Due);
        Assert.Empty(R91(1, "2021-10-01"));
    }

    [Fact]
    public void Talks_TheDayBeforeFloorRises_IsStillFine()
    {
        // floor(2 × d / 365) reaches 1 on day 183 (2021-07-02).
        Assert.Empty(R91(0, "2021-07-01"));
        Assert.Equal(Severity.Warning, Assert.Single(R91(0, "2021-07-02")).Severity);
    }

    [Fact]
    public void Talks_OnTheLastDay_OneTalkIsAViolation_TwoAreEnough()
    {
        Assert.Equal(Severity.Violation, Assert.Single(R91(1, "2021-12-31")).Severity);
        Assert.Empty(R91(2, "2021-12-31"));
    }

    [Fact]
    public void Talks_StationedCadre_UsesTheHigherMinimumWhenSet_ElseTheCommonOne()
    {
        var f = Assert.Single(R91(3, "2021-12-31", stationed: true, stationedMin: 4));
        Assert.Equal("每年至少4次", f.Required);
        Assert.Contains("驻村干部", f.Message, StringComparison.Ordinal);
        Assert.Empty(R91(4, "2021-12-31", stationed: true, stationedMin: 4));
        Assert.Empty(R91(2, "2021-12-31", stationed: true));
        Assert.Empty(R91(3, "2021-12-31", stationed: false, stationedMin: 4));
    }

    // R9.2

    private static CheckupEntry Entry(string institution = "区人民医院", CheckupPayer payer = CheckupPayer.Finance, int id = 1) =>
        new(id, D("2021-05-01"), institution, payer);

    private static IReadOnlyList<Finding> R92(string asOf, bool main, params CheckupEntry[] checkups) =>
        [.. new CheckupCoverageRule().Evaluate([new CheckupCoverageFacts(Cadre, main, checkups)], Profile(), On(asOf))];

    [Fact]
    public void Checkup_NoneAtYearEnd_IsAViolation_NoneBeforeIsNotFlagged()
    {
        Assert.Equal(("未体检", Severity.Violation), (Assert.Single(R92("2021-12-31", false)).Measured, Assert.Single(R92("2021-12-31", false)).Severity));
        Assert.Empty(R92("2021-12-30", false));
    }

    [Fact]
    public void Checkup_AnyInstitutionCounts_ForOtherCadres() => Assert.Empty(R92("2021-12-31", false, Entry("乡卫生院", CheckupPayer.Unit)));

    [Fact]
    public void Checkup_VillageMainCadre_AtTheHospitalPaidByFinance_Counts_WithSpacesTrimmed() =>
        Assert.Empty(R92("2021-12-31", true, Entry(" 区人民医院 ")));

    [Theory]
    [InlineData("乡卫生院", CheckupPayer.Finance, "在乡卫生院而非区人民医院")]
    [InlineData("区人民医院", CheckupPayer.Self, "由个人而非财政支付")]
    [InlineData("乡卫生院", CheckupPayer.Unit, "在乡卫生院而非区人民医院，由单位而非财政支付")]
    public void Checkup_VillageMainCadre_Elsewhere_OrNotByFinance_IsAWarningDuringTheYear(string institution, CheckupPayer payer, string defect)
    {
        var f = Assert.Single(R92("2021-06-30", true, Entry(institution, payer)));
        Assert.Equal((Severity.Warning, defect), (f.Severity, f.Measured));
        Assert.Equal("每年在区人民医院体检1次，财政支付", f.Required);
    }

    [Fact]
    public void Checkup_VillageMainCadre_OnlyWrongCheckupsAtYearEnd_IsAViolation_AWrongOnePlusARightOneIsFine()
    {
        var f = Assert.Single(R92("2021-12-31", true, Entry("乡卫生院")));
        Assert.Equal((Severity.Violation, "未按规定体检（1次不符合）"), (f.Severity, f.Measured));
        Assert.Empty(R92("2021-06-30", true, Entry("乡卫生院"), Entry(id: 2)));
    }

    // R9.3 and R9.4

    private static CheckupFacts Checkup(decimal cost = 500m, bool mental = true, bool hardship = false, bool frontline = false, string day = "2021-05-01") =>
        new(Cadre, 11, D(day), "区人民医院", cost, mental, hardship, frontline);

    [Fact]
    public void Mental_ACheckupWithoutTheAssessment_IsAWarning_WithIt_IsNot()
    {
        var f = Assert.Single(new MentalHealthItemRule().Evaluate([Checkup(mental: false)], Profile(), On("2021-06-30")));
        Assert.Equal(("R9.3", Severity.Warning, "checkup-11", D("2021-05-01")), (f.Rule, f.Severity, f.Topic, f.Due));
        Assert.Empty(new MentalHealthItemRule().Evaluate([Checkup()], Profile(), On("2021-06-30")));
    }

    [Fact]
    public void Mental_ACheckupAfterTheAsOfDay_IsNotJudgedYet() =>
        Assert.Empty(new MentalHealthItemRule().Evaluate([Checkup(mental: false, day: "2021-07-01")], Profile(), On("2021-06-30")));

    [Theory]
    [InlineData(500.00, false, false, 0)]
    [InlineData(500.01, false, false, 1)]
    [InlineData(800.00, true, false, 0)]
    [InlineData(800.01, true, false, 1)]
    [InlineData(800.00, false, true, 0)]
    [InlineData(800.01, false, true, 1)]
    public void Cost_EqualToTheStandardIsWithin_ACentAboveIsAWarning(double cost, bool hardship, bool frontline, int findings) =>
        Assert.Equal(findings, new CheckupCostRule().Evaluate([Checkup((decimal)cost, hardship: hardship, frontline: frontline)], Profile(), On("2021-06-30")).Count());

    [Fact]
    public void Cost_HardshipStandardNotSet_TheCommonStandardApplies()
    {
        var f = Assert.Single(new CheckupCostRule().Evaluate([Checkup(600m, hardship: true)], Profile(hardship: null), On("2021-06-30")));
        Assert.Equal(("R9.4", Severity.Warning, "600.00元", "不超过500.00元（标准）"), (f.Rule, f.Severity, f.Measured, f.Required));
    }

    // R9.5 — times in UTC; China is UTC+8, so 2021-03-01T00:00Z is 08:00 on 1 March in China.

    private static IReadOnlyList<Finding> R95(string reported, string? accepted, string? closed, string asOf) =>
        [.. new IncidentTimelinessRule().Evaluate(
            [new IncidentFacts(Cadre, 4, Utc(reported), accepted is null ? null : Utc(accepted), closed is null ? null : Utc(closed))], Profile(), On(asOf))];

    [Fact]
    public void Incident_AcceptedExactly24HoursLater_IsInTime_OneMinuteMore_IsAViolation()
    {
        Assert.Empty(R95("2021-03-01T00:00:00", "2021-03-02T00:00:00", "2021-03-10T00:00:00", "2021-06-30"));
        var f = Assert.Single(R95("2021-03-01T00:00:00", "2021-03-02T00:01:00", "2021-03-10T00:00:00", "2021-06-30"));
        Assert.Equal(("R9.5", Severity.Violation, "incident-4-accept"), (f.Rule, f.Severity, f.Topic));
    }

    [Fact]
    public void Incident_NotAccepted_IsOverdueOnceTheLimitPassesBeforeTheAsOfDayEnds()
    {
        // Reported 2021-03-01 08:00 China; the limit 2021-03-02 08:00 falls inside 2 March.
        Assert.Empty(R95("2021-03-01T00:00:00", null, null, "2021-03-01"));
        var f = Assert.Single(R95("2021-03-01T00:00:00", null, null, "2021-03-02"));
        Assert.Equal(("incident-4-accept", "报告后超过24小时未受理", D("2021-03-02")), (f.Topic, f.Measured, f.Due));
    }

    [Fact]
    public void Incident_ClosedOnTheReportDayPlus15_IsInTime_ADayLater_IsAViolation()
    {
        // Reported 1 March (China); due 16 March. 2021-03-16T15:59Z is 23:59 on the 16th in China, 16:00Z the 17th.
        Assert.Empty(R95("2021-03-01T00:00:00", "2021-03-01T02:00:00", "2021-03-16T15:59:00", "2021-06-30"));
        var f = Assert.Single(R95("2021-03-01T00:00:00", "2021-03-01T02:00:00", "2021-03-16T16:00:00", "2021-06-30"));
        Assert.Equal(("incident-4-close", "报告后第16天才办结", D("2021-03-16")), (f.Topic, f.Measured, f.Due));
    }

    [Fact]
    public void Incident_Open_IsOverdueTheDayAfterItsDueDay()
    {
        Assert.Empty(R95("2021-03-01T00:00:00", "2021-03-01T02:00:00", null, "2021-03-16"));
        Assert.Equal("报告后超过15天未办结", Assert.Single(R95("2021-03-01T00:00:00", "2021-03-01T02:00:00", null, "2021-03-17")).Measured);
    }

    [Fact]
    public void Incident_ReportedLastYear_StillOpen_IsJudgedThisYear_ClosedLastYear_IsNot()
    {
        Assert.Single(R95("2020-12-01T00:00:00", "2020-12-01T02:00:00", null, "2021-01-10"));
        Assert.Empty(R95("2020-12-01T00:00:00", "2020-12-01T02:00:00", "2020-12-31T00:00:00", "2021-01-10"));
    }

    // R9.6

    private static IReadOnlyList<Finding> R96(int lectures, string asOf) =>
        [.. new LecturesRule().Evaluate([new LectureFacts(Township, lectures)], Profile(), On(asOf))];

    [Fact]
    public void Lectures_FollowTheYearlyMinimumConvention()
    {
        Assert.Empty(R96(0, "2021-07-01"));
        Assert.Equal(Severity.Warning, Assert.Single(R96(0, "2021-07-02")).Severity);
        Assert.Empty(R96(1, "2021-10-01"));
        var f = Assert.Single(R96(1, "2021-12-31"));
        Assert.Equal(("R9.6", Severity.Violation, Township, "1次"), (f.Rule, f.Severity, f.Subject, f.Measured));
        Assert.Empty(R96(2, "2021-12-31"));
    }
}
