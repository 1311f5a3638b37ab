using CsCheck;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

/// <summary>The loader never throws: random mutations of the default profile and random text only ever yield problems.</summary>
public sealed class ProfileLoaderFuzzTests
{
    private const string Source = "fuzz.yaml";
    private static readonly Lazy<string> Default = new(() => RepoFiles.DefaultProfileText);

    /// <summary>Any character, control characters, and the characters YAML gives meaning to.</summary>
    private static readonly Gen<char> Nasty = Gen.OneOf(Gen.Char, Gen.Char['\0', '\u001f'], Gen.Char[" :-[]{}&*!|>'\"#%@`,?~\t\n\r\uFEFF"]);

    private static readonly Gen<string> NastyText = Nasty.Array[1, 12].Select(a => new string(a));

    /// <summary>0 delete a line, 1 duplicate a line, 2 swap two lines, 3 replace a character, 4 insert text.</summary>
    private sealed record Mutation(int Kind, int A, int B, string Text);

    private static readonly Gen<Mutation> AnyMutation =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], NastyText, (k, a, b, t) => new Mutation(k, a, b, t));

    private static readonly string[] Tokens =
    [
        "profile:", "clause_1:", "clause_8:", "P1.women_min", "P8.subsidies", "P7.influence_months", "name", "example",
        ": ", "  ", "    ", "- ", "\n", "{", "}", "[", "]", ", ", "&a ", "*a", "~", "1", "-1", "1.5", "1e9", "\"x\"", "'y'",
        "2020-02-30", "2020-01-01", "\t", " #c", "? ", "|\n", ">\n", "!!str ", "---\n", "...\n", "警告", "乡镇公务员", "min", "max",
    ];

    private static void AssertWellBehaved(string text)
    {
        var result = ProfileLoader.Load(text, Source);
        Assert.Equal(result.Succeeded, result.Problems.Count == 0);
        Assert.InRange(result.Problems.Count, 0, 201);
        foreach (var p in result.Problems)
        {
            Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString());
            Assert.Equal(Source, p.Source);
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
        }
    }

    private static string Apply(string text, IEnumerable<Mutation> mutations)
    {
        var lines = text.Split('\n').ToList();
        foreach (var m in mutations)
        {
            var i = m.A % lines.Count;
            var j = m.B % lines.Count;
            switch (m.Kind)
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[i]);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3 when lines[i].Length > 0:
                    lines[i] = string.Concat(lines[i].AsSpan(0, m.B % lines[i].Length), m.Text.AsSpan(0, 1), lines[i].AsSpan(m.B % lines[i].Length + 1));
                    break;
                default:
                    lines[i] = lines[i].Insert(m.B % (lines[i].Length + 1), m.Text);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public void Random_mutations_of_the_default_profile_never_throw() =>
        AnyMutation.Array[1, 6].Sample(ms => AssertWellBehaved(Apply(Default.Value, ms)), iter: 4000);

    [Fact]
    public void Random_text_never_throws() =>
        Nasty.Array[0, 400].Select(a => new string(a)).Sample(AssertWellBehaved, iter: 4000);

    [Fact]
    public void Random_yaml_token_soup_never_throws() =>
        Gen.Int[0, Tokens.Length - 1].Array[0, 80].Select(ix => string.Concat(ix.Select(i => Tokens[i]))).Sample(AssertWellBehaved, iter: 4000);

    [Fact]
    public void A_mutated_default_that_still_loads_has_every_required_parameter() =>
        AnyMutation.Array[1, 3].Sample(ms =>
        {
            var result = ProfileLoader.Load(Apply(Default.Value, ms), Source);
            if (result.Succeeded)
            {
                Assert.All(ParameterCatalog.All.Where(d => d.Required), d => Assert.True(result.Profile.IsSet(d.Id), d.Id));
            }
        }, iter: 2000);
}
