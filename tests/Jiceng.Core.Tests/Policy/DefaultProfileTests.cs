using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

/// <summary>The shipped example profile (policy/default-2020.yaml) against the catalogue.</summary>
public sealed class DefaultProfileTests
{
    private static readonly Lazy<ProfileLoadResult> Loaded = new(() => ProfileLoader.Load(RepoFiles.DefaultProfileText, RepoFiles.DefaultProfile));

    private static PolicyProfile Profile
    {
        get
        {
            var result = Loaded.Value;
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Profile;
        }
    }

    [Fact]
    public void The_default_profile_loads_without_problems_and_says_it_holds_examples()
    {
        Assert.Empty(Loaded.Value.Problems);
        Assert.True(Profile.IsExample);
        Assert.Equal(new DateOnly(2020, 1, 1), Profile.EffectiveFrom);
        Assert.Equal(RepoFiles.DefaultProfile, Profile.Source);
        Assert.Contains("示例", RepoFiles.DefaultProfileText[..600], StringComparison.Ordinal);
        Assert.Contains("EXAMPLE", RepoFiles.DefaultProfileText[..600], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_required_parameter_has_a_value_of_its_clr_type()
    {
        foreach (var d in ParameterCatalog.All)
        {
            if (d.Required)
            {
                Assert.True(Profile.IsSet(d.Id), $"{d.Id} is not set");
            }

            if (Profile.IsSet(d.Id))
            {
                Assert.IsType(d.Type.ClrType(), Profile.Values[d.Id], exactMatch: true);
            }
        }
    }

    [Fact]
    public void The_default_carries_exactly_the_catalogue_examples()
    {
        foreach (var d in ParameterCatalog.All)
        {
            var loaded = Profile.Values.GetValueOrDefault(d.Id);
            Assert.Equal(ParameterValueFormatter.Format(d, d.Example), ParameterValueFormatter.Format(d, loaded));
        }
    }

    [Fact]
    public void Typed_accessors_read_the_examples()
    {
        Assert.Equal(1, Profile.Int(ParameterIds.P1.WomenMin));
        Assert.Null(Profile.OptionalDecimal(ParameterIds.P1.BachelorShareMin));
        Assert.Equal(0.20m, Profile.Decimal(ParameterIds.P5.TownshipExcellentRatio));
        Assert.Equal(RoundingMode.Floor, Profile.Rounding(ParameterIds.P5.ExcellentRounding));
        Assert.Equal(new IntRange(2, 3), Profile.Range(ParameterIds.P2.PartySchoolHeadsPerYear));
        Assert.Equal("区人民医院", Profile.Text(ParameterIds.P9.VillageCheckupHospital));
        Assert.Equal(18, Profile.Get<InfluencePeriods>(ParameterIds.P7.InfluenceMonths).MonthsFor(SanctionKind.MajorDemerit));
        Assert.Equal(10, Profile.Get<LeaveTiers>(ParameterIds.P8.LeaveTiers).DaysFor(19));
        Assert.Equal(300m, Profile.Get<SubsidyStandards>(ParameterIds.P8.Subsidies).Find("乡镇工作补贴")!.MonthlyAmountOn(new DateOnly(2020, 1, 1)));
        Assert.Equal(21.75m, Profile.Decimal(ParameterIds.P8.DaysPerMonth));
        Assert.Equal(50_000m, Profile.Yuan(ParameterIds.P8.RewardCapWan));
        Assert.Equal(1000m, Profile.Yuan(ParameterIds.P8.PensionSubsidyPerYear));
    }
}
