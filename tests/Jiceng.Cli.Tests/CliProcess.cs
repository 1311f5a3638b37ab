using System.Diagnostics;

namespace Jiceng.Cli.Tests;

/// <summary>
/// Runs the real <c>jiceng</c> tool (built beside these tests) as a person would, in a temporary working directory
/// of its own, and returns its exit code and output.
/// </summary>
public sealed class CliProcess : IDisposable
{
    public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("jiceng-cli-").FullName;

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string All => Out + Error;
    }

    public async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jiceng.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The tool's own settings only: nothing from the machine running the tests.
        start.Environment.Remove("Database__Provider");
        start.Environment.Remove("Database__ConnectionString");
        start.Environment.Remove("Security__KeyFile");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
