using System.Globalization;
using System.Text.RegularExpressions;
using Jiceng.Bench;
using Jiceng.Data.Demo;
using Jiceng.Data.Storage;
using Jiceng.Testing;

namespace Jiceng.Bench.Tests;

/// <summary>
/// CI's smoke run of the benchmark's <c>evaluate</c> scenario at the <c>district</c> scale: the same code path as a
/// timed province run, checked only for what it prints (no timing is asserted), on both databases.
/// </summary>
public sealed partial class EvaluateBenchSmokeTests
{
    [GeneratedRegex(@"^figure: (?<name>[a-z-]+) value=(?<value>\d+(\.\d+)?) limit=(?<limit>\d+(\.\d+)?) ratio=(?<ratio>\d+(\.\d+)?) target=<=(?<bar>\d+(\.\d+)?) pass=(?<pass>true|false)$")]
    private static partial Regex FigureLine();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Evaluate_AtDistrictScale_PrintsWellFormedFigureLinesLast(string provider)
    {
        List<string> args = ["--provider", provider, "--scale", "district", "--runs", "1"];
        if (provider == "postgres")
        {
            args.AddRange(["--postgres", TestEnvironment.RequirePostgres()]);
        }

        var options = BenchOptions.Parse(args);
        Assert.Equal(provider == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(ProvinceScale.District, options.Scale);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        await EvaluateBench.RunAsync(options, output, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var figures = lines.SkipWhile(l => !l.StartsWith("figure: ", StringComparison.Ordinal)).ToList();
        Assert.All(lines.Take(lines.Length - figures.Count), l => Assert.StartsWith("info: ", l, StringComparison.Ordinal));
        var parsed = figures.Select(l => FigureLine().Match(l)).ToList();
        Assert.All(parsed, m => Assert.True(m.Success, "not a figure line: " + m.Value));
        Assert.Equal(["evaluate", "evaluate-seconds", "peak-rss-mb"], parsed.Select(m => m.Groups["name"].Value));
        Assert.All(parsed, m =>
        {
            var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            var limit = double.Parse(m.Groups["limit"].Value, CultureInfo.InvariantCulture);
            var ratio = double.Parse(m.Groups["ratio"].Value, CultureInfo.InvariantCulture);
            var bar = double.Parse(m.Groups["bar"].Value, CultureInfo.InvariantCulture);
            Assert.True(value > 0 && limit > 0, m.Value);
            Assert.Equal(value / limit, ratio, 0.01 + (ratio * 0.05));
            Assert.Equal(ratio <= bar, m.Groups["pass"].Value == "true");
        });
        Assert.Equal(provider == "postgres" ? "2" : "3", parsed[0].Groups["bar"].Value);
        Assert.Equal("60", parsed[1].Groups["limit"].Value);

        // The seeded district is evaluated whole: every planted finding, no more.
        var evaluate = Assert.Single(lines, l => l.StartsWith("info: evaluate at 山西省", StringComparison.Ordinal));
        var counts = Regex.Match(evaluate, @"(\d+) findings \((\d+) planted\)");
        Assert.True(counts.Success && counts.Groups[1].Value == counts.Groups[2].Value && counts.Groups[1].Value != "0", evaluate);

        // The limit reads the tables the evaluation read, found in its SQL on either database: the cadres, their posts
        // and at least one record table of each measure's facts (more than 40 at the time of writing).
        var aggregate = Assert.Single(lines, l => l.StartsWith("info: aggregate pass", StringComparison.Ordinal));
        var tables = Regex.Match(aggregate, @"over the (\d+) tables the evaluation read");
        Assert.True(tables.Success && int.Parse(tables.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 40, aggregate);
    }
}
