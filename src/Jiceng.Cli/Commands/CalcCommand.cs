using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Web.Compliance;

namespace Jiceng.Cli.Commands;

/// <summary>
/// <c>jiceng calc NAME --INPUT VALUE … [--profile FILE] [--json]</c>: runs a calculator of clause 八 (subsidy, trips,
/// leave, pension, reward) or 十 (bonus) and prints the amount with its working in Chinese, or as JSON. Without <c>--profile</c> it
/// uses the profile in force on the calculation's day (the shipped files and the versions adopted in the database).
/// Exit 0 computed; 1 refused (an input the profile rules out, no profile in force); 2 a wrong input or command line.
/// </summary>
public static class CalcCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Command Create()
    {
        var command = new Command("calc", "计算器：按政策配置计算补贴、往返交通费报销、未休年休假报酬、养老保险补助、集体经济奖励（第八条）和事业单位招聘加分（第十条），并列出计算过程");
        foreach (var calculator in Calculators.All)
        {
            command.Subcommands.Add(Create(calculator));
        }

        return command;
    }

    /// <summary>The option of an input: <c>--posting-start</c>, also accepted as <c>--posting_start</c>.</summary>
    public static string OptionName(CalcField field) => "--" + field.Name.Replace('_', '-');

    private static Command Create(ICalculator calculator)
    {
        var profile = new Option<string?>("--profile") { Description = "政策配置文件（默认：计算日在用的配置，即程序目录下 policy 中的配置文件和系统中通过的版本）" };
        var profiles = new Option<string?>("--profiles") { Description = "政策配置目录（默认：程序目录下的 policy）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（与 POST /api/v1/calc/" + calculator.Name + " 的应答相同）" };
        var inputs = new List<(CalcField Field, Option<string[]> Option)>();
        var command = new Command(calculator.Name, calculator.Title + "（" + string.Join("，", calculator.ParameterIds) + "）") { profile, profiles, json };
        foreach (var field in calculator.Fields)
        {
            var option = new Option<string[]>(OptionName(field))
            {
                Description = $"{field.Label}：{field.Format}{(field.Required ? "（必填）" : "")}",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
            if (field.Name.Contains('_', StringComparison.Ordinal))
            {
                option.Aliases.Add("--" + field.Name);
            }

            inputs.Add((field, option));
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var args = new CalcArgs();
            foreach (var (field, option) in inputs)
            {
                foreach (var value in parse.GetValue(option) ?? [])
                {
                    args.Add(field.Name, value);
                }
            }

            var read = calculator.Parse(args);
            if (read.Request is not { } request)
            {
                throw Refusal(ExitCodes.Usage, read.Errors);
            }

            var day = request.ReferenceDay ?? ChinaTime.Today(TimeProvider.System);
            var used = parse.GetValue(profile) is { } file ? await LoadAsync(file, ct) : InForce(parse, parse.GetValue(profiles), day);
            var outcome = request.Compute(used);
            if (outcome.Calculation is not { } calculation)
            {
                throw Refusal(ExitCodes.Refused, outcome.Errors);
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(CalculationResponse.From(calculation, used), Json));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"政策配置：{used.Name}（自 {Dates.Format(used.EffectiveFrom)} 起生效{(used.IsExample ? "，示例值" : "")}）"));
                Console.Write(calculation.ToText());
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static CliException Refusal(int exitCode, IReadOnlyList<FieldError> errors) =>
        new(exitCode, string.Join(Environment.NewLine, errors.Select(e => $"输入有误（{e.Field}）：{e.Message}")));

    /// <summary>The profile in force on <paramref name="day"/>: the shipped files and the versions adopted in the database.</summary>
    private static PolicyProfile InForce(ParseResult parse, string? directory, DateOnly day)
    {
        directory ??= Path.Combine(AppContext.BaseDirectory, "policy");
        var files = Directory.Exists(directory) ? PolicyProfiles.LoadFiles(directory) : throw new CliException(ExitCodes.Usage, $"{directory}：目录不存在。");
        CliDatabase.RequireCreated(parse);
        using var db = CliDatabase.Open(parse);
        var set = PolicyProfiles.Build(files, [.. PolicyProfiles.Adopted(db).Select(a => a.Profile)]);
        return set.TryInForceOn(day, out var inForce)
            ? inForce
            : throw new CliException(ExitCodes.Refused, string.Create(CultureInfo.InvariantCulture,
                $"{Dates.Format(day)} 没有生效的政策配置（最早的配置自 {Dates.Format(set.Versions[0].EffectiveFrom)} 起生效）；请换一个日期，或用 --profile 指定配置文件。"));
    }

    private static async Task<PolicyProfile> LoadAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new CliException(ExitCodes.Usage, $"{file}：文件不存在。");
        }

        if (new FileInfo(file).Length > ProfileLoader.MaxLength * 4L)
        {
            throw new CliException(ExitCodes.Usage, $"{file}：文件过大，不像是政策配置文件。");
        }

        var loaded = ProfileLoader.Load(await File.ReadAllTextAsync(file, ct), file);
        if (loaded.Profile is { } p)
        {
            return p;
        }

        foreach (var problem in loaded.Problems)
        {
            Console.Error.WriteLine(problem.ToString());
        }

        throw new CliException(ExitCodes.Refused, string.Create(CultureInfo.InvariantCulture, $"政策配置 {file} 有 {loaded.Problems.Count} 个问题，未计算。"));
    }
}
