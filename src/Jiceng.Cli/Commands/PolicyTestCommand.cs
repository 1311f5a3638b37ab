using System.CommandLine;
using System.Globalization;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;
using Jiceng.Data.PolicyCases;

namespace Jiceng.Cli.Commands;

/// <summary>
/// <c>jiceng policy test PATH… [--profile FILE] [--format table|json]</c>: runs policy case files (docs/policy-cases.md)
/// against a profile, each case in a throw-away database. Exit 0 when every case passes, 1 on any failure or file
/// problem, 2 on a wrong command line or an unreadable path.
/// </summary>
public static class PolicyTestCommand
{
    /// <summary>The shipped example profile, copied beside the tool.</summary>
    public static string DefaultProfile => Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml");

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "用例文件或目录（目录下所有 *.yaml、*.yml，含子目录）", Arity = ArgumentArity.OneOrMore };
        var profile = new Option<string?>("--profile") { Description = "被检验的政策配置文件（默认：随程序发布的示例配置 policy/default-2020.yaml）" };
        var format = new Option<string>("--format") { Description = "输出格式 table | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("test", "运行政策用例：按用例中的记录和日期核查，与手算的期望结果比较（每个用例使用独立的临时数据库）") { paths, profile, format };
        command.SetAction(async (parse, ct) =>
        {
            var files = ReadFiles(CaseFiles(parse.GetValue(paths)!));
            var underTest = LoadProfile(parse.GetValue(profile) ?? DefaultProfile);
            var run = await PolicyCaseRunner.RunAsync(files, underTest, ct);
            if (parse.GetValue(format) == "json")
            {
                await using (var stdout = Console.OpenStandardOutput())
                {
                    PolicyCaseJson.Write(stdout, run);
                }

                Console.WriteLine();
            }
            else
            {
                PrintTable(run);
            }

            return run.Succeeded ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    /// <summary>The case files named: files as given, directories searched recursively, each in ordinal order of its path.</summary>
    public static IReadOnlyList<string> CaseFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new CliException(ExitCodes.Usage, $"{path}：文件或目录不存在。");
            }
        }

        return files.Count > 0 ? files : throw new CliException(ExitCodes.Usage, "没有找到用例文件（*.yaml 或 *.yml）。");
    }

    private static List<(string, string)> ReadFiles(IReadOnlyList<string> files) =>
        [.. files.Select(f => (f, Read(f, CaseFileLoader.MaxLength, "不像是政策用例文件")))];

    private static PolicyProfile LoadProfile(string file)
    {
        var loaded = ProfileLoader.Load(Read(file, ProfileLoader.MaxLength, "不像是政策配置文件"), file);
        if (loaded.Profile is { } profile)
        {
            return profile;
        }

        foreach (var p in loaded.Problems)
        {
            Console.Error.WriteLine(p.ToString());
        }

        throw new CliException(ExitCodes.Refused, string.Create(CultureInfo.InvariantCulture, $"政策配置 {file} 有 {loaded.Problems.Count} 个问题，未运行用例。"));
    }

    private static string Read(string file, int maxLength, string tooLarge)
    {
        try
        {
            if (!File.Exists(file))
            {
                throw new CliException(ExitCodes.Usage, $"{file}：文件不存在。");
            }

            // UTF-8 text: at most 4 bytes a character.
            return new FileInfo(file).Length > maxLength * 4L
                ? throw new CliException(ExitCodes.Usage, $"{file}：文件过大，{tooLarge}。")
                : File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Usage, $"{file}：无法读取文件：{ex.Message}");
        }
    }

    private static void PrintTable(PolicyCaseRun run)
    {
        foreach (var file in run.Files)
        {
            foreach (var p in file.Problems)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Source}:{p.Line}:{p.Column}: {p.Message}"));
            }

            foreach (var c in file.Cases)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(c.Passed ? "PASS" : "FAIL")}  {c.Source} › {c.Name}  ({c.Elapsed.TotalMilliseconds:0} ms)"));
                foreach (var d in c.Differences)
                {
                    var where = d.At is { } at ? string.Create(CultureInfo.InvariantCulture, $"{c.Source}:{at.Line}:{at.Column}: ") : "";
                    Console.WriteLine($"      {where}{d.Message}");
                }
            }
        }

        var problems = run.FilesWithProblems > 0 ? string.Create(CultureInfo.InvariantCulture, $", {run.FilesWithProblems} not loaded") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"policy cases: {run.Passed} passed, {run.Failed} failed, {run.Files.Count} files{problems}, {run.Elapsed.TotalSeconds:0.00} s"));
    }
}
