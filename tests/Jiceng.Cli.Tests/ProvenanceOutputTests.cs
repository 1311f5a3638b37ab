using System.Text.Json;

namespace Jiceng.Cli.Tests;

/// <summary>What the CLI shows of parameter provenance: the sources in <c>policy check</c>, the values used in the findings JSON.</summary>
public sealed class ProvenanceOutputTests
{
    private static string DefaultProfile => Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml");

    [Fact]
    public async Task PolicyCheck_PrintsEachSourceAndTheDatedValues()
    {
        using var cli = new CliProcess();

        var r = await cli.RunAsync("policy", "check", DefaultProfile);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("来源", r.Out, StringComparison.Ordinal);
        Assert.Contains("示例文号", r.Out, StringComparison.Ordinal);
        Assert.Contains("（2022-07-01", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateJson_GivesEveryFindingTheParameterValuesItUsed()
    {
        using var cli = new CliProcess();
        Assert.Equal(0, (await cli.RunAsync("demo", "seed", "--scale", "Small")).ExitCode);

        var r = await cli.RunAsync("evaluate", "--year", "2026", "--as-of", "2026-06-30", "--format", "json", "--no-save");

        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Out);
        var findings = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(JsonValueKind.Array, f.GetProperty("parameters").ValueKind));
        var tenure = findings.First(f => f.GetProperty("rule").GetString() == "R4.2").GetProperty("parameters").EnumerateArray().First();
        Assert.Equal("P4.max_years_same_post", tenure.GetProperty("id").GetString());
        Assert.Equal("5 年", tenure.GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(tenure.GetProperty("label").GetString()));
        var team = findings.First(f => f.GetProperty("rule").GetString() == "R1.1").GetProperty("parameters").EnumerateArray();
        Assert.Contains(team, p => p.GetProperty("id").GetString() == "P1.bachelor_share_min" && p.GetProperty("value").ValueKind == JsonValueKind.Null);
    }
}
