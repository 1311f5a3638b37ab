using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

/// <summary>The long form of a parameter: its source and its dated values (policy/README.md, “长写法”).</summary>
public sealed class ProfileProvenanceTests
{
    private const string TenureLine = "  P4.tenure_warn_months: 6                           # 期满前提醒（月）";
    private const string CheckupLine = "  P9.checkup_cost_standard: 500                      # 体检经费标准（元/人·次）—— 示例，原文未给数";

    /// <summary>The shipped profile with one parameter's line replaced by <paramref name="block"/> (lines of YAML).</summary>
    private static string With(string line, params string[] block)
    {
        var text = RepoFiles.DefaultProfileText;
        Assert.Contains(line, text, StringComparison.Ordinal);
        return text.Replace(line, string.Join("\n", block), StringComparison.Ordinal);
    }

    private static PolicyProfile Load(string text)
    {
        var result = ProfileLoader.Load(text, "test.yaml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Profile;
    }

    /// <summary>The only problem of <paramref name="text"/>, with its kind, id and 1-based position of <paramref name="fragment"/> on the line holding <paramref name="marker"/>.</summary>
    private static ProfileProblem OnlyProblem(string text, ProfileProblemKind kind, string marker, string fragment, string id = ParameterIds.P9.CheckupCostStandard)
    {
        var result = ProfileLoader.Load(text, "test.yaml");
        var problem = Assert.Single(result.Problems);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(line >= 0, marker);
        Assert.Equal((kind, id, line + 1, lines[line].IndexOf(fragment, StringComparison.Ordinal) + 1), (problem.Kind, problem.ParameterId, problem.Line, problem.Column));
        return problem;
    }

    private static readonly string[] DatedCheckup =
    [
        "  P9.checkup_cost_standard:",
        "    values:",
        "      - {from: 2020-01-01, value: 500}",
        "      - {from: 2024-02-29, value: 600}",
        "      - {from: 2025-07-01, value: 800}",
        "    source: {document: 示例文号, quote: \"合理确定体检基本项目和经费列支标准\"}",
    ];

    [Fact]
    public void A_value_with_its_source_is_read_and_the_clause_comes_from_the_catalogue()
    {
        var profile = Load(With(TenureLine,
            "  P4.tenure_warn_months:",
            "    value: 9",
            "    source: {document: 平组发〔2020〕12号, quote: \"同一岗位任职满x年的及时调整\"}"));

        Assert.Equal(9, profile.Int(ParameterIds.P4.TenureWarnMonths));
        Assert.Equal(new ParameterSource("平组发〔2020〕12号", "同一岗位任职满x年的及时调整"), profile.SourceOf(ParameterIds.P4.TenureWarnMonths));
        Assert.Empty(profile.DatedValuesOf(ParameterIds.P4.TenureWarnMonths));
        Assert.Null(profile.SourceOf(ParameterIds.P4.WishResponseDays));
    }

    [Fact]
    public void The_shipped_profile_quotes_its_sources_and_keeps_a_range_in_the_long_form()
    {
        var profile = Load(RepoFiles.DefaultProfileText);

        Assert.Contains("x", profile.SourceOf(ParameterIds.P4.MaxYearsSamePost)!.Quote, StringComparison.Ordinal);
        Assert.StartsWith("示例", profile.SourceOf(ParameterIds.P4.MaxYearsSamePost)!.Document, StringComparison.Ordinal);
        Assert.Equal(new IntRange(3, 5), profile.Range(ParameterIds.P2.SecondmentsPerYear));
        Assert.Equal(2, profile.Get<SubsidyStandards>(ParameterIds.P8.Subsidies).Items.Count);
    }

    [Fact]
    public void A_range_or_a_table_written_as_a_map_is_not_taken_for_the_long_form()
    {
        var text = RepoFiles.DefaultProfileText.Replace("  P1.bachelor_share_min: ~", "  P1.bachelor_share_min: {value: 0.6}", StringComparison.Ordinal);

        Assert.Equal(0.6m, Load(text).Decimal(ParameterIds.P1.BachelorShareMin));
        Assert.Equal(new IntRange(2, 3), Load(text).Range(ParameterIds.P10.PartyDevWindowYears));
        Assert.Equal(24, Load(text).Get<InfluencePeriods>(ParameterIds.P7.InfluenceMonths).MonthsFor(SanctionKind.Dismissal));
    }

    [Fact]
    public void Dated_values_apply_from_their_day_through_the_day_before_the_next()
    {
        var profile = Load(With(CheckupLine, DatedCheckup));
        const string id = ParameterIds.P9.CheckupCostStandard;

        Assert.Equal(new DateOnly(2020, 1, 1), profile.ResolvedOn);
        Assert.Equal(500m, profile.Decimal(id));
        Assert.Equal(500m, profile.At(new DateOnly(2024, 2, 28)).Decimal(id));
        Assert.Equal(600m, profile.At(new DateOnly(2024, 2, 29)).Decimal(id));
        Assert.Equal(600m, profile.At(new DateOnly(2025, 6, 30)).Decimal(id));
        Assert.Equal(800m, profile.At(new DateOnly(2025, 7, 1)).Decimal(id));
        Assert.Equal(800m, profile.ValueOn(id, new DateOnly(2030, 1, 1)));
        Assert.Equal(600m, profile.GetOn<decimal>(id, new DateOnly(2024, 3, 1)));
        Assert.Equal(3, profile.At(new DateOnly(2025, 7, 1)).DatedValuesOf(id).Count);
        Assert.Equal(5, profile.At(new DateOnly(2025, 7, 1)).Int(ParameterIds.P4.MaxYearsSamePost));
        Assert.Equal("500 元/人·次（2020-01-01 起）；600 元/人·次（2024-02-29 起）；800 元/人·次（2025-07-01 起）",
            ParameterValueFormatter.Format(ParameterCatalog.Get(id), profile));
    }

    [Fact]
    public void A_dated_table_is_read_item_by_item()
    {
        var text = RepoFiles.DefaultProfileText.Replace(
            "  P8.leave_tiers:                                    # 带薪年休假：工作满 from_years 年起每年 days 天（法定）\n    - {from_years: 1, days: 5}\n    - {from_years: 10, days: 10}\n    - {from_years: 20, days: 15}",
            "  P8.leave_tiers:\n    values:\n      - from: 2020-01-01\n        value:\n          - {from_years: 1, days: 5}\n      - from: 2021-01-01\n        value: [{from_years: 1, days: 7}]",
            StringComparison.Ordinal);

        var profile = Load(text);

        Assert.Equal(5, profile.Get<LeaveTiers>(ParameterIds.P8.LeaveTiers).Tiers[0].Days);
        Assert.Equal(7, profile.At(new DateOnly(2021, 1, 1)).Get<LeaveTiers>(ParameterIds.P8.LeaveTiers).Tiers[0].Days);
    }

    [Fact]
    public void Value_and_values_together_are_refused_at_values()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    value: 500", "    values: [{from: 2020-01-01, value: 500}]");

        OnlyProblem(text, ProfileProblemKind.ValueAndValues, "    values: [{from: 2020-01-01, value: 500}]", "values");
    }

