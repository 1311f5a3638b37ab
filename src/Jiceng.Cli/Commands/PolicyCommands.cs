using System.CommandLine;
using System.Globalization;
using Jiceng.Core.Policy;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>
/// <c>jiceng policy check FILE</c>: validate a policy profile; print every problem as <c>FILE:LINE:COL  ID  message</c>
/// (exit 1), or the profile as a table (exit 0). Exit 2 when the file cannot be read. <c>jiceng policy test</c> runs
/// policy cases (<see cref="PolicyTestCommand"/>).
/// </summary>
public static class PolicyCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "政策配置文件（YAML），如 policy/default-2020.yaml" };
        var check = new Command("check", "检查政策配置文件：有问题则逐条列出（退出码 1），否则显示配置表（退出码 0）") { file };
        check.SetAction(parse => Check(parse.GetValue(file)!));
        return new Command("policy", "政策配置（每个“x”一个参数，按生效日期分版本）") { check, PolicyTestCommand.Create() };
    }

    private static int Check(FileInfo file)
    {
        var name = file.ToString();
        string text;
        try
        {
            if (!file.Exists)
            {
                Console.Error.WriteLine($"{name}: 文件不存在");
                return 2;
            }

            if (file.Length > ProfileLoader.MaxLength * 4L)
            {
                Console.Error.WriteLine($"{name}: 文件过大，不像是政策配置文件");
                return 2;
            }

            text = File.ReadAllText(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{name}: 无法读取文件：{ex.Message}");
            return 2;
        }

        var result = ProfileLoader.Load(text, name);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                Console.WriteLine(problem.ToString());
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"共 {result.Problems.Count} 个问题，配置未通过检查。"));
            return 1;
        }

        Show(result.Profile);
        return 0;
    }

    private static void Show(PolicyProfile profile)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 160; // a file or pipe gets whole rows, not an 80-column wrap
        }

        var from = profile.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(profile.Name)}[/]（{from} 起生效）");
        if (profile.IsExample)
        {
            AnsiConsole.MarkupLine("[black on yellow] 注意：本配置中的数值均为示例，须由各地按正式文件替换。 [/] [yellow](example values — a jurisdiction replaces them)[/]");
        }

        var table = new Table().AddColumn("条款").AddColumn(new TableColumn("编号").NoWrap()).AddColumn("名称").AddColumn("值").AddColumn("来源");
        var lastClause = -1;
        foreach (var (definition, value) in profile.Entries)
        {
            var clause = definition.Clause == lastClause ? "" : definition.Clause == 0 ? "地区" : $"第{ClauseCatalog.Get(definition.Clause).Numeral}条";
            lastClause = definition.Clause;
            var shown = ParameterValueFormatter.Format(definition, profile);
            var cell = value is null ? $"[grey]{Markup.Escape(shown)}[/]" : Markup.Escape(shown);
            table.AddRow(new Markup(Markup.Escape(clause)), new Text(definition.Id), new Text(definition.Label), new Markup(cell),
                new Text(ParameterValueFormatter.Source(profile.SourceOf(definition.Id))));
        }

        AnsiConsole.Write(table);
        var set = profile.Values.Count;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]检查通过[/]：{ParameterCatalog.All.Count} 个参数，已设置 {set} 个，未设置 {ParameterCatalog.All.Count - set} 个（均为可选参数）。"));
    }
}
