using System.CommandLine;
using Jiceng.Data.Demo;
using Jiceng.Data.Storage;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

public static class DemoCommands
{
    public static Command Create()
    {
        var scale = new Option<DemoScale>("--scale") { Description = "数据规模：District（演示区，约3000名干部）| Small（测试用）", DefaultValueFactory = _ => DemoScale.District };
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
}