    [Fact]
    public void A_long_form_without_a_value_is_refused_at_the_map()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    source: {document: 示例文号}");

        OnlyProblem(text, ProfileProblemKind.MissingField, "source: {document: 示例文号}", "source");
    }

    [Fact]
    public void A_misspelt_key_of_the_long_form_gets_a_suggestion()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    value: 500", "    sourse: {document: 示例文号}");

        var problem = OnlyProblem(text, ProfileProblemKind.UnknownKey, "    sourse:", "sourse");
        Assert.Contains("是不是“source”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_value_key_is_reported_with_a_suggestion_not_as_a_wrong_type()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard: {valu: 500}");

        var problems = ProfileLoader.Load(text, "test.yaml").Problems;

        Assert.Equal([ProfileProblemKind.MissingField, ProfileProblemKind.UnknownKey], problems.Select(p => p.Kind).Order());
        Assert.Contains(problems, p => p.Message.Contains("是不是“value”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020-01-01", "2020-01-01")]
    [InlineData("2022-01-01", "2021-01-01")]
    public void Dated_values_out_of_order_or_on_the_same_day_are_refused_at_the_later_day(string first, string second)
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    values:",
            $"      - {{from: {first}, value: 500}}", $"      - {{from: {second}, value: 600}}");

        OnlyProblem(text, ProfileProblemKind.OutOfOrder, "value: 600", second);
    }

    [Fact]
    public void Each_dated_value_is_checked_like_a_short_value()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    values:",
            "      - {from: 2020-01-01, value: 500}", "      - {from: 2021-01-01, value: -600}");

        OnlyProblem(text, ProfileProblemKind.Negative, "value: -600", "-600");
    }

    [Fact]
    public void A_dated_value_cannot_be_left_empty()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    values:",
            "      - {from: 2020-01-01, value: 500}", "      - {from: 2021-01-01, value: ~}");

        OnlyProblem(text, ProfileProblemKind.MissingField, "value: ~", "{");
    }

    [Fact]
    public void A_dated_day_that_does_not_exist_is_refused()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    values:", "      - {from: 2021-02-29, value: 500}");

        OnlyProblem(text, ProfileProblemKind.InvalidDate, "2021-02-29", "2021-02-29");
    }

    [Fact]
    public void The_first_dated_value_must_be_in_force_by_the_effective_date()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    values:", "      - {from: 2020-01-02, value: 500}");

        var problem = OnlyProblem(text, ProfileProblemKind.DatedValuesStartLate, "from: 2020-01-02", "{");
        Assert.Contains("2020-01-01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_must_be_a_list_with_at_least_one_item()
    {
        var text = With(CheckupLine, "  P9.checkup_cost_standard:", "    values: []");

        OnlyProblem(text, ProfileProblemKind.WrongType, "values: []", "[");
    }

    [Fact]
    public void The_profile_header_cannot_be_dated()
    {
        var text = RepoFiles.DefaultProfileText.Replace("  P0.district: 平鲁区 ", "  P0.district: {values: [{from: 2020-01-01, value: 平鲁区}]} ", StringComparison.Ordinal);

        OnlyProblem(text, ProfileProblemKind.WrongType, "P0.district", "[", ParameterIds.P0.District);
    }

    [Fact]
    public void A_source_needs_a_document_or_a_quote_and_knows_only_those_fields()
    {
        OnlyProblem(With(CheckupLine, "  P9.checkup_cost_standard:", "    value: 500", "    source: {}"),
            ProfileProblemKind.MissingField, "source: {}", "{");
        OnlyProblem(With(CheckupLine, "  P9.checkup_cost_standard:", "    value: 500", "    source: {document: 示例, clause: 9}"),
            ProfileProblemKind.UnknownKey, "source: {document: 示例, clause: 9}", "clause");
    }

    [Fact]
    public void A_required_parameter_written_long_without_its_value_is_missing()
    {
        var text = With(TenureLine, "  P4.tenure_warn_months:", "    value: ~", "    source: {quote: 期满前提醒}");

        OnlyProblem(text, ProfileProblemKind.MissingRequired, "value: ~", "~", ParameterIds.P4.TenureWarnMonths);
    }

    [Fact]
    public void The_writer_keeps_sources_and_dated_values()
    {
        var profile = Load(With(CheckupLine, DatedCheckup));

        var again = Load(ProfileWriter.Write(profile));

        foreach (var d in ParameterCatalog.All)
        {
            Assert.Equal(profile.SourceOf(d.Id), again.SourceOf(d.Id));
            Assert.Equal(ParameterValueFormatter.Format(d, profile), ParameterValueFormatter.Format(d, again));
        }

        Assert.Equal(3, again.DatedValuesOf(ParameterIds.P9.CheckupCostStandard).Count);
        Assert.Equal(profile.SourceOf(ParameterIds.P8.Subsidies), again.SourceOf(ParameterIds.P8.Subsidies));
    }

    [Fact]
    public void The_writer_writes_a_dated_table_that_reads_back()
    {
        var tiers = new List<DatedValue>
        {
            new(new DateOnly(2020, 1, 1), new LeaveTiers([new LeaveTier(1, 5)])),
            new(new DateOnly(2022, 1, 1), new LeaveTiers([new LeaveTier(1, 6), new LeaveTier(10, 12)])),
        };
        var example = Load(RepoFiles.DefaultProfileText);
        var values = example.Entries.ToDictionary(e => e.Definition.Id, e => e.Value, StringComparer.Ordinal);
        var sources = new Dictionary<string, ParameterSource> { [ParameterIds.P8.LeaveTiers] = new(null, "带薪年休假 \"法定\"\n第二行") };

        var again = Load(ProfileWriter.Write("草案", false, values, sources, new Dictionary<string, IReadOnlyList<DatedValue>> { [ParameterIds.P8.LeaveTiers] = tiers }));

        Assert.Equal(12, again.At(new DateOnly(2022, 1, 1)).Get<LeaveTiers>(ParameterIds.P8.LeaveTiers).Tiers[1].Days);
        Assert.Equal(sources[ParameterIds.P8.LeaveTiers], again.SourceOf(ParameterIds.P8.LeaveTiers));
    }
}
