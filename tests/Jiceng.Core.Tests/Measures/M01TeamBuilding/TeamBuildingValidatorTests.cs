using Jiceng.Core.Measures.M01TeamBuilding;

namespace Jiceng.Core.Tests.Measures.M01TeamBuilding;

public sealed class TeamBuildingValidatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static IReadOnlyList<string> PoolFields(CandidatePoolInput input) =>
        [.. CandidatePoolValidator.Validate(input, Today).Select(e => e.Field)];

    [Fact]
    public void AValidEntry_Passes() =>
        Assert.Empty(PoolFields(new(1, CandidateSource.OutstandingVillageCadre, new DateOnly(2025, 1, 1), null, null, null)));

    [Fact]
    public void AnEmptyEntry_NamesEveryMissingField() =>
        Assert.Equal(["cadreId", "source", "from"], PoolFields(new(null, null, null, null, null, null)));

    [Theory]
    [InlineData("2024-12-31", 1)]  // leaving before entry
    [InlineData("2025-01-01", 0)]  // leaving on the entry day is a one-day stretch
    public void LeavingBeforeEntry_IsRefused(string to, int errors) =>
        Assert.Equal(errors, PoolFields(new(1, CandidateSource.OutstandingVillageCadre, new DateOnly(2025, 1, 1),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), CandidateLeaveReason.Appointed, null)).Count);

    [Fact]
    public void LeavingWithoutReason_AndAReasonWithoutLeaving_AreRefused()
    {
        Assert.Equal(["leaveReason"], PoolFields(new(1, CandidateSource.OutstandingVillageCadre, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), null, null)));
        Assert.Equal(["leaveReason"], PoolFields(new(1, CandidateSource.OutstandingVillageCadre, new DateOnly(2025, 1, 1), null, CandidateLeaveReason.Withdrawn, null)));
    }

    [Fact]
    public void AnEntryAfterToday_AndAnUnknownSource_AreRefused()
    {
        var errors = CandidatePoolValidator.Validate(new(1, (CandidateSource)9, Today.AddDays(1), null, null, null), Today);
        Assert.Equal(["source", "from"], errors.Select(e => e.Field));
        Assert.Contains("入库日期", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommendation_NeedsEveryField_AndNoFutureDate()
    {
        var empty = CommendationValidator.Validate(new(null, null, " ", null, null), Today);
        Assert.Equal(["title", "kind", "awardingBody", "level", "awardedOn"], empty.Select(e => e.Field));
        var future = CommendationValidator.Validate(new("脱贫攻坚先进个人", CommendationKind.PovertyAlleviation, "区委", AwardLevel.District, Today.AddDays(1)), Today);
        Assert.Equal("awardedOn", Assert.Single(future).Field);
        Assert.Empty(CommendationValidator.Validate(new("脱贫攻坚先进个人", CommendationKind.PovertyAlleviation, "区委", AwardLevel.District, Today), Today));
    }
}
