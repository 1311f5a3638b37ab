using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

public sealed class ProfileWriterTests
{
    private static readonly Lazy<PolicyProfile> Example = new(() => Reload(RepoFiles.DefaultProfileText));

    private static Dictionary<string, object?> ValuesOf(PolicyProfile profile) =>
        profile.Entries.ToDictionary(e => e.Definition.Id, e => e.Value, StringComparer.Ordinal);

    private static PolicyProfile Reload(string yaml)
    {
        var result = ProfileLoader.Load(yaml, "test");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Profile;
    }

    [Fact]
    public void The_example_profile_written_out_reads_back_to_the_same_values()
    {
        var example = Example.Value;

        var again = Reload(ProfileWriter.Write(example.Name, example.IsExample, ValuesOf(example)));

        Assert.Equal(example.Name, again.Name);
        Assert.Equal(example.IsExample, again.IsExample);
        foreach (var (definition, value) in example.Entries)
        {
            Assert.Equal(ParameterValueFormatter.Format(definition, value), ParameterValueFormatter.Format(definition, again.Values.GetValueOrDefault(definition.Id)));
        }
    }

    [Fact]
    public void Every_parameter_line_says_in_Chinese_what_the_parameter_is()
    {
        var example = Example.Value;
        var lines = ProfileWriter.Write(example.Name, true, ValuesOf(example)).Split('\n');

        foreach (var d in ParameterCatalog.All)
        {
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(d.Id + ":", StringComparison.Ordinal));
            Assert.Contains("# " + d.Label, line, StringComparison.Ordinal);
        }

        Assert.Contains(lines, l => l.Contains("示例值", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("平鲁区 \"2026\" 版")]
    [InlineData("一行\n# 注释: 不是参数\nclause_1: {}")]
    [InlineData("反斜杠 \\ 与制表\t符")]
    public void Typed_text_stays_one_value_whatever_it_contains(string name)
    {
        var example = Example.Value;

        var again = Reload(ProfileWriter.Write(name, false, ValuesOf(example)));

        Assert.Equal(name, again.Name);
    }

    [Fact]
    public void An_unset_optional_parameter_stays_unset_and_a_missing_required_one_is_reported_by_id()
    {
        var values = ValuesOf(Example.Value);
        values[ParameterIds.P6.DocumentReduction] = null;
        Assert.False(Reload(ProfileWriter.Write("草案", false, values)).IsSet(ParameterIds.P6.DocumentReduction));

        values[ParameterIds.P1.WomenMin] = null;
        var result = ProfileLoader.Load(ProfileWriter.Write("草案", false, values), "test");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ParameterId == ParameterIds.P1.WomenMin);
    }
}
