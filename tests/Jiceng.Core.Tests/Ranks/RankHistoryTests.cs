using Jiceng.Core.Cadres;
using Jiceng.Core.Ranks;

namespace Jiceng.Core.Tests.Ranks;

public sealed class RankHistoryTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Ordinals_CountFromTheLowestRank()
    {
        Assert.Equal(1, RankLevels.Ordinal("402"));   // 二级科员
        Assert.Equal(12, RankLevels.Ordinal("101"));  // 一级巡视员
        Assert.True(RankLevels.Ordinal("301") > RankLevels.Ordinal("302"));
        Assert.Equal(0, RankLevels.Ordinal("999"));
        Assert.Equal("一级主任科员", RankLevels.Label("301"));
    }

    [Fact]
    public void APromotion_IsAChangeToAHigherRank()
    {
        RankSpan[] history =
        [
            new(1, "304", D(2015, 1, 1), D(2018, 12, 31)),
            new(2, "303", D(2019, 1, 1), D(2021, 5, 31)),
            new(3, "304", D(2021, 6, 1), D(2022, 5, 31)), // a step down is not a promotion
            new(4, "302", D(2022, 6, 1), null),
        ];
        Assert.Equal([new RankPromotion(D(2019, 1, 1), "304", "303"), new RankPromotion(D(2022, 6, 1), "304", "302")], RankHistory.Promotions(history));
        Assert.False(RankLevels.IsPromotion(null, "101"));
    }

    [Fact]
    public void ANewRank_EndsTheOpenOneTheDayBefore_AndIsNoOverlap()
    {
        RankSpan[] others = [new(1, "304", D(2020, 1, 1), null)];
        Assert.Null(RankHistory.Conflicts(others, D(2024, 3, 1), null, endsOpenRank: true));
        Assert.Equal(1, RankHistory.Superseded(others, D(2024, 3, 1))?.Id);
    }

    [Fact]
    public void ANewRank_StartingOnTheOpenOnesStart_IsASecondActiveRank()
    {
        RankSpan[] others = [new(1, "304", D(2020, 1, 1), null)];
        Assert.Null(RankHistory.Superseded(others, D(2020, 1, 1)));
        Assert.Contains("同一时间只能任一个职级", RankHistory.Conflicts(others, D(2020, 1, 1), null, endsOpenRank: true)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrection_MayNotOverlapAnotherRank_EvenByOneDay()
    {
        RankSpan[] others = [new(1, "304", D(2018, 1, 1), D(2020, 12, 31))];
        Assert.Null(RankHistory.Conflicts(others, D(2021, 1, 1), null, endsOpenRank: false));  // the day after: no overlap
        Assert.NotNull(RankHistory.Conflicts(others, D(2020, 12, 31), null, endsOpenRank: false));
        Assert.NotNull(RankHistory.Conflicts(others, D(2017, 1, 1), D(2018, 1, 1), endsOpenRank: false));
        Assert.Null(RankHistory.Conflicts(others, D(2017, 1, 1), D(2017, 12, 31), endsOpenRank: false));
    }

    [Fact]
    public void EndBeforeStart_FutureDates_UnknownCodes_AndNonCivilServants_AreRefused()
    {
        var errors = RankValidator.Validate(new RankInput { RankCode = "999", Start = D(2024, 1, 1), End = D(2023, 12, 31) }, CadreCategory.TownshipCivilServant, Today);
        Assert.Equal(["rankCode", "end"], errors.Select(e => e.Field));
        Assert.Contains("早于任职时间", errors[1].Message, StringComparison.Ordinal);
        Assert.Empty(RankValidator.Validate(new RankInput { RankCode = "301", Start = D(2024, 1, 1), End = D(2024, 1, 1) }, CadreCategory.SelectedGraduate, Today));
        Assert.Equal(["start"], RankValidator.Validate(new RankInput { RankCode = "301", Start = Today.AddDays(1) }, CadreCategory.TownshipCivilServant, Today).Select(e => e.Field));
        Assert.Equal(["rankCode"], RankValidator.Validate(new RankInput { RankCode = "301", Start = Today }, CadreCategory.VillageCadre, Today).Select(e => e.Field));
    }

    [Fact]
    public void AQuota_NeedsAUnitWithQuotas_ACountFrom0_AndADay()
    {
        var ok = new RankQuotaInput { OrgUnitId = 5, RankCode = "301", Count = 0, From = D(2024, 1, 1) };
        Assert.Empty(RankValidator.ValidateQuota(ok, Jiceng.Core.Org.OrgUnitKind.Township));
        Assert.Equal(["orgUnitId"], RankValidator.ValidateQuota(ok, Jiceng.Core.Org.OrgUnitKind.Village).Select(e => e.Field));
        Assert.Equal(["count"], RankValidator.ValidateQuota(ok with { Count = -1 }, Jiceng.Core.Org.OrgUnitKind.DistrictDepartment).Select(e => e.Field));
        Assert.Equal(["rankCode", "from"], RankValidator.ValidateQuota(ok with { RankCode = null, From = null }, Jiceng.Core.Org.OrgUnitKind.Township).Select(e => e.Field));
    }
}
