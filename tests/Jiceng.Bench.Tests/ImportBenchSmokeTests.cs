using System.Globalization;
using System.Text.RegularExpressions;
using Jiceng.Data.Demo;
using Jiceng.Testing;

namespace Jiceng.Bench.Tests;

/// <summary>
/// CI's smoke run of the <c>import-csv</c> and <c>import-xlsx</c> scenarios at the <c>district</c> scale on both
/// databases: the same path as a timed province run, checked for what it prints and what it imported (never timed).
/// </summary>
public sealed partial class ImportBenchSmokeTests
{
    [GeneratedRegex(@"^figure: (?<name>[a-z-]+) value=(?<value>\d+(\.\d+)?) limit=(?<limit>\d+(\.\d+)?) ratio=(?<ratio>\d+(\.\d+)?) target=(?<op>>=|<=)(?<bar>\d+(\.\d+)?) pass=(?<pass>true|false)$")]
    private static partial Regex FigureLine();

    [Theory]
    [InlineData("csv", "sqlite")]
    [InlineData("csv", "postgres")]
    [InlineData("xlsx", "sqlite")]
    [InlineData("xlsx", "postgres")]
    public async Task Import_AtDistrictScale_ImportsEveryRowOfTheFile_AndPrintsWellFormedFiguresLast(string format, string provider)
    {
        List<string> args = ["--provider", provider, "--scale", "district"];
        if (provider == "postgres")
        {
            args.AddRange(["--postgres", TestEnvironment.RequirePostgres()]);
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        await ImportScaleBench.RunAsync(format, BenchOptions.Parse(args), output, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var figures = lines.SkipWhile(l => !l.StartsWith("figure: ", StringComparison.Ordinal)).ToList();
        Assert.All(lines.Take(lines.Length - figures.Count), l => Assert.StartsWith("info: ", l, StringComparison.Ordinal));
        var parsed = figures.Select(l => FigureLine().Match(l)).ToList();
        Assert.All(parsed, m => Assert.True(m.Success, "not a figure line: " + m.Value));
        Assert.Equal([$"import-{format}", "peak-rss-mb"], parsed.Select(m => m.Groups["name"].Value));
        foreach (var m in parsed)
        {
            var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            var limit = double.Parse(m.Groups["limit"].Value, CultureInfo.InvariantCulture);
            var ratio = double.Parse(m.Groups["ratio"].Value, CultureInfo.InvariantCulture);
            var bar = double.Parse(m.Groups["bar"].Value, CultureInfo.InvariantCulture);
            Assert.True(value > 0 && limit > 0, m.Value);
            Assert.Equal(value / limit, ratio, 0.01 + (ratio * 0.05));
            Assert.Equal(m.Groups["op"].Value == ">=" ? ratio >= bar : ratio <= bar, m.Groups["pass"].Value == "true");
        }

        Assert.Equal((">=", "0.5"), (parsed[0].Groups["op"].Value, parsed[0].Groups["bar"].Value));
        Assert.Equal((1536.0, "<="), (double.Parse(parsed[1].Groups["limit"].Value, CultureInfo.InvariantCulture), parsed[1].Groups["op"].Value));

        // The file's rows, the rows parsed alone, and the rows the import read, created and stored are one number.
        var rows = ImportScaleBench.RowsOf(ProvinceScale.District);
        Assert.Contains(lines, l => l.StartsWith($"info: roster {format}: {rows} rows,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"info: parse alone: {rows} rows ", StringComparison.Ordinal));
        var import = Assert.Single(lines, l => l.StartsWith($"info: import {format} ", StringComparison.Ordinal));
        Assert.Contains($": {rows} rows, {rows} created, {rows} cadres stored, in ", import, StringComparison.Ordinal);
    }
}
