using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;

namespace Jiceng.Core.Tests.Policy.Cases;

/// <summary><c>expect.amounts</c>: calculator results asserted by a case, read with positions and compared exactly.</summary>
public sealed class CaseAmountsTests
{
    private const string Good = """
        cases:
          - name: 往返报销
            parameters: {P8.trips_per_month_avg: 1, P8.trips_per_year_max: 12}
            expect:
              amounts:
                - calculator: trips
                  inputs:
                    posting_start: 2021-04-10
                    trip: [2021-04-12:100, {date: 2021-05-12, amount: 100}, "2021-06-20:100", 2021-06-28:100]
                  amount: 300
                  working: [第 4 项 2021-06-28 申报 100.00 元：不予报销]
                - calculator: pension
                  inputs: {contribution: 1200}
                  amount: 1000.00
                - calculator: leave
                  inputs: {service_start: 2020-01-02, year: 2021, monthly_wage: 5000, untaken: 1}
                  refused: 应休的 0 天
        """;

    private static readonly PolicyProfile Profile = ProfileLoader.Load(RepoFiles.ReadText("policy/default-2020.yaml"), "default-2020.yaml").Profile!;

    private static string With(int line, string text)
    {
        var lines = Good.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    private static ProfileProblem Single(string yaml, ProfileProblemKind kind, int line, int column, string fragment)
    {
        var result = CaseFileLoader.Load(yaml, "c.yaml");
        Assert.False(result.Succeeded);
        var p = Assert.Single(result.Problems);
        Assert.Equal((kind, line, column), (p.Kind, p.Line, p.Column));
        Assert.Contains(fragment, p.Message, StringComparison.Ordinal);
        return p;
    }

    [Fact]
    public void AnAmountOnlyCase_NeedsNoYear_AndPasses()
    {
        var result = CaseFileLoader.Load(Good, "c.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var c = Assert.Single(result.Cases);
        Assert.Empty(c.Expect.Rules);
        Assert.Equal(3, c.Expect.Amounts.Count);
        Assert.Equal(4, c.Expect.Amounts[0].Inputs.All("trip").Count);
        var (found, differences) = CaseAmounts.Compare(c.Expect.Amounts, Profile.With(c.Overrides));
        Assert.Empty(differences);
        Assert.Equal([300.00m, 1000.00m], found.Take(2).Select(f => f.Calculation!.Amount));
        Assert.NotNull(found[2].Refusal);
    }

    [Fact]
    public void ACaseWithFindings_StillNeedsItsYear()
    {
        var yaml = With(5, "      none: [R4.2]\n      amounts:");
        Single(yaml, ProfileProblemKind.MissingField, 2, 5, "year");
    }

    [Fact]
    public void AnUnknownCalculator_IsNamedWithTheBuiltOnes() =>
        Single(With(6, "        - calculator: trip"), ProfileProblemKind.UndefinedReference, 6, 11, "trips");

    [Fact]
    public void ABadInput_IsReportedAtItsKey_WithTheCalculatorsChineseMessage() =>
        Single(With(8, "            posting_start: 2021-04-31"), ProfileProblemKind.WrongType, 8, 13, "异地任职起始日（posting_start）应为 yyyy-MM-dd");

    [Fact]
    public void AnUnknownInput_IsReported()
    {
        var problems = CaseFileLoader.Load(With(13, "          inputs: {contributon: 1200}"), "c.yaml").Problems;
        Assert.Contains(problems, p => (p.Line, p.Column) == (13, 20) && p.Message.Contains("是不是“contribution”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("缺少本年个人缴费（元）（contribution）", StringComparison.Ordinal));
    }

    [Fact]
    public void AmountAndRefused_ExactlyOne() =>
        Single(With(14, "          amount: 1000.00\n          refused: 上限"), ProfileProblemKind.MissingField, 12, 11, "二者之一");

    [Fact]
    public void AnAmountWithMoreThanTwoDecimals_IsRefused() =>
        Single(With(14, "          amount: 1000.001"), ProfileProblemKind.WrongType, 14, 19, "两位小数");

    [Fact]
    public void Differences_SayWhatWasExpected_AndWhatCameOut()
    {
        var yaml = With(11, "          working: [不予报销：2021年已报销 9 次]").Replace("amount: 300", "amount: 400", StringComparison.Ordinal)
            .Replace("refused: 应休的 0 天", "refused: 应休的 5 天", StringComparison.Ordinal);
        var c = Assert.Single(CaseFileLoader.Load(yaml, "c.yaml").Cases!);
        var (_, differences) = CaseAmounts.Compare(c.Expect.Amounts, Profile.With(c.Overrides));
        Assert.Equal(3, differences.Count);
        Assert.Equal("计算器 trips：期望 400.00 元，实际 300.00 元", differences[0].Message);
        Assert.Contains("计算过程中没有“不予报销：2021年已报销 9 次”", differences[1].Message, StringComparison.Ordinal);
        Assert.Contains("期望拒绝信息含“应休的 5 天”", differences[2].Message, StringComparison.Ordinal);
        Assert.Equal(6, differences[0].At!.Value.Line);
    }
}
