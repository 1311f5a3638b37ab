using System.Text.Json;

namespace Jiceng.Cli.Tests;

/// <summary>
/// <c>jiceng policy test</c> run as a person (and CI) runs it: the shipped cases pass, a wrong expected value fails
/// with the difference, and the JSON output keeps its documented shape.
/// </summary>
public sealed class PolicyTestCommandTests
{
    private static string ShippedCases => Path.Combine(RepoRoot(), "policy", "cases");

    [Fact]
    public async Task TheShippedCases_Pass_Exit0()
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync("policy", "test", ShippedCases);
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("PASS  ", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL  ", r.Out, StringComparison.Ordinal);
        Assert.Matches(@"policy cases: [1-9][0-9]* passed, 0 failed, [1-9][0-9]* files, [0-9.]+ s", r.Out);
    }

    [Fact]
    public async Task AWrongExpectedValue_FailsWithTheDifference_Exit1()
    {
        using var cli = new CliProcess();
        var file = Path.Combine(cli.WorkingDirectory, "wrong.yaml");
        File.WriteAllText(file, """
            cases:
              - name: 故意写错的到期日
                year: 2020
                as_of: 2020-07-01
                records:
                  units: [{id: 甲镇, kind: township}]
                  cadres: [{id: 张三, unit: 甲镇}]
                  posts: [{cadre: 张三, unit: 甲镇, kind: TownshipPartyCommitteeMember, start: 2015-07-01}]
                expect:
                  findings:
                    - {rule: R4.2, subject: 张三, severity: violation, due: 2020-06-30}
            """);
        var r = await cli.RunAsync("policy", "test", "wrong.yaml");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("FAIL  wrong.yaml › 故意写错的到期日", r.Out, StringComparison.Ordinal);
        Assert.Contains("      wrong.yaml:11:11: R4.2 张三（第1条任职）：期望 due 2020-06-30，实际 2020-07-01", r.Out, StringComparison.Ordinal);
        Assert.Contains("policy cases: 0 passed, 1 failed, 1 files", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithProblems_ListsThemWithPositions_Exit1_AndJsonKeepsItsShape()
    {
        using var cli = new CliProcess();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "typo.yml"), "cases:\n  - name: x\n    yeer: 2020\n    expect: {none: [R4.2]}\n");
        var table = await cli.RunAsync("policy", "test", ".");
        Assert.Equal(1, table.ExitCode);
        Assert.Contains("typo.yml:3:5: 未知的键“yeer”，是不是“year”？", table.Out, StringComparison.Ordinal);

        var json = await cli.RunAsync("policy", "test", ".", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, root.GetProperty("filesWithProblems").GetInt32());
        var problem = root.GetProperty("results")[0].GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "unknownKey");
        Assert.Equal((3, 5), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Empty(root.GetProperty("results")[0].GetProperty("cases").EnumerateArray());
    }

    [Theory]
    [InlineData("policy", "test")]
    [InlineData("policy", "test", "no-such-folder")]
    [InlineData("policy", "test", ".", "--format", "xml")]
    [InlineData("policy", "test", ".", "--profile", "no-such-profile.yaml")]
    public async Task AWrongCommandLine_IsAUsageError_Exit2(params string[] args)
    {
        using var cli = new CliProcess();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "c.yaml"), "cases: []\n");
        var r = await cli.RunAsync(args);
        Assert.Equal(2, r.ExitCode);
        Assert.NotEmpty(r.Error.Trim());
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jiceng.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
