using Jiceng.Core.Measures.M02Capability;

namespace Jiceng.Core.Tests.Measures.M02Capability;

public sealed class ValidatorTests
{
    private static TrainingInput Training(string start = "2021-03-01", string? end = "2021-03-10", int? days = 10) => new(
        7, TrainingKind.PartySchoolStudy, "乡镇党委书记进修班", "中共山西省委党校", AdministrativeLevel.Provincial,
        DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), days, null);

    private static string[] Fields(IEnumerable<Jiceng.Core.Common.FieldError> errors) => errors.Select(e => e.Field).ToArray();

    [Fact]
    public void AValidTraining_HasNoErrors() => Assert.Empty(TrainingValidator.Validate(Training()));

    [Theory]
    [InlineData("2021-03-01", "2021-03-01", 1, true)]     // one day
    [InlineData("2021-03-01", "2021-03-10", 10, true)]    // the whole span
    [InlineData("2021-03-01", "2021-03-10", 11, false)]   // more days than the span
    [InlineData("2021-03-01", "2021-03-10", 0, false)]
    [InlineData("2021-03-01", "2021-03-10", -2, false)]
    [InlineData("2020-02-28", "2020-03-01", 3, true)]     // across 29 February
    [InlineData("2021-02-28", "2021-03-01", 3, false)]    // no 29 February in 2021
    [InlineData("2021-12-28", "2022-01-03", 7, true)]     // across New Year
    public void Days_AreAtLeastOne_AndAtMostTheCalendarSpan(string start, string end, int days, bool ok)
    {
        var errors = TrainingValidator.Validate(Training(start, end, days));
        Assert.Equal(ok, errors.Count == 0);
        if (!ok)
        {
            Assert.Equal(["days"], Fields(errors));
            Assert.StartsWith("培训天数：", errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EndBeforeStart_IsRefusedNamingTheField()
    {
        var errors = TrainingValidator.Validate(Training("2021-03-10", "2021-03-09", 1));
        var e = Assert.Single(errors);
        Assert.Equal("end", e.Field);
        Assert.Equal("结束日期：2021-03-09早于开始日期2021-03-10", e.Message);
    }

    [Fact]
    public void EveryMissingField_IsListedAtOnce()
    {
        var errors = TrainingValidator.Validate(new TrainingInput(null, null, " ", null, null, null, null, null, null));
        Assert.Equal(["kind", "providerLevel", "title", "provider", "start", "end", "days"], Fields(errors));
        Assert.All(errors, e => Assert.EndsWith("必填", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUndefinedKindOrLevel_IsRefused()
    {
        var errors = TrainingValidator.Validate(Training() with { Kind = (TrainingKind)42, ProviderLevel = (AdministrativeLevel)0 });
        Assert.Equal(["kind", "providerLevel"], Fields(errors));
    }

    [Fact]
    public void ACertificateNumber_IsOptional_ButNotTooLong()
    {
        Assert.Empty(TrainingValidator.Validate(Training() with { CertificateNumber = "晋党校结字2021第018号" }));
        Assert.Equal(["certificateNumber"], Fields(TrainingValidator.Validate(Training() with { CertificateNumber = new string('1', 51) })));
    }

    private static SecondmentInput Secondment(SecondmentDestination destination = SecondmentDestination.DistrictOrHigherOrgan,
        AdministrativeLevel level = AdministrativeLevel.City, string? end = "2021-12-31") =>
        new(7, "朔州市发展和改革委员会", destination, level, "副主任", new DateOnly(2021, 7, 1),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void ASecondment_MayBeOpen_ButNotEndBeforeItStarts()
    {
        Assert.Empty(SecondmentValidator.Validate(Secondment()));
        Assert.Empty(SecondmentValidator.Validate(Secondment(end: null)));
        Assert.Empty(SecondmentValidator.Validate(Secondment(end: "2021-07-01")));
        var e = Assert.Single(SecondmentValidator.Validate(Secondment(end: "2021-06-30")));
        Assert.Equal(("end", "挂职结束日期：2021-06-30早于挂职开始日期2021-07-01"), (e.Field, e.Message));
    }

    [Fact]
    public void AnOrganAtDistrictLevelOrAbove_CannotBeATownship()
    {
        Assert.Equal(["level"], Fields(SecondmentValidator.Validate(Secondment(level: AdministrativeLevel.Township))));
        Assert.Empty(SecondmentValidator.Validate(Secondment(SecondmentDestination.Other, AdministrativeLevel.Township)));
        Assert.Equal(["place", "destination", "level", "start"],
            Fields(SecondmentValidator.Validate(new SecondmentInput(7, "", null, null, null, null, null))));
    }

    [Fact]
    public void ProviderLevels_AndDestinations_CountForTheirRules()
    {
        Assert.Equal([AdministrativeLevel.Central, AdministrativeLevel.Provincial], Enum.GetValues<AdministrativeLevel>().Where(l => l.IsProvincialOrHigher()));
        Assert.Equal([SecondmentDestination.DistrictOrHigherOrgan, SecondmentDestination.DevelopedArea],
            Enum.GetValues<SecondmentDestination>().Where(d => d.CountsForR22()));
    }
}
