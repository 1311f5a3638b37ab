using System.Text;
using Jiceng.Core.Policy.Cases;

namespace Jiceng.Core.Tests.Policy.Cases;

/// <summary>The bounds of a case set the web page and API accept: each broken bound is refused with a message naming it.</summary>
public sealed class CaseSetLimitsTests
{
    private static string Cases(int count)
    {
        var text = new StringBuilder("cases:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  - {name: 用例").Append(i).Append(", year: 2020, expect: {none: [R4.2]}}\n");
        }

        return text.ToString();
    }

    [Fact]
    public void ASmallSet_IsWithinBounds() =>
        Assert.Null(CaseSetLimits.Check([new CaseFileText("a.yaml", Cases(3)), new CaseFileText("b.yaml", Cases(2))]));

    [Fact]
    public void TooManyCasesAcrossFiles_AreRefused()
    {
        var half = CaseSetLimits.MaxCases / 2 + 1;
        var message = CaseSetLimits.Check([new CaseFileText("a.yaml", Cases(half)), new CaseFileText("b.yaml", Cases(half))]);
        Assert.Contains($"共 {half * 2} 个", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyFiles_AreRefused() =>
        Assert.Contains("用例文件过多", CaseSetLimits.Check([.. Enumerable.Range(0, CaseSetLimits.MaxFiles + 1).Select(i => new CaseFileText($"{i}.yaml", Cases(1)))]), StringComparison.Ordinal);

    [Fact]
    public void AHugeFile_IsRefused_ByName() =>
        Assert.Contains("big.yaml：文件过大", CaseSetLimits.Check([new CaseFileText("big.yaml", "#" + new string('x', CaseSetLimits.MaxFileLength))]), StringComparison.Ordinal);

    [Theory]
    [InlineData("", "文件名：必填")]
    [InlineData("a.yaml", "重复")]
    public void BadOrRepeatedNames_AreRefused(string second, string message) =>
        Assert.Contains(message, CaseSetLimits.Check([new CaseFileText("a.yaml", Cases(1)), new CaseFileText(second, Cases(1))]), StringComparison.Ordinal);

    [Fact]
    public void AnEmptySet_IsRefused() => Assert.Contains("用例集为空", CaseSetLimits.Check([]), StringComparison.Ordinal);
}
