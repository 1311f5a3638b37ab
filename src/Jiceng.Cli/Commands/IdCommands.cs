using System.CommandLine;
using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;
using Jiceng.Core.Common;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

public static class IdCommands
{
    public static Command Create()
    {
        var number = new Argument<string>("NUMBER") { Description = "18位公民身份号码" };
        var check = new Command("check", "校验身份证号码（GB 11643-1999），显示出生日期、性别和发证地") { number };
        check.SetAction(parse =>
        {
            var text = parse.GetValue(number)!;
            if (!IdCardNumber.TryParse(text, out var id, out var error))
            {
                AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]无效[/]：{error}");
                return 1;
            }

            var table = new Table().HideHeaders().AddColumn("").AddColumn("");
            table.AddRow("号码", id.Value);
            table.AddRow("校验", "[green]有效[/]（ISO 7064 MOD 11-2 校验位正确）");
            table.AddRow("出生日期", Dates.Format(id.BirthDate));
            table.AddRow("性别", id.Sex == Sex.Male ? "男" : "女");
            table.AddRow("地区", Markup.Escape($"{id.RegionCode} {CodeTables.RegionName(id.RegionCode) ?? "（代码表中无此地区，可能为已撤销的旧区划）"}"));
            AnsiConsole.Write(table);
            return 0;
        });
        return new Command("id", "身份证号码工具") { check };
    }
}
