using Jiceng.Core.Findings;
using Jiceng.Core.Policy.Cases;

namespace Jiceng.Core.Tests.Policy.Cases;

/// <summary>How found findings are compared with a case's expectations (docs/policy-cases.md, "How findings are compared").</summary>
public sealed class CaseComparisonTests
{
    private static readonly DateOnly July1 = new(2020, 7, 1);

    private static ExpectedFinding Expected(string subject, Severity severity = Severity.Violation, DateOnly? due = null, string? topic = null, string? measured = null, int line = 10) =>
        new("R4.2", subject, severity, topic, due, measured, null, new CaseAt(line, 11));

    private static CaseFinding Found(string subject, Severity severity = Severity.Violation, DateOnly? due = null, string topic = "", string rule = "R4.2") =>
        new(rule, subject, severity, topic, due, "自2015-07-01起，满5年", "同一岗位不超过5年", $"{subject}……");

    private static CaseExpectations Expect(params ExpectedFinding[] findings) => new(findings, []);

    [Fact]
    public void ExactlyTheExpectedFindings_HaveNoDifference()
    {
        var differences = CaseComparison.Compare(Expect(Expected("张三", due: July1, measured: "自2015-07-01起，满5年")), [Found("张三", due: July1)]);
        Assert.Empty(differences);
    }

    [Fact]
    public void UnwrittenFieldsAreNotCompared_ButSeverityAlwaysIs()
    {
        Assert.Empty(CaseComparison.Compare(Expect(Expected("张三")), [Found("张三", due: July1, topic: "委员")]));
        var d = Assert.Single(CaseComparison.Compare(Expect(Expected("张三")), [Found("张三", Severity.Warning)]));
        Assert.Equal("R4.2 张三：期望 severity violation，实际 warning", d.Message);
        Assert.Equal(new CaseAt(10, 11), d.At);
    }

    [Fact]
    public void AnExactMatchIsNotTakenByANearOne()
    {
        // Two posts of one cadre: the first expectation matches the second finding exactly, the second the first.
        var expect = Expect(Expected("张三", due: new DateOnly(2021, 1, 1), line: 10), Expected("张三", due: July1, line: 11));
        Assert.Empty(CaseComparison.Compare(expect, [Found("张三", due: July1), Found("张三", due: new DateOnly(2021, 1, 1))]));
    }

    [Fact]
    public void MissingAndUnexpected_AreNamed_AndOtherRulesAreIgnored()
    {
        var differences = CaseComparison.Compare(Expect(Expected("张三", topic: "委员", due: July1)), [Found("李四", due: July1, topic: "第2条任职"), Found("一村", rule: "R10.3")]);
        Assert.Equal(2, differences.Count);
        Assert.Equal((CaseDifferenceKind.Missing, "缺少结果：R4.2 张三（委员） violation due 2020-07-01"), (differences[0].Kind, differences[0].Message));
        Assert.Equal(CaseDifferenceKind.Unexpected, differences[1].Kind);
        Assert.StartsWith("多出结果：R4.2 李四（第2条任职） violation due 2020-07-01 measured “自2015-07-01起，满5年”", differences[1].Message, StringComparison.Ordinal);
        Assert.Null(differences[1].At);
    }

    [Fact]
    public void NoneFails_OnAnyFindingOfItsRule()
    {
        var expect = new CaseExpectations([], ["R10.3"]);
        Assert.Empty(CaseComparison.Compare(expect, [Found("张三")]));
        Assert.Equal(CaseDifferenceKind.Unexpected, Assert.Single(CaseComparison.Compare(expect, [Found("一村", rule: "R10.3")])).Kind);
    }

    [Fact]
    public void AMissingDue_IsShownAsNone()
    {
        var d = Assert.Single(CaseComparison.Compare(Expect(Expected("张三", due: July1)), [Found("张三")]));
        Assert.Equal("R4.2 张三：期望 due 2020-07-01，实际 （无）", d.Message);
    }
}
