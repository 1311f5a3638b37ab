using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

public sealed class ProfileSetTests
{
    private static PolicyProfile Version(string name, DateOnly from) => new(name, from, isExample: false, new Dictionary<string, object>(), $"{name}.yaml");

    private static ProfileSet TwoVersions() => ProfileSet.Create(
    [
        Version("v2021", new DateOnly(2021, 7, 1)),
        Version("v2020", new DateOnly(2020, 1, 1)),
    ]).Set!;

    [Theory]
    [InlineData("2019-12-31", null)]
    [InlineData("2020-01-01", "v2020")]
    [InlineData("2020-01-02", "v2020")]
    [InlineData("2021-06-30", "v2020")]
    [InlineData("2021-07-01", "v2021")]
    [InlineData("2021-07-02", "v2021")]
    [InlineData("2099-12-31", "v2021")]
    public void The_profile_in_force_is_the_latest_effective_on_or_before_the_day(string day, string? expected)
    {
        var set = TwoVersions();
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected is not null, set.TryInForceOn(date, out var profile));
        Assert.Equal(expected, profile?.Name);
        if (expected is null)
        {
            var ex = Assert.Throws<InvalidOperationException>(() => set.InForceOn(date));
            Assert.Contains("2020-01-01", ex.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, set.InForceOn(date).Name);
        }
    }

    [Fact]
    public void Versions_are_sorted_by_effective_date() =>
        Assert.Equal(["v2020", "v2021"], TwoVersions().Versions.Select(v => v.Name));

    [Fact]
    public void Two_versions_with_the_same_effective_date_are_a_problem()
    {
        var result = ProfileSet.Create([Version("a", new DateOnly(2020, 1, 1)), Version("b", new DateOnly(2020, 1, 1)), Version("c", new DateOnly(2021, 1, 1))]);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProfileProblemKind.DuplicateEffectiveDate, problem.Kind);
        Assert.Equal(ParameterIds.P0.EffectiveFrom, problem.ParameterId);
        Assert.Contains("2020-01-01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_without_profiles_is_a_problem() =>
        Assert.Equal(ProfileProblemKind.NoProfiles, Assert.Single(ProfileSet.Create([]).Problems).Kind);

    [Fact]
    public void Loaded_versions_of_the_default_are_chosen_by_their_effective_date()
    {
        var text = RepoFiles.DefaultProfileText;
        var v2020 = ProfileLoader.Load(text, "2020.yaml").Profile!;
        var v2022 = ProfileLoader.Load(text.Replace("P0.effective_from: 2020-01-01", "P0.effective_from: 2022-01-01", StringComparison.Ordinal)
            .Replace("P1.women_min: 1", "P1.women_min: 2", StringComparison.Ordinal), "2022.yaml").Profile!;
        var set = ProfileSet.Create([v2022, v2020]).Set!;
        Assert.Equal(1, set.InForceOn(new DateOnly(2021, 12, 31)).Int(ParameterIds.P1.WomenMin));
        Assert.Equal(2, set.InForceOn(new DateOnly(2022, 1, 1)).Int(ParameterIds.P1.WomenMin));
    }
}
