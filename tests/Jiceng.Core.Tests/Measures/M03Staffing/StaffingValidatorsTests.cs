using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Org;

namespace Jiceng.Core.Tests.Measures.M03Staffing;

public sealed class StaffingValidatorsTests
{
    private static readonly DateOnly Today = new(2021, 6, 30);

    private static EstablishmentQuotaInput Quota(int? approved = 10, DateOnly? from = null, DateOnly? to = null, EstablishmentKind? kind = EstablishmentKind.Administrative) =>
        new(5, kind, approved, from ?? new DateOnly(2021, 1, 1), to, null);

    [Theory]
    [InlineData(0, true)]
    [InlineData(9999, true)]
    [InlineData(-1, false)]
    [InlineData(10000, false)]
    public void Quota_ApprovedCount_IsWithinRange(int approved, bool ok) =>
        Assert.Equal(ok, StaffingValidators.Quota(Quota(approved), OrgUnitKind.Township).Count == 0);

    [Fact]
    public void Quota_RefusesEveryProblemAtOnce_NamingTheFields()
    {
        var errors = StaffingValidators.Quota(new EstablishmentQuotaInput(5, (EstablishmentKind)9, -3, new DateOnly(2021, 5, 1), new DateOnly(2021, 4, 30), null), OrgUnitKind.Village);
        Assert.Equal(["orgUnitId", "kind", "approved", "to"], errors.Select(e => e.Field));
        Assert.Contains("核定编制数", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quota_EndingOnItsFirstDay_IsAccepted() =>
        Assert.Empty(StaffingValidators.Quota(Quota(from: new DateOnly(2021, 5, 1), to: new DateOnly(2021, 5, 1)), OrgUnitKind.DistrictDepartment));

    private static readonly OrgUnit Remote = new() { Id = 5, Kind = OrgUnitKind.Township, IsRemoteHardship = true };
    private static readonly OrgUnit Plain = new() { Id = 6, Kind = OrgUnitKind.Township };

    private static RecruitmentPositionInput Position(int? ratio = 3, int? hires = 1, bool relaxedEducation = false, bool relaxedAge = false) =>
        new(5, 2021, "综合管理", hires, ratio, AnyMajor: true, relaxedEducation, relaxedAge);

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(0, 1, false)]   // no exam ratio of 0:1
    [InlineData(-2, 1, false)]
    [InlineData(3, 0, false)]   // no position without a hire
    [InlineData(3, -1, false)]
    public void Position_RatioAndHires_ArePositive(int ratio, int hires, bool ok) =>
        Assert.Equal(ok, StaffingValidators.Position(Position(ratio, hires), Plain).Count == 0);

    [Fact]
    public void Position_RelaxedEducationAndAge_OnlyInARemoteTownship()
    {
        Assert.Empty(StaffingValidators.Position(Position(relaxedEducation: true, relaxedAge: true), Remote));
        var errors = StaffingValidators.Position(Position(relaxedEducation: true, relaxedAge: true), Plain);
        Assert.Equal(["relaxedEducation", "relaxedAge"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains("艰苦边远", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Position_AboveTheRemoteRatio_IsSavedNotRefused() =>
        Assert.Empty(StaffingValidators.Position(Position(ratio: 5), Remote));

    [Fact]
    public void Agency_NeedsATownshipAndADepartment()
    {
        var errors = StaffingValidators.Agency(new DispatchedAgencyInput(" ", 5, 6, new DateOnly(2020, 1, 1), null), OrgUnitKind.DistrictDepartment, OrgUnitKind.Township);
        Assert.Equal(["name", "townshipId", "departmentId"], errors.Select(e => e.Field));
    }

    private static AgencyHeadEventInput Event(DateOnly? date, DateOnly? opinionOn = null, TownshipOpinion? opinion = null, string? text = null) =>
        new(1, AgencyHeadEventKind.Assessment, date, opinionOn, opinion, text);

    [Fact]
    public void HeadEvent_DatedTodayOrEarlier_AndNotBeforeTheAgency()
    {
        var founded = new DateOnly(2020, 1, 1);
        Assert.Empty(StaffingValidators.HeadEvent(Event(Today), founded, Today));
        Assert.Empty(StaffingValidators.HeadEvent(Event(founded), founded, Today));
        Assert.Equal("date", Assert.Single(StaffingValidators.HeadEvent(Event(Today.AddDays(1)), founded, Today)).Field);
        Assert.Equal("date", Assert.Single(StaffingValidators.HeadEvent(Event(founded.AddDays(-1)), founded, Today)).Field);
    }

    [Fact]
    public void HeadEvent_AnOpinionNeedsItsDayAndItsVerdict()
    {
        var founded = new DateOnly(2020, 1, 1);
        Assert.Empty(StaffingValidators.HeadEvent(Event(Today, Today, TownshipOpinion.Agree, "同意"), founded, Today));
        Assert.Equal("opinion", Assert.Single(StaffingValidators.HeadEvent(Event(Today, Today), founded, Today)).Field);
        Assert.Equal("opinionOn", Assert.Single(StaffingValidators.HeadEvent(Event(Today, null, TownshipOpinion.Agree), founded, Today)).Field);
    }
}
