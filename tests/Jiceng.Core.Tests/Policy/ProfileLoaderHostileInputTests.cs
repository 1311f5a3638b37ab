using System.Text;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

/// <summary>Hostile files: each is refused with a positioned problem and nothing is thrown. (Speed is not timed here:
/// the alias bomb is refused at its first alias, which its problem's line proves without a stopwatch.)</summary>
public sealed class ProfileLoaderHostileInputTests
{
    private static IReadOnlyList<ProfileProblem> Refused(string text)
    {
        var result = ProfileLoader.Load(text, "hostile.yaml");
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1));
        return result.Problems;
    }

    private static string BillionLaughs()
    {
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        return text.Append("profile: *a9\n").ToString();
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_expanding_it()
    {
        var problems = Refused(BillionLaughs());
        Assert.Contains(problems, p => p.Kind == ProfileProblemKind.Unsupported && p.Line == 2);
    }

    public static TheoryData<string, string, ProfileProblemKind> Hostile => new()
    {
        { "deep flow sequences", new string('[', 100_000), ProfileProblemKind.TooLarge },
        { "deep flow maps", string.Concat(Enumerable.Repeat("{a: ", 20_000)), ProfileProblemKind.TooLarge },
        { "deep block lists", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- \n")) + new string(' ', 400) + "x", ProfileProblemKind.TooLarge },
        { "text above the size limit", new string('a', ProfileLoader.MaxLength + 1), ProfileProblemKind.TooLarge },
        { "a number with ten thousand digits", "clause_1:\n  P1.women_min: " + new string('9', 10_000) + "\n", ProfileProblemKind.OutOfRange },
        { "a decimal with ten thousand digits", "clause_5:\n  P5.township_excellent_ratio: " + new string('1', 10_000) + ".5\n", ProfileProblemKind.OutOfRange },
        { "ten thousand aliases", "a: &x 1\nb: [" + string.Join(", ", Enumerable.Repeat("*x", 10_000)) + "]\n", ProfileProblemKind.TooLarge },
        { "a key of 100,000 characters", new string('k', 100_000) + ": 1\n", ProfileProblemKind.Syntax },
        { "a NUL character", "profile:\n  name: a\0b\n", ProfileProblemKind.Syntax },
        { "a lone surrogate", "profile:\n  name: \uD800\n", ProfileProblemKind.MissingRequired },
        { "a tag that is not a URI", "a: !![\t-{\n", ProfileProblemKind.Syntax },
        { "a list where the root map is expected", "- profile\n- clause_1\n", ProfileProblemKind.WrongType },
        { "a complex key", "? [a, b]\n: 1\n", ProfileProblemKind.Unsupported },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_input_is_refused_with_a_problem(string what, string text, ProfileProblemKind kind)
    {
        var problems = Refused(text);
        Assert.True(problems.Any(p => p.Kind == kind), $"{what}: {string.Join("\n", problems.Take(5))}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Binary_garbage_is_refused(int seed)
    {
        var bytes = new byte[20_000];
        new Random(seed).NextBytes(bytes);
        Refused(Encoding.UTF8.GetString(bytes));
        Refused(Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void A_byte_order_mark_is_harmless()
    {
        var result = ProfileLoader.Load("\uFEFF" + RepoFiles.DefaultProfileText, "bom.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }
}
