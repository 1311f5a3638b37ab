using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Data.Engine;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>Findings as console tables: counts by rule, then every finding.</summary>
internal static class FindingsTable
{
    public static void Print(EvaluationResult result, PolicyProfile profile)
    {
        var run = result.Run;
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[bold]{run.Year}年度[/]，截至 {Dates.Format(run.AsOf)}，依据“{Markup.Escape(profile.Name)}”，用时 {run.DurationMs} 毫秒");
        if (profile.IsExample)
        {
            AnsiConsole.MarkupLine("[yellow]注意：现行配置中的数值为示例值，须由本地按实际修改。[/]");
        }

        var byRule = new Table().AddColumn("规则").AddColumn("条款").AddColumn("名称")
            .AddColumn(new TableColumn("违规").RightAligned()).AddColumn(new TableColumn("预警").RightAligned()).AddColumn(new TableColumn("提示").RightAligned());
        foreach (var rule in RuleCatalog.All)
        {
            var of = result.Findings.Where(f => f.Rule == rule.Id).ToList();
            byRule.AddRow(rule.Id, ClauseCatalog.Get(rule.Clause).Numeral, Markup.Escape(rule.Title), N(of, Severity.Violation), N(of, Severity.Warning), N(of, Severity.Info));
        }

        AnsiConsole.Write(byRule);

        var list = new Table().AddColumn("性质").AddColumn("规则").AddColumn("对象").AddColumn("实际").AddColumn("要求").AddColumn("期限").AddColumn("说明");
        foreach (var f in result.Findings)
        {
            list.AddRow(Label(f.Severity), f.Rule, Markup.Escape(f.Subject.Name), Markup.Escape(f.Measured), Markup.Escape(f.Required),
                Dates.Format(f.Due), Markup.Escape(f.Message));
        }

        AnsiConsole.Write(list);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"共 {result.Findings.Count} 条：违规 {run.Violations}，预警 {run.Warnings}，提示 {run.Infos}");
        if (run.Id != 0)
        {
            // Saved: the ledger's changes of this run.
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"整改台账：新发现 {run.Opened}，已核销 {run.Resolved}，再次出现 {run.Reopened}");
        }
    }

    public static string Label(Severity s) => s switch
    {
        Severity.Violation => "[red]违规[/]",
        Severity.Warning => "[yellow]预警[/]",
        Severity.Info => "[blue]提示[/]",
    };

    private static string N(List<Finding> findings, Severity s) => findings.Count(f => f.Severity == s).ToString(CultureInfo.InvariantCulture);
}
