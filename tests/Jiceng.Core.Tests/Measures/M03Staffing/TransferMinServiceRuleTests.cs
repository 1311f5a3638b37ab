using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;

namespace Jiceng.Core.Tests.Measures.M03Staffing;

public sealed class TransferMinServiceRuleTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 7, "140603***********1", "张三", 3, "/1/2/3/");

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static readonly Jiceng.Core.Policy.PolicyProfile Profile = TestProfile.With(
        ("P3.min_service_years_civil_servant", 5), ("P3.min_service_years_selected_graduate", 2));

    private static CadreMoveFacts Move(string since, string on, MoveStatus status = MoveStatus.Done, CadreCategory category = CadreCategory.TownshipCivilServant,
        OrgUnitKind from = OrgUnitKind.Township, OrgUnitKind? to = OrgUnitKind.DistrictDepartment) =>
        new(Cadre, 11, category, D(since), "井坪镇", from, "区委组织部", to, D(on), status);

    private static Severity? Judge(CadreMoveFacts move, string asOf)
    {
        var day = D(asOf);
        return new TransferMinServiceRule().Evaluate([move], Profile, new EvaluationContext(day.Year, day)).SingleOrDefault()?.Severity;
    }

    [Theory]
    [InlineData("2015-07-01", "2020-06-30", Severity.Violation)]   // the day before full five years
    [InlineData("2015-07-01", "2020-07-01", null)]                 // full five years on the fifth anniversary
    [InlineData("2016-02-29", "2021-02-27", Severity.Violation)]
    [InlineData("2016-02-29", "2021-02-28", null)]                 // a 29 February start is full on 28 February
    public void ADoneMove_IsJudgedInFullYears(string since, string on, Severity? expected) =>
        Assert.Equal(expected, Judge(Move(since, on), $"{D(on).Year}-12-31"));

    [Theory]
    [InlineData("2018-09-01", "2020-08-31", Severity.Warning)]
    [InlineData("2018-09-01", "2020-09-01", null)]
    public void APendingMove_ThatWouldBreakIt_IsAWarning_SelectedGraduatesTwoYears(string since, string on, Severity? expected) =>
        Assert.Equal(expected, Judge(Move(since, on, MoveStatus.Pending, CadreCategory.SelectedGraduate), "2020-06-30"));

    [Theory]
    [InlineData(OrgUnitKind.Township, OrgUnitKind.Township, null)]                     // between townships: stays grassroots
    [InlineData(OrgUnitKind.Township, OrgUnitKind.Village, null)]
    [InlineData(OrgUnitKind.SubDistrict, OrgUnitKind.DistrictDepartment, Severity.Violation)]
    [InlineData(OrgUnitKind.Township, null, Severity.Violation)]                       // outside the district
    [InlineData(OrgUnitKind.DistrictDepartment, OrgUnitKind.DistrictDepartment, null)] // not from the grassroots
    public void OnlyMovesOutOfTheGrassroots_AreJudged(OrgUnitKind from, OrgUnitKind? to, Severity? expected) =>
        Assert.Equal(expected, Judge(Move("2019-01-01", "2021-03-01", from: from, to: to), "2021-12-31"));

    [Theory]
    [InlineData(CadreCategory.TownshipInstitutionStaff)]
    [InlineData(CadreCategory.VillageCadre)]
    [InlineData(CadreCategory.DistrictOrganStaff)]
    public void CategoriesWithoutAMinimum_AreNotJudged(CadreCategory category) =>
        Assert.Null(Judge(Move("2019-01-01", "2021-03-01", category: category), "2021-12-31"));

    [Fact]
    public void NoServiceStart_OrCancelled_IsNotJudged()
    {
        Assert.Null(Judge(Move("2019-01-01", "2021-03-01") with { GrassrootsSince = null }, "2021-12-31"));
        Assert.Null(Judge(Move("2019-01-01", "2021-03-01", MoveStatus.Cancelled), "2021-12-31"));
    }

    [Theory]
    [InlineData("2021-01-01", "2021-12-31", true)]   // done, first day of the year
    [InlineData("2020-12-31", "2021-12-31", false)]  // done in the year before
    [InlineData("2021-07-01", "2021-06-30", false)]  // done after the as-of day
    public void ADoneMove_CountsInTheYearOfItsDate_UpToTheAsOfDay(string on, string asOf, bool judged) =>
        Assert.Equal(judged, Judge(Move("2019-01-01", on), asOf) is not null);

    [Theory]
    [InlineData("2022-03-01", "2021-06-30", true)]   // planned for next year, evaluated while this one runs
    [InlineData("2022-03-01", "2021-12-31", false)]  // the year is over: judged in its own year
    [InlineData("2020-12-31", "2021-06-30", false)]  // a stale plan from an earlier year
    public void APendingMove_IsJudgedInItsYear_OrAheadWhileTheYearRuns(string on, string asOf, bool judged) =>
        Assert.Equal(judged, Judge(Move("2019-01-01", on, MoveStatus.Pending), asOf) is not null);

    [Fact]
    public void AFinding_CitesClauseThree_TheMove_AndTheDayServiceIsFull()
    {
        var f = Assert.Single(new TransferMinServiceRule().Evaluate([Move("2017-04-10", "2021-03-01")], Profile, new EvaluationContext(2021, D("2021-12-31"))));
        Assert.Equal(("R3.2", 3, "11", "2021"), (f.Rule, f.Clause, f.Topic, f.Period));
        Assert.Equal(D("2022-04-10"), f.Due);
        Assert.Contains("满3年", f.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRefusal_NamesTheRuleAndClause_OnlyBeforeTheMinimum()
    {
        var refusal = GrassrootsMinService.Refusal("张三", CadreCategory.TownshipCivilServant, D("2015-07-01"), D("2020-06-30"), Profile);
        Assert.NotNull(refusal);
        Assert.Contains("R3.2", refusal, StringComparison.Ordinal);
        Assert.Contains("第三条", refusal, StringComparison.Ordinal);
        Assert.Null(GrassrootsMinService.Refusal("张三", CadreCategory.TownshipCivilServant, D("2015-07-01"), D("2020-07-01"), Profile));
        Assert.Null(GrassrootsMinService.Refusal("张三", CadreCategory.TownshipInstitutionStaff, D("2015-07-01"), D("2016-07-01"), Profile));
        Assert.Null(GrassrootsMinService.Refusal("张三", CadreCategory.TownshipCivilServant, null, D("2016-07-01"), Profile));
    }
}
