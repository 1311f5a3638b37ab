using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

/// <summary>A copy of the default profile with several errors: every one is listed, each at its place, and nothing else.</summary>
public sealed class BrokenDefaultProfileTests
{
    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    /// <summary>1-based line and column of <paramref name="fragment"/> in the first line holding <paramref name="lineMarker"/>.</summary>
    private static (int Line, int Column) At(string text, string lineMarker, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(lineMarker, StringComparison.Ordinal));
        Assert.True(index >= 0, lineMarker);
        return (index + 1, lines[index].IndexOf(fragment, StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Every_error_of_a_broken_copy_is_listed_with_its_position_and_id()
    {
        var text = RepoFiles.DefaultProfileText;
        text = Replace(text, "P0.effective_from: 2020-01-01", "P0.effective_from: 2020-02-30");
        text = Replace(text, "  P1.women_min: 1 ", "  P1.woman_min: 1 ");
        text = Replace(text, "P1.young_age: 35", "P1.young_age: 三十五");
        // These three are written in the long form (value + source): errors in it keep their place too.
        text = Replace(text, "value: {min: 3, max: 5}", "value: {min: 5, max: 3}");
        text = Replace(text, "  P4.wish_response_days: 90", "  P4.wish_response_days: 90\n  P4.wish_response_days: 60");
        text = Replace(text, "value: 0.20", "value: 1.20");
        text = Replace(text, "- {from_years: 10, days: 10}", "- {from_years: 10}");
        text = Replace(text, "value: 1000", "value: -1000");
        text = Replace(text, "  P9.lectures_per_year: 2", "");

        var expected = new List<(ProfileProblemKind, int, int, string?)>
        {
            Expect(ProfileProblemKind.InvalidDate, At(text, "P0.effective_from:", "2020-02-30"), "P0.effective_from"),
            Expect(ProfileProblemKind.UnknownKey, At(text, "P1.woman_min", "P1"), null),
            Expect(ProfileProblemKind.MissingRequired, At(text, "clause_1:", "clause_1"), "P1.women_min"),
            Expect(ProfileProblemKind.WrongType, At(text, "P1.young_age", "三十五"), "P1.young_age"),
            Expect(ProfileProblemKind.MinGreaterThanMax, At(text, "value: {min: 5, max: 3}", "{"), "P2.secondments_per_year"),
            Expect(ProfileProblemKind.DuplicateKey, At(text, "P4.wish_response_days: 60", "P4"), "P4.wish_response_days"),
            Expect(ProfileProblemKind.OutOfRange, At(text, "value: 1.20", "1.20"), "P5.township_excellent_ratio"),
            Expect(ProfileProblemKind.MissingField, At(text, "- {from_years: 10}", "{"), "P8.leave_tiers"),
            Expect(ProfileProblemKind.Negative, At(text, "value: -1000", "-1000"), "P8.pension_subsidy_per_year"),
            Expect(ProfileProblemKind.MissingRequired, At(text, "clause_9:", "clause_9"), "P9.lectures_per_year"),
        };

        var result = ProfileLoader.Load(text, "broken.yaml");

        Assert.False(result.Succeeded);
        Assert.Equal(
            expected.OrderBy(e => e.Item2).ThenBy(e => e.Item3).ThenBy(e => e.Item4, StringComparer.Ordinal),
            result.Problems.Select(p => (p.Kind, p.Line, p.Column, p.ParameterId)).OrderBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.ParameterId, StringComparer.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("是不是“P1.women_min”", StringComparison.Ordinal));
    }

    private static (ProfileProblemKind, int, int, string?) Expect(ProfileProblemKind kind, (int Line, int Column) at, string? id) =>
        (kind, at.Line, at.Column, id);
}
