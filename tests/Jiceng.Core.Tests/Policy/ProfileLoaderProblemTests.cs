using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

/// <summary>Each kind of problem, reported at the right line, column and parameter id (small YAML texts).</summary>
public sealed class ProfileLoaderProblemTests
{
    private const string Source = "test.yaml";

    private static IReadOnlyList<ProfileProblem> Problems(string yaml)
    {
        var result = ProfileLoader.Load(yaml, Source);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Problems);
        return result.Problems;
    }

    private static ProfileProblem AssertReported(string yaml, ProfileProblemKind kind, int line, int column, string? id)
    {
        var problems = Problems(yaml);
        var found = problems.FirstOrDefault(p => p.Kind == kind && p.Line == line && p.Column == column && p.ParameterId == id);
        Assert.True(found is not null, $"expected {kind} at {line}:{column} {id}; got:\n{string.Join("\n", problems.Select(p => $"{p.Kind} {p}"))}");
        Assert.Equal(Source, found.Source);
        return found;
    }

    [Theory]
    [InlineData("profile:\n  P0.year: abc\n", ProfileProblemKind.WrongType, 2, 12, "P0.year")]
    [InlineData("clause_1:\n  P1.women_min: 一\n", ProfileProblemKind.WrongType, 2, 17, "P1.women_min")]
    [InlineData("profile:\n  P0.year: \"2020\"\n", ProfileProblemKind.WrongType, 2, 12, "P0.year")]
    [InlineData("clause_1:\n  P1.women_min: 1.5\n", ProfileProblemKind.WrongType, 2, 17, "P1.women_min")]
    [InlineData("clause_1:\n  P1.women_min: [1]\n", ProfileProblemKind.WrongType, 2, 17, "P1.women_min")]
    [InlineData("clause_1:\n  - P1.women_min\n", ProfileProblemKind.WrongType, 2, 3, null)]
    [InlineData("clause_5:\n  P5.excellent_rounding: down\n", ProfileProblemKind.WrongType, 2, 26, "P5.excellent_rounding")]
    [InlineData("clause_8:\n  P8.pension_subsidy_per_year: 1.505\n", ProfileProblemKind.WrongType, 2, 32, "P8.pension_subsidy_per_year")]
    [InlineData("clause_8:\n  P8.leave_tiers: {from_years: 1, days: 5}\n", ProfileProblemKind.WrongType, 2, 19, "P8.leave_tiers")]
    [InlineData("clause_2:\n  P2.secondments_per_year: {min: 5, max: 3}\n", ProfileProblemKind.MinGreaterThanMax, 2, 28, "P2.secondments_per_year")]
    [InlineData("clause_5:\n  P5.township_excellent_ratio: 1.5\n", ProfileProblemKind.OutOfRange, 2, 32, "P5.township_excellent_ratio")]
    [InlineData("clause_1:\n  P1.women_min: 99999999999999999999\n", ProfileProblemKind.OutOfRange, 2, 17, "P1.women_min")]
    [InlineData("profile:\n  P0.year: 1800\n", ProfileProblemKind.OutOfRange, 2, 12, "P0.year")]
    [InlineData("clause_8:\n  P8.days_per_month: 0\n", ProfileProblemKind.OutOfRange, 2, 22, "P8.days_per_month")]
    [InlineData("clause_1:\n  P1.women_min: -1\n", ProfileProblemKind.Negative, 2, 17, "P1.women_min")]
    [InlineData("clause_8:\n  P8.pension_subsidy_per_year: -5\n", ProfileProblemKind.Negative, 2, 32, "P8.pension_subsidy_per_year")]
    [InlineData("clause_5:\n  P5.village_fund_per_village_wan: -0.5\n", ProfileProblemKind.Negative, 2, 36, "P5.village_fund_per_village_wan")]
    [InlineData("profile:\n  P0.effective_from: 2021-02-29\n", ProfileProblemKind.InvalidDate, 2, 22, "P0.effective_from")]
    [InlineData("profile:\n  P0.effective_from: 2020-13-01\n", ProfileProblemKind.InvalidDate, 2, 22, "P0.effective_from")]
    [InlineData("profile:\n  P0.effective_from: 2020/01/01\n", ProfileProblemKind.WrongType, 2, 22, "P0.effective_from")]
    [InlineData("clause_1:\n  P1.women_min: 1\n  P1.women_min: 2\n", ProfileProblemKind.DuplicateKey, 3, 3, "P1.women_min")]
    [InlineData("clause_1:\n  P1.women_min: 1\nclause_1:\n  P1.young_min: 1\n", ProfileProblemKind.DuplicateKey, 3, 1, null)]
    [InlineData("clause_1:\n  P2.term_warn_months: 12\n", ProfileProblemKind.MisplacedKey, 2, 3, "P2.term_warn_months")]
    [InlineData("P1.women_min: 1\n", ProfileProblemKind.MisplacedKey, 1, 1, "P1.women_min")]
    [InlineData("clause_11:\n  x: 1\n", ProfileProblemKind.UnknownKey, 1, 1, null)]
    [InlineData("profile:\n  nmae: x\n", ProfileProblemKind.UnknownKey, 2, 3, null)]
    [InlineData("clause_2:\n  P2.secondments_per_year: {min: 1, maks: 3}\n", ProfileProblemKind.UnknownKey, 2, 37, "P2.secondments_per_year")]
    [InlineData("clause_2:\n  P2.secondments_per_year: {min: 1}\n", ProfileProblemKind.MissingField, 2, 28, "P2.secondments_per_year")]
    [InlineData("clause_7:\n  P7.influence_months: {警告: 6}\n", ProfileProblemKind.MissingField, 2, 24, "P7.influence_months")]
    [InlineData("clause_8:\n  P8.leave_tiers:\n    - {from_years: 1}\n", ProfileProblemKind.MissingField, 3, 7, "P8.leave_tiers")]
    [InlineData("clause_8:\n  P8.subsidies:\n    - name: a\n      applies_to: [乡镇公务员]\n      old: 1\n      new: 2\n", ProfileProblemKind.MissingField, 3, 7, "P8.subsidies")]
    [InlineData("clause_8:\n  P8.subsidies:\n    - {name: a, applies_to: [乡镇干部], old: 1, new: 2, effective: 2020-01-01}\n", ProfileProblemKind.UnknownKey, 3, 30, "P8.subsidies")]
    [InlineData("clause_8:\n  P8.leave_tiers:\n    - {from_years: 10, days: 10}\n    - {from_years: 1, days: 5}\n", ProfileProblemKind.OutOfOrder, 4, 7, "P8.leave_tiers")]
    [InlineData("clause_1:\n  P1.women_min: ~\n", ProfileProblemKind.MissingRequired, 2, 17, "P1.women_min")]
    [InlineData("profile:\n  name: x\n", ProfileProblemKind.MissingRequired, 1, 1, "P0.year")]
    [InlineData("profile:\n  name: x\n", ProfileProblemKind.MissingRequired, 1, 1, "P1.women_min")]
    [InlineData("clause_1:\n  P1.women_min: &a 1\n  P1.young_min: *a\n", ProfileProblemKind.Unsupported, 3, 17, null)]
    [InlineData("clause_1:\n  P1.women_min: !!int 1\n", ProfileProblemKind.Unsupported, 2, 17, null)]
    [InlineData("clause_1:\n  P1.women_min: 1\n---\nclause_2: {}\n", ProfileProblemKind.Unsupported, 3, 1, null)]
    [InlineData("clause_2:\n  P2.secondments_per_year: [1, 2\n", ProfileProblemKind.Syntax, 3, 1, null)]
    [InlineData("profile:\n\tname: x\n", ProfileProblemKind.Syntax, 2, 1, null)]
    [InlineData("profile:\n  name: x\n  \tP0.year: 2020\n", ProfileProblemKind.Syntax, 3, 3, null)]
    [InlineData("profile:\n  name: \"x\n", ProfileProblemKind.Syntax, 2, 9, null)]
    [InlineData("", ProfileProblemKind.Empty, 1, 1, null)]
    [InlineData("# 只有注释\n\n", ProfileProblemKind.Empty, 1, 1, null)]
    [InlineData("- a\n- b\n", ProfileProblemKind.WrongType, 1, 1, null)]
    [InlineData("just text", ProfileProblemKind.WrongType, 1, 1, null)]
    public void Each_problem_is_reported_at_its_position(string yaml, ProfileProblemKind kind, int line, int column, string? id)
    {
        var problem = AssertReported(yaml, kind, line, column, id);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Theory]
    [InlineData("clause_1:\n  P1.woman_min: 1\n", "P1.women_min")]
    [InlineData("clause_1:\n  p1.women_min: 1\n", "P1.women_min")]
    [InlineData("clause_10:\n  P10.bonus_point: 3\n", "P10.bonus_points")]
    [InlineData("claus_1:\n  P1.women_min: 1\n", "clause_1")]
    [InlineData("profile:\n  exampel: true\n", "example")]
    [InlineData("clause_8:\n  P8.subsidies:\n    - {name: a, applies_to: [鄉鎮公務員], old: 1, new: 2, effective: 2020-01-01}\n", "乡镇公务员")]
    [InlineData("clause_7:\n  P7.influence_months: {警告: 6, 記過: 12, 记大过: 18, 降级: 24, 撤职: 24}\n", "记过")]
    public void A_typo_is_reported_with_the_nearest_known_key(string yaml, string suggestion)
    {
        var problem = Problems(yaml).First(p => p.Kind == ProfileProblemKind.UnknownKey);
        Assert.Contains($"是不是“{suggestion}”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_line_format_is_file_line_column_id_message()
    {
        var problem = AssertReported("clause_1:\n  P1.women_min: -1\n", ProfileProblemKind.Negative, 2, 17, "P1.women_min");
        Assert.StartsWith("test.yaml:2:17  P1.women_min  ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_come_sorted_by_position()
    {
        var problems = Problems("clause_1:\n  P1.women_min: -1\n  P1.young_min: x\nclause_2:\n  P2.term_warn_months: -3\n");
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column).Select(p => (p.Line, p.Column)), problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void A_required_parameter_of_a_missing_section_is_reported_once_per_parameter()
    {
        var problems = Problems("profile:\n  name: x\n");
        var required = ParameterCatalog.All.Where(d => d.Required).Select(d => d.Id);
        Assert.Equal(required.Order(StringComparer.Ordinal),
            problems.Where(p => p.Kind == ProfileProblemKind.MissingRequired).Select(p => p.ParameterId!).Order(StringComparer.Ordinal));
    }
}
