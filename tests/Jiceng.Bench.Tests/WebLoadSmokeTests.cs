using Jiceng.Testing;

namespace Jiceng.Bench.Tests;

/// <summary>
/// The web-load scenario at a tiny size: the app starts as its own process, simulated users sign in and read pages and
/// the API, and every figure line is printed in its promised form. Speed is not judged here (bench runs do that).
/// </summary>
public sealed class WebLoadSmokeTests
{
    private static readonly string[] Tiny = ["web-load", "--scale", "small", "--users", "3", "--seconds", "2", "--think-ms", "200"];

    [Fact]
    public async Task OnSqlite_EveryRequestSucceeds_AndEveryFigureIsPrinted()
    {
        var run = await BenchProcess.RunAsync(Tiny);
        AssertFigures(run);
    }

    [Fact]
    public async Task OnPostgres_EveryRequestSucceeds_AndEveryFigureIsPrinted()
    {
        var postgres = TestEnvironment.RequirePostgres();
        var run = await BenchProcess.RunAsync([.. Tiny, "--provider", "postgres", "--connection", postgres]);
        AssertFigures(run);
    }

    private static void AssertFigures(BenchProcess.Run run)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Empty(run.MalformedFigureLines);
        var figures = run.Figures;
        // The scenario's own figures (the bench also ends with the benchmark process's peak memory line).
        Assert.Superset(new HashSet<string>(["web-cold-start", "web-load-errors", "web-load-p95", "web-peak-rss-mb"], StringComparer.Ordinal), figures.Keys.ToHashSet(StringComparer.Ordinal));
        // Every simulated request got its 200: a sign-in, scope or page failure shows up here.
        Assert.Equal("0", figures["web-load-errors"].Groups["value"].Value);
        Assert.NotEqual("0", figures["web-load-errors"].Groups["limit"].Value);
        Assert.True(double.Parse(figures["web-peak-rss-mb"].Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
