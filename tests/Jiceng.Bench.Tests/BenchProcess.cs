using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Jiceng.Bench.Tests;

/// <summary>Runs the benchmark program (built beside these tests in the same configuration) and keeps its output.</summary>
public static partial class BenchProcess
{
    public sealed record Run(int ExitCode, string Output, string Error)
    {
        /// <summary>The figure lines, by name; each must have the exact form every scenario promises.</summary>
        public IReadOnlyDictionary<string, Match> Figures => Output.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("figure: ", StringComparison.Ordinal))
            .Select(l => FigureLine().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["name"].Value, m => m, StringComparer.Ordinal);

        public IEnumerable<string> MalformedFigureLines => Output.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("figure: ", StringComparison.Ordinal) && !FigureLine().IsMatch(l));
    }

    public static async Task<Run> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var tfm = here.Name;
        var dll = Ancestors(here)
            .Select(d => Path.Combine(d.FullName, "bench", "Jiceng.Bench", "bin", configuration, tfm, "Jiceng.Bench.dll"))
            .First(File.Exists);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Run(process.ExitCode, await output, await error);
    }

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo? d)
    {
        for (; d is not null; d = d.Parent)
        {
            yield return d;
        }
    }

    [GeneratedRegex(@"^figure: (?<name>[a-z0-9-]+) value=(?<value>[0-9]+(\.[0-9]+)?) limit=(?<limit>[0-9]+(\.[0-9]+)?) ratio=(?<ratio>[0-9]+(\.[0-9]+)?) target=(?<target>\S+) pass=(?<pass>true|false)$")]
    private static partial Regex FigureLine();
}
