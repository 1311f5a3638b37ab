using System.CommandLine;
using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Web.Compliance;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary><c>jiceng evaluate</c>: judge the records of a year against the profile in force, or a draft against it.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "评估年度", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "截至日期 yyyy-MM-dd（默认：往年取年末，本年取今天）" };
        var org = new Option<string?>("--org") { Description = "只评估该单位（12位区划代码）及其下级" };
        var format = new Option<string>("--format") { Description = "输出格式 table | json | csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var profiles = new Option<string?>("--profiles") { Description = "政策配置目录（默认：程序目录下的 policy）" };
        var draft = new Option<string?>("--profile") { Description = "草案配置文件：用它代替现行配置评估（不保存）" };
        var compare = new Option<bool>("--compare") { Description = "与现行配置的结果比较，列出增减（需 --profile）" };
        var noSave = new Option<bool>("--no-save") { Description = "只显示，不保存本次评估" };

        var command = new Command("evaluate", "按政策配置核查记录，输出核查结果") { year, asOf, org, format, profiles, draft, compare, noSave };
        command.SetAction(async (parse, ct) =>
        {
            var today = ChinaTime.Today(TimeProvider.System);
            var context = parse.GetValue(asOf) is { } day
                ? new EvaluationContext(parse.GetValue(year), ParseDay(day))
                : EvaluationContext.ForYear(parse.GetValue(year), today);
            var draftProfile = parse.GetValue(draft) is { } file ? await LoadDraftAsync(file, ct) : null;
            if (draftProfile is null && parse.GetValue(compare))
            {
                throw new CliException(ExitCodes.Usage, "--compare 须与 --profile 草案配置文件一起使用。");
            }

            await using var db = CliDatabase.Open(parse);
            var directory = parse.GetValue(profiles) ?? Path.Combine(AppContext.BaseDirectory, "policy");
            var files = Directory.Exists(directory) ? PolicyProfiles.LoadFiles(directory) : throw new CliException(ExitCodes.Usage, $"{directory}：目录不存在。");
            var set = PolicyProfiles.Build(files, [.. PolicyProfiles.Adopted(db).Select(a => a.Profile)]);
            set.TryInForceOn(context.AsOf, out var inForce);
            // A draft may be tried on any date; the profile in force is needed only without one, or to compare with.
            if (inForce is null && (draftProfile is null || parse.GetValue(compare)))
            {
                throw new CliException(ExitCodes.Refused, string.Create(CultureInfo.InvariantCulture,
                    $"{Dates.Format(context.AsOf)} 没有生效的政策配置（最早的配置自 {Dates.Format(set.Versions[0].EffectiveFrom)} 起生效）；请换一个日期，或用 --profile 指定草案配置。"));
            }

            var scope = await ScopeAsync(db, parse.GetValue(org), ct)
                ?? throw new CliException(ExitCodes.Refused, parse.GetValue(org) is { } code
                    ? $"未找到区划代码为 {code} 的单位。"
                    : "数据库中还没有任何单位（可先运行 jiceng demo seed 写入演示数据）。");

            var quiet = parse.GetValue(format) != "table";
            if (draftProfile is not null && parse.GetValue(compare))
            {
                var current = await RunAsync(db, scope, inForce!, context, quiet, ct);
                var proposed = await RunAsync(db, scope, draftProfile, context, quiet, ct);
                var township = await Evaluator.TownshipNamerAsync(db, scope, "区直及其他", ct);
                WhatIfOutput.Print(WhatIfDiff.Compare(current.Findings, proposed.Findings, f => township(f.Subject.OrgUnitPath)), inForce!, draftProfile);
                return 0;
            }

            var profile = draftProfile ?? inForce!;
            var result = await RunAsync(db, scope, profile, context, quiet, ct);
            if (draftProfile is null && !parse.GetValue(noSave))
            {
                await Evaluator.SaveAsync(db, result, "cli", ct);
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    await using (var stdout = Console.OpenStandardOutput())
                    {
                        FindingExport.WriteJson(stdout, result.Findings);
                    }

                    Console.WriteLine();
                    break;
                case "csv":
                    FindingExport.WriteCsv(Console.Out, result.Findings);
                    break;
                default:
                    FindingsTable.Print(result, profile);
                    break;
            }

            return 0;
        });
        return command;
    }

    private static DateOnly ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException(ExitCodes.Usage, $"--as-of 应为 yyyy-MM-dd 格式的日期（如 2020-12-31），而不是“{text}”。");

    /// <summary>The draft profile of <c>--profile</c>; its problems (with line and column) go to stderr, and the command ends refused.</summary>
    private static async Task<PolicyProfile> LoadDraftAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new CliException(ExitCodes.Usage, $"{file}：文件不存在。");
        }

        var loaded = ProfileLoader.Load(await File.ReadAllTextAsync(file, ct), file);
        if (loaded.Profile is { } profile)
        {
            return profile;
        }

        foreach (var p in loaded.Problems)
        {
            Console.Error.WriteLine(p.ToString());
        }

        throw new CliException(ExitCodes.Refused, string.Create(CultureInfo.InvariantCulture, $"草案配置 {file} 有 {loaded.Problems.Count} 个问题，未评估。"));
    }

    private static async Task<EvaluationResult> RunAsync(JicengDbContext db, DataScope scope, PolicyProfile profile, EvaluationContext context, bool quiet, CancellationToken ct)
    {
        if (quiet)
        {
            return await Evaluator.EvaluateAsync(db, scope, profile, context, ct: ct);
        }

        EvaluationResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"核查（{profile.Name}）");
                var progress = new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                });
                result = await Evaluator.EvaluateAsync(db, scope, profile, context, progress: progress, ct: ct);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static async Task<DataScope?> ScopeAsync(JicengDbContext db, string? code, CancellationToken ct)
    {
        if (code is null)
        {
            return await DataScopeQueries.RootAsync(db, ct);
        }

        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        return unit is null ? null : new DataScope(unit.Id, unit.Path);
    }

}
