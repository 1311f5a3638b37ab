using Jiceng.Core.Policy.Cases;
using Jiceng.Data.PolicyCases;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.PolicyCases;

/// <summary>
/// The policy case runner against the real rules, facts queries and command services, each case in a throw-away
/// in-memory database.
/// </summary>
public sealed class PolicyCaseRunnerTests
{
    private const string Tenure = """
        cases:
          - name: 满5年当日应调整
            year: 2020
            as_of: 2020-07-01
            records:
              units: [{id: 甲镇, kind: township}]
              cadres: [{id: 张三, unit: 甲镇, birth: 1980-03-01}]
              posts: [{id: 委员, cadre: 张三, unit: 甲镇, kind: TownshipPartyCommitteeMember, start: 2015-07-01, team: true}]
            expect:
              findings:
                - {rule: R4.2, subject: 张三, severity: violation, due: 2020-07-01, topic: 委员}
        """;

    private static Task<PolicyCaseRun> Run(string yaml, string source = "t.yaml") =>
        PolicyCaseRunner.RunAsync([(source, yaml)], ExampleProfile.Create(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task ACorrectCase_Passes_AndReportsWhatWasFound()
    {
        var run = await Run(Tenure);
        var result = Assert.Single(run.Cases);
        Assert.True(result.Passed, string.Join("\n", result.Differences));
        Assert.True(run.Succeeded);
        var found = Assert.Single(result.Findings);
        Assert.Equal(("R4.2", "张三", "委员", new DateOnly(2020, 7, 1)), (found.Rule, found.Subject, found.Topic, found.Due));
    }

    [Fact]
    public async Task AWrongExpectedValue_FailsWithAReadableDifference()
    {
        var run = await Run(Tenure.Replace("due: 2020-07-01", "due: 2020-06-30", StringComparison.Ordinal));
        var result = Assert.Single(run.Cases);
        Assert.False(result.Passed);
        Assert.False(run.Succeeded);
        var difference = Assert.Single(result.Differences);
        Assert.Equal(CaseDifferenceKind.Mismatch, difference.Kind);
        Assert.Equal("R4.2 张三（委员）：期望 due 2020-06-30，实际 2020-07-01", difference.Message);
        Assert.Equal(new CaseAt(11, 11), difference.At);
    }

    [Fact]
    public async Task AnUnexpectedAndAMissingFinding_AreBothReported()
    {
        // The day before the warning window: R4.2 finds nothing, so the expected violation is missing; a second cadre
        // whose post is long past its term is an unexpected finding.
        var yaml = Tenure.Replace("as_of: 2020-07-01", "as_of: 2020-06-30", StringComparison.Ordinal)
            .Replace("severity: violation", "severity: warning", StringComparison.Ordinal)
            .Replace("      posts: [", "      posts:\n        - {cadre: 李四, unit: 甲镇, kind: TownshipDeputyHead, start: 2010-01-01}\n        - ", StringComparison.Ordinal)
            .Replace("      cadres: [", "      cadres:\n        - {id: 李四, unit: 甲镇, birth: 1975-01-01}\n        - ", StringComparison.Ordinal)
            .Replace("team: true}]", "team: true}", StringComparison.Ordinal).Replace("1980-03-01}]", "1980-03-01}", StringComparison.Ordinal)
            .Replace("topic: 委员", "topic: 别的岗位", StringComparison.Ordinal);
        var result = Assert.Single((await Run(yaml)).Cases);
        Assert.Contains(result.Differences, d => d.Kind == CaseDifferenceKind.Missing && d.Message.StartsWith("缺少结果：R4.2 张三（别的岗位） warning due 2020-07-01", StringComparison.Ordinal));
        Assert.Contains(result.Differences, d => d.Kind == CaseDifferenceKind.Unexpected && d.Message.StartsWith("多出结果：R4.2 李四（第1条任职） violation due 2015-01-01", StringComparison.Ordinal));
        Assert.Contains(result.Differences, d => d.Kind == CaseDifferenceKind.Unexpected && d.Message.StartsWith("多出结果：R4.2 张三（委员） warning due 2020-07-01", StringComparison.Ordinal));
        Assert.Equal(3, result.Differences.Count);
    }

    [Fact]
    public async Task ARecordTheApiRefuses_FailsWithTheApisMessageAndItsPosition()
    {
        // A village party secretary cannot be a township post (PostValidator's own message).
        var result = Assert.Single((await Run(Tenure.Replace("TownshipPartyCommitteeMember", "VillagePartySecretary", StringComparison.Ordinal))).Cases);
        var refusal = Assert.Single(result.Differences);
        Assert.Equal(CaseDifferenceKind.RecordRefused, refusal.Kind);
        Assert.Contains("职务类别：该职务不能设在此类单位", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("任职“委员”", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(new CaseAt(8, 15), refusal.At);
    }

    [Fact]
    public async Task ParameterOverrides_ApplyToTheirCaseOnly()
    {
        var four = Tenure.Replace("    year: 2020", "    parameters: {P4.max_years_same_post: 4}\n    year: 2020", StringComparison.Ordinal)
            .Replace("due: 2020-07-01", "due: 2019-07-01", StringComparison.Ordinal);
        var second = string.Join('\n', Tenure.Split('\n').Skip(1)).Replace("满5年当日应调整", "同一文件的下一个用例", StringComparison.Ordinal);
        var run = await Run(four + "\n" + second);
        Assert.All(run.Cases, c => Assert.True(c.Passed, string.Join("\n", c.Differences)));
        Assert.Equal(2, run.Passed);
    }

    [Fact]
    public async Task AFileWithProblems_RunsNoCase_AndOtherFilesStillRun()
    {
        var run = await PolicyCaseRunner.RunAsync([("bad.yaml", Tenure.Replace("R4.2", "R4.9", StringComparison.Ordinal)), ("good.yaml", Tenure)],
            ExampleProfile.Create(), TestContext.Current.CancellationToken);
        Assert.Equal(1, run.FilesWithProblems);
        Assert.Empty(run.Files[0].Cases);
        Assert.Equal("bad.yaml", run.Files[0].Problems[0].Source);
        Assert.Equal(1, run.Passed);
        Assert.False(run.Succeeded);
    }

    [Fact]
    public async Task TheShippedCases_Pass()
    {
        var folder = Path.Combine(ExampleProfile.RepoRoot(), "policy", "cases");
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        var run = await PolicyCaseRunner.RunAsync(files, ExampleProfile.Create(), TestContext.Current.CancellationToken);
        Assert.Empty(run.Files.SelectMany(f => f.Problems));
        Assert.All(run.Cases, c => Assert.True(c.Passed, $"{c.Name}: {string.Join("\n", c.Differences)}"));
    }

    [Fact]
    public async Task NoRealDatabaseIsTouched()
    {
        await using var real = await TestDatabase.CreateAsync(Jiceng.Data.Storage.DatabaseProvider.Sqlite);
        await using (var db = real.NewContext())
        {
            Assert.Equal(0, await db.OrgUnits.CountAsync(TestContext.Current.CancellationToken));
        }

        var run = await Run(Tenure);
        Assert.True(run.Succeeded);
        await using (var db = real.NewContext())
        {
            Assert.Equal(0, await db.OrgUnits.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Cadres.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
        }
    }
}
