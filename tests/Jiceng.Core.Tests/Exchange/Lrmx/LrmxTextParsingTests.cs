using Jiceng.Core.Exchange.Lrmx;

namespace Jiceng.Core.Tests.Exchange.Lrmx;

public sealed class LrmxTextParsingTests
{
    [Theory]
    [InlineData("1985", 1985, null, null)]
    [InlineData("198503", 1985, 3, null)]
    [InlineData("19850314", 1985, 3, 14)]
    [InlineData("1985.03", 1985, 3, null)]
    [InlineData("1985.3", 1985, 3, null)]
    [InlineData("1985-03", 1985, 3, null)]
    [InlineData("1985年3月", 1985, 3, null)]
    [InlineData("1985.03.14", 1985, 3, 14)]
    [InlineData("１９８５．０３", 1985, 3, null)]
    public void Dates_InEveryFormTheFormUses(string text, int year, int? month, int? day)
    {
        Assert.True(LrmxDate.TryParse(text, out var d));
        Assert.Equal(new LrmxDate(year, month, day), d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("198513")]
    [InlineData("19850231")]
    [InlineData("85.03")]
    [InlineData("三月")]
    public void Dates_ThatAreNotDates_AreRefused(string text) => Assert.False(LrmxDate.TryParse(text, out _));

    [Theory]
    [InlineData("2003.09--2007.07  浙江大学学习", 2003, 9, 2007, 7, "浙江大学学习")]
    [InlineData("2003.09-2007.07 浙江大学学习", 2003, 9, 2007, 7, "浙江大学学习")]
    [InlineData("２００３．０９——２００７．０７　浙江大学学习", 2003, 9, 2007, 7, "浙江大学学习")]
    [InlineData("2003.9—2007.7，浙江大学学习", 2003, 9, 2007, 7, "，浙江大学学习")]
    [InlineData("200309--200707  浙江大学学习", 2003, 9, 2007, 7, "浙江大学学习")]
    [InlineData("2003年9月至2007年7月 浙江大学学习", 2003, 9, 2007, 7, "浙江大学学习")]
    [InlineData("2012.03--         某某镇副镇长", 2012, 3, null, null, "某某镇副镇长")]
    [InlineData("2012.03--至今 某某镇副镇长", 2012, 3, null, null, "某某镇副镇长")]
    public void ResumeLines_WithMixedDateFormsAndFullWidthPunctuation_ArePeriods(string line, int sy, int sm, int? ey, int? em, string text)
    {
        var e = Assert.Single(LrmxResume.Split(line));
        Assert.Equal(new DateOnly(sy, sm, 1), e.Start);
        Assert.Equal(ey is null ? null : new DateOnly(ey.Value, em!.Value, 1), e.End);
        Assert.Equal(text, e.Text);
    }

    [Theory]
    [InlineData("（其间：2009.09--2011.07在中央党校函授学院学习）")]
    [InlineData("大学毕业后参加工作")]
    [InlineData("2007.07--2003.09  结束早于开始")]
    [InlineData("2003.13--2007.07  没有13月")]
    public void ResumeLines_ThatAreNotPeriods_AreKeptAsWritten(string line)
    {
        var e = Assert.Single(LrmxResume.Split(line));
        Assert.Null(e.Start);
        Assert.Equal(line, e.Text);
    }

    [Fact]
    public void Resume_KeepsEveryLineInOrder_AndJoinSplitsBackTheSame()
    {
        var text = "2003.09--2007.07  学习\r\n\r\n  （其间：进修）\n2007.07--  某镇科员\n说不清的一行";
        var entries = LrmxResume.Split(text);
        Assert.Equal(["学习", "（其间：进修）", "某镇科员", "说不清的一行"], entries.Select(e => e.Text));
        Assert.Equal(entries, LrmxResume.Split(LrmxResume.Join(entries)));
    }

    [Theory]
    [InlineData("2021年度考核为优秀；2022年度称职", "2021:1,2022:2")]
    [InlineData("2020、2021年度考核均为称职，2022年度基本称职", "2020:2,2021:2,2022:3")]
    [InlineData("２０２３年度考核不称职。2019年度不定等次", "2023:4,2019:5")]
    [InlineData("2018年度不进行考核", "2018:6")]
    [InlineData("近三年考核均为称职", "")]
    [InlineData("", "")]
    public void YearlyGrades_ArePulledFromTheText(string text, string expected)
    {
        var got = string.Join(",", LrmxAssessments.Parse(text).Select(g => $"{g.Year}:{g.GradeCode}"));
        Assert.Equal(expected, got);
    }

    [Theory]
    [InlineData("汉族", "01")]
    [InlineData("汉", "01")]
    [InlineData("蒙古", "02")]
    public void Ethnicity_LabelsAndShortForms(string label, string code) => Assert.Equal(code, LrmxLabels.Ethnicity(label));

    [Theory]
    [InlineData("大学", "21")]
    [InlineData("大学本科毕业", "21")]
    [InlineData("研究生", "14")]
    [InlineData("中央党校大学", "2A")]
    [InlineData("中专", "41")]
    public void Education_LabelsAndShortForms(string label, string code) => Assert.Equal(code, LrmxLabels.Education(label));

    [Fact]
    public void Region_FromAShortPlaceName()
    {
        Assert.Equal("330100", LrmxLabels.Region("浙江杭州"));
        Assert.Equal("330100", LrmxLabels.Region("浙江省杭州市"));
        Assert.Null(LrmxLabels.Region("火星"));
    }
}
