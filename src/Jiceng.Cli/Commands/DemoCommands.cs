using System.CommandLine;
using Jiceng.Data.Demo;
using Jiceng.Data.Storage;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

public static class DemoCommands
{
    public static Command Create()
    {
        var scale = new Option<DemoScale>("--scale") { Description = "数据规模：District（演示区，约5000名干部）| Small（测试用）| Region（朔州市三个县区）| Province（山西省全部县区，约50万名干部，批量写入）", DefaultValueFactory = _ => DemoScale.District };
        var seed = new Option<int>("--seed") { Description = "随机种子（相同种子生成相同数据）", DefaultValueFactory = _ => 2020 };
        var seedCommand = new Command("seed", "向空数据库写入演示区数据") { scale, seed };
        seedCommand.SetAction(async (parse, ct) =>
        {
            await using var db = CliDatabase.Open(parse, requireSchema: false);
            await DatabaseInitializer.MigrateAsync(db, ct);
            if (!await DemoSeeder.IsEmptyAsync(db, ct))
            {
                AnsiConsole.MarkupLine("[red]数据库中已有数据，未写入演示数据。[/]请对空数据库使用本命令。");
                return 1;
            }

            if (parse.GetValue(scale) is DemoScale.Region or DemoScale.Province)
            {
                return await SeedProvinceAsync(db, parse.GetValue(scale) == DemoScale.Province ? ProvinceScale.Province : ProvinceScale.Region, parse.GetValue(seed), ct);
            }

            var data = DemoDistrictGenerator.Generate(parse.GetValue(scale), parse.GetValue(seed));
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("写入演示数据");
                    var progress = new Progress<(int Done, int Total)>(p =>
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                    });
                    await DemoSeeder.SeedAsync(db, data, progress, ct);
                    task.Value = task.MaxValue;
                });

            // The ledger's past, as the web app's first start writes it: evaluations at the month ends of the data
            // year under the shipped profiles, and what the townships and the organization department did about them.
            var directory = Path.Combine(AppContext.BaseDirectory, "policy");
            var profiles = Jiceng.Web.Compliance.PolicyProfiles.Build(Jiceng.Web.Compliance.PolicyProfiles.LoadFiles(directory), []);
            var history = await DemoHistory.WriteAsync(db, profiles.InForceOn, ct);

            var table = new Table().AddColumn("内容").AddColumn(new TableColumn("数量").RightAligned());
            table.AddRow("单位", data.OrgUnits.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("干部", data.Cadres.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("任职记录", data.Posts.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("届次", data.Terms.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("历史核查", history.Runs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return 0;
        });
        return new Command("demo", "演示数据") { seedCommand };
    }

    /// <summary>
    /// The province (or a few of its districts) district by district through the bulk path: one district in memory at
    /// a time. No ledger history: month-end evaluations of a province are the benchmark's work, not a seed's.
    /// </summary>
    private static async Task<int> SeedProvinceAsync(Jiceng.Data.JicengDbContext db, ProvinceScale scale, int seed, CancellationToken ct)
    {
        ProvinceSeedResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("写入演示数据（按县区）");
                var progress = new Progress<(int Done, int Total, long Rows)>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = $"写入演示数据（{p.Done}/{p.Total} 县区，{p.Rows:N0} 行）";
                });
                result = await DemoProvinceSeeder.SeedAsync(db, scale, seed, progress, ct);
                task.Value = task.MaxValue;
            });

        var table = new Table().AddColumn("内容").AddColumn(new TableColumn("数量").RightAligned());
        table.AddRow("县区", result!.Districts.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("单位", result.OrgUnits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("干部", result.Cadres.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("记录（行）", result.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("预置问题", result.Planted.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return 0;
    }
}
