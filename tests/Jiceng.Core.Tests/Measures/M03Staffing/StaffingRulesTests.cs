using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M03Staffing;

namespace Jiceng.Core.Tests.Measures.M03Staffing;

public sealed class StaffingRulesTests
{
    private static readonly EvaluationContext Context = new(2021, new DateOnly(2021, 6, 30));
    private static readonly Subject Township = new(SubjectKind.OrgUnit, 5, "140603100000", "阻虎乡", 5, "/1/2/3/5/");

    [Theory]
    [InlineData(12, 11, 0)]  // one vacancy
    [InlineData(12, 12, 0)]  // full: equal to the establishment is fine
    [InlineData(12, 13, 1)]  // one over
    [InlineData(0, 0, 0)]
    [InlineData(0, 1, 1)]
    public void R31_StaffAboveTheEstablishment_IsAViolation(int approved, int staff, int findings)
    {
        var result = new EstablishmentRule().Evaluate([new EstablishmentFacts(Township, EstablishmentKind.Administrative, approved, staff)], TestProfile.With(), Context).ToList();
        Assert.Equal(findings, result.Count);
        Assert.All(result, f => Assert.Equal(("R3.1", 3, Severity.Violation, "Administrative", "2021"), (f.Rule, f.Clause, f.Severity, f.Topic, f.Period)));
    }

    [Fact]
    public void R31_EachKindIsJudgedOnItsOwn()
    {
        var facts = new[]
        {
            new EstablishmentFacts(Township, EstablishmentKind.Administrative, 10, 11),
            new EstablishmentFacts(Township, EstablishmentKind.Institution, 20, 5),
        };
        var f = Assert.Single(new EstablishmentRule().Evaluate(facts, TestProfile.With(), Context));
        Assert.Equal(("实有11人", "行政编制10名"), (f.Measured, f.Required));
        Assert.Contains("超编1人", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 7, 3)]
    [InlineData(10, 10, 0)]
    [InlineData(10, 12, 0)]
    public void Vacancies_AreNeverNegative(int approved, int staff, int vacancies) =>
        Assert.Equal(vacancies, EstablishmentRule.Vacancies(approved, staff));

    [Theory]
    [InlineData(CadreCategory.TownshipCivilServant, EstablishmentKind.Administrative)]
    [InlineData(CadreCategory.SelectedGraduate, EstablishmentKind.Administrative)]
    [InlineData(CadreCategory.DistrictOrganStaff, EstablishmentKind.Administrative)]
    [InlineData(CadreCategory.TownshipInstitutionStaff, EstablishmentKind.Institution)]
    [InlineData(CadreCategory.VillageCadre, null)]
    [InlineData(CadreCategory.CollegeGraduateVillageOfficial, null)]
    [InlineData(CadreCategory.ReserveVillageCadre, null)]
    public void EveryCategory_FillsOneKindOrNone(CadreCategory category, EstablishmentKind? kind)
    {
        Assert.Equal(kind, EstablishmentKinds.Of(category));
        if (kind is { } k)
        {
            Assert.Contains(category, EstablishmentKinds.CategoriesOf(k));
        }
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static AgencyHeadEventFacts Event(DateOnly date, DateOnly? opinionOn, int id = 1) =>
        new(Township, id, "阻虎市场监督管理所", "张三", AgencyHeadEventKind.Appointment, date, opinionOn);

    [Theory]
    [InlineData("2021-03-10", null, 1)]          // not sought
    [InlineData("2021-03-10", "2021-03-09", 0)]  // the day before
    [InlineData("2021-03-10", "2021-03-10", 0)]  // the same day is in time
    [InlineData("2021-03-10", "2021-03-11", 1)]  // one day late
    public void R33_AnOpinionOnOrBeforeTheDecision_IsInTime(string date, string? opinionOn, int findings)
    {
        var result = new AgencyHeadOpinionRule().Evaluate([Event(Day(date), opinionOn is null ? null : Day(opinionOn))], TestProfile.With(), Context).ToList();
        Assert.Equal(findings, result.Count);
        Assert.All(result, f => Assert.Equal(("R3.3", Severity.Violation, "agency-event:1", Township), (f.Rule, f.Severity, f.Topic, f.Subject)));
    }

    [Theory]
    [InlineData("2020-12-31", 0)]  // last year's decision is last year's finding
    [InlineData("2021-01-01", 1)]
    [InlineData("2021-06-30", 1)]  // the as-of day itself
    [InlineData("2021-07-01", 0)]  // after the as-of day: not yet
    public void R33_JudgesDecisionsOfTheYearUpToTheAsOfDay(string date, int findings) =>
        Assert.Equal(findings, new AgencyHeadOpinionRule().Evaluate([Event(Day(date), null)], TestProfile.With(), Context).Count());

    [Fact]
    public void R33_OneFindingPerDecision()
    {
        var facts = new[] { Event(new DateOnly(2021, 2, 1), null, 1), Event(new DateOnly(2021, 4, 1), null, 2) };
        Assert.Equal(["agency-event:1", "agency-event:2"], new AgencyHeadOpinionRule().Evaluate(facts, TestProfile.With(), Context).Select(f => f.Topic));
    }

    [Theory]
    [InlineData(true, 2, 2, 0)]   // equal to the remote ratio
    [InlineData(true, 3, 2, 1)]   // one above
    [InlineData(true, 1, 2, 0)]
    [InlineData(false, 5, 2, 0)]  // not remote: not judged
    [InlineData(true, 3, 3, 0)]
    public void R34_ARemotePositionAboveTheRemoteRatio_IsAWarning(bool remote, int ratio, int remoteMax, int findings)
    {
        var facts = new[] { new RecruitmentPositionFacts(Township, 7, "综合管理", remote, ratio) };
        var result = new RemoteExamRatioRule().Evaluate(facts, TestProfile.With(("P3.exam_ratio_remote", remoteMax)), Context).ToList();
        Assert.Equal(findings, result.Count);
        Assert.All(result, f => Assert.Equal(("R3.4", Severity.Warning, "position:7", $"{ratio}:1"), (f.Rule, f.Severity, f.Topic, f.Measured)));
    }
}
