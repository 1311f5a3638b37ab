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
                ? new EvaluationContext(parse.GetValue(year), DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                : EvaluationContext.ForYear(parse.GetValue(year), today);
            await using var db = CliDatabase.Open(parse);
            var files = PolicyProfiles.LoadFiles(parse.GetValue(profiles) ?? Path.Combine(AppContext.BaseDirectory, "policy"));
            var set = PolicyProfiles.Build(files, [.. PolicyProfiles.Adopted(db).Select(a => a.Profile)]);
            var inForce = set.InForceOn(context.AsOf);
            PolicyProfile? draftProfile = null;
            if (parse.GetValue(draft) is { } file)
            {
                var loaded = ProfileLoader.Load(await File.ReadAllTextAsync(file, ct), file);
                if (!loaded.Succeeded)
                {
                    foreach (var p in loaded.Problems)
                    {
                        Console.Error.WriteLine(p.ToString());
                    }

                    return 1;
                }

                draftProfile = loaded.Profile;
            }

            var scope = await ScopeAsync(db, parse.GetValue(org), ct);
            if (scope is null)
            {
                AnsiConsole.MarkupLine("[red]未找到该单位。[/]");
                return 1;
            }

            var quiet = parse.GetValue(format) != "table";
            var current = await RunAsync(db, scope, inForce, context, quiet, ct);
            if (draftProfile is not null && parse.GetValue(compare))
            {
                var proposed = await RunAsync(db, scope, draftProfile, context, quiet, ct);
                var township = await Evaluator.TownshipNamerAsync(db, scope, "区直及其他", ct);
                WhatIfOutput.Print(WhatIfDiff.Compare(current.Findings, proposed.Findings, f => township(f.Subject.OrgUnitPath)), inForce, draftProfile);
                return 0;
            }

            var result = draftProfile is null ? current : await RunAsync(db, scope, draftProfile, context, quiet, ct);
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
                    FindingsTable.Print(result, draftProfile ?? inForce);
                    break;
            }

            return 0;
        });
        return command;
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
