using System.Globalization;
using Jiceng.Core.CodeTables;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Core.Tests.CodeTables;

/// <summary>The standard code tables embedded as CSV files.</summary>
public sealed class CodeTablesTests
{
    private static CodeTable Table(string name) => Assert.Single(Tables.All, t => t.Name == name);

    [Theory]
    [InlineData("sex", 4)]
    [InlineData("ethnicity", 58)]
    [InlineData("political-status", 13)]
    [InlineData("education", 46)]
    [InlineData("degree", 3)]
    [InlineData("assessment-grade", 6)]
    [InlineData("regions", 3348)]
    public void Every_table_loads_with_its_rows(string name, int rows) =>
        Assert.Equal(rows, Table(name).Entries.Count);

    [Fact]
    public void All_lists_the_eight_tables_once_each() =>
        Assert.Equal(
            ["sex", "ethnicity", "political-status", "education", "degree", "assessment-grade", "regions", "rank"],
            Tables.All.Select(t => t.Name));

    [Theory]
    [InlineData("sex")]
    [InlineData("ethnicity")]
    [InlineData("political-status")]
    [InlineData("education")]
    [InlineData("degree")]
    [InlineData("assessment-grade")]
    [InlineData("regions")]
    public void No_table_has_a_duplicate_code_an_empty_label_or_a_missing_standard(string name)
    {
        var entries = Table(name).Entries;

        Assert.Empty(entries.GroupBy(e => e.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Code));
            Assert.False(string.IsNullOrWhiteSpace(e.Label), $"code {e.Code} has no label");
            Assert.False(string.IsNullOrWhiteSpace(e.Standard), $"code {e.Code} has no standard");
            Assert.Equal(e.Code.Trim(), e.Code);
            Assert.Equal(e.Label.Trim(), e.Label);
        });
    }

    [Fact]
    public void Ethnicity_holds_the_56_groups_coded_01_to_56_plus_97_and_98()
    {
        var expected = Enumerable.Range(1, 56).Append(97).Append(98)
            .Select(n => n.ToString("D2", CultureInfo.InvariantCulture));

        Assert.Equal(expected, Tables.Ethnicity.Entries.Select(e => e.Code));
    }

    [Theory]
    [InlineData("ethnicity", "01", "汉族")]
    [InlineData("ethnicity", "02", "蒙古族")]
    [InlineData("ethnicity", "56", "基诺族")]
    [InlineData("ethnicity", "97", "其他未识别民族")]
    [InlineData("ethnicity", "98", "外国血统中国籍人士")]
    [InlineData("sex", "1", "男")]
    [InlineData("sex", "2", "女")]
    [InlineData("political-status", "01", "中共党员")]
    [InlineData("political-status", "03", "共青团员")]
    [InlineData("political-status", "13", "群众")]
    [InlineData("assessment-grade", "1", "优秀")]
    [InlineData("assessment-grade", "2", "称职")]
    [InlineData("assessment-grade", "4", "不称职")]
    [InlineData("education", "21", "大学本科毕业")]
    [InlineData("education", "1A", "中央党校研究生")]
    [InlineData("degree", "4", "学士学位")]
    [InlineData("regions", "110000", "北京市")]
    [InlineData("regions", "140603", "平鲁区")]
    public void Known_codes_have_their_standard_labels(string table, string code, string label)
    {
        Assert.True(Table(table).Contains(code));
        Assert.Equal(label, Table(table).Find(code)?.Label);
        Assert.Equal(label, Table(table).LabelOf(code));
    }

    [Theory]
    [InlineData("ethnicity", "1")] // codes keep their leading zero
    [InlineData("ethnicity", "57")]
    [InlineData("ethnicity", " 01")]
    [InlineData("sex", "3")]
    [InlineData("political-status", "14")]
    [InlineData("political-status", "00")]
    [InlineData("assessment-grade", "7")]
    [InlineData("education", "5")]
    [InlineData("education", "1a")] // lookups are ordinal: case matters
    [InlineData("regions", "999999")]
    [InlineData("regions", "140603000000")]
    public void Unknown_codes_are_not_found_and_label_as_themselves(string table, string code)
    {
        Assert.False(Table(table).Contains(code));
        Assert.Null(Table(table).Find(code));
        Assert.Equal(code, Table(table).LabelOf(code));
    }

    [Fact]
    public void Null_is_never_a_code()
    {
        Assert.False(Tables.Sex.Contains(null));
        Assert.Null(Tables.Sex.Find(null));
        Assert.Equal("", Tables.Sex.LabelOf(null));
    }

    [Fact]
    public void Political_status_is_coded_01_to_13() =>
        Assert.Equal(
            Enumerable.Range(1, 13).Select(n => n.ToString("D2", CultureInfo.InvariantCulture)),
            Tables.PoliticalStatus.Entries.Select(e => e.Code));

    [Fact]
    public void Assessment_grades_are_coded_1_to_6() =>
        Assert.Equal(
            Enumerable.Range(1, 6).Select(n => n.ToString(CultureInfo.InvariantCulture)),
            Tables.AssessmentGrade.Entries.Select(e => e.Code));

    [Fact]
    public void Ranks_run_from_the_highest_to_the_lowest_of_the_twelve() =>
        Assert.Equal(
            ["一级巡视员", "二级巡视员", "一级调研员", "二级调研员", "三级调研员", "四级调研员", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "一级科员", "二级科员"],
            Tables.Rank.Entries.Select(e => e.Label));

    [Fact]
    public void Every_education_row_maps_to_a_two_digit_GBT_4658_code() =>
        Assert.All(Tables.Education.Entries, e =>
            Assert.True(e.Parent is { Length: 2 } p && p.All(char.IsAsciiDigit), $"{e.Code} maps to “{e.Parent}”"));

    [Fact]
    public void Only_education_rows_have_a_parent() =>
        Assert.All(Tables.All.Where(t => t != Tables.Education).SelectMany(t => t.Entries), e => Assert.Null(e.Parent));

    [Fact]
    public void Every_region_code_has_6_digits_and_its_province_is_listed() =>
        Assert.All(Tables.Regions.Entries, e =>
        {
            Assert.Matches("^[1-9][0-9]{5}$", e.Code);
            Assert.True(Tables.Regions.Contains(e.Code[..2] + "0000"), $"the province of {e.Code} is missing");
        });

    [Theory]
    [InlineData("140603", "山西省朔州市平鲁区")]
    [InlineData("140600", "山西省朔州市")]
    [InlineData("140000", "山西省")]
    [InlineData("110000", "北京市")]
    [InlineData("110101", "北京市东城区")] // the city level is 市辖区, which is left out
    [InlineData("110105", "北京市朝阳区")]
    [InlineData("441900", "广东省东莞市")] // a prefecture city without counties is not named twice
    [InlineData("500101", "重庆市万州区")]
    [InlineData("500229", "重庆市城口县")] // the city level is 县, which is left out
    [InlineData("419001", "河南省济源市")] // the city level is 省直辖县级行政区划, which is left out
    [InlineData("469001", "海南省五指山市")]
    [InlineData("659001", "新疆维吾尔自治区石河子市")] // the city level is 自治区直辖县级行政区划, which is left out
    public void RegionName_joins_province_city_and_county(string code, string name) =>
        Assert.Equal(name, Tables.RegionName(code));

    [Theory]
    [InlineData("999999")]
    [InlineData("140699")]
    [InlineData("")]
    [InlineData("14060")]
    [InlineData("1406030")]
    [InlineData("140603000000")]
    public void RegionName_of_an_unknown_code_is_null(string code) =>
        Assert.Null(Tables.RegionName(code));
}
