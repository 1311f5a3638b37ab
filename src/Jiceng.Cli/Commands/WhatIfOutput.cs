using System.Globalization;
using Jiceng.Core.Policy;
using Jiceng.Data.Engine;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>The what-if comparison as console tables.</summary>
internal static class WhatIfOutput
{
    public static void Print(WhatIfDiff diff, PolicyProfile current, PolicyProfile draft)
    {
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"草案“{Markup.Escape(draft.Name)}”与现行“{Markup.Escape(current.Name)}”相比：新增 [red]{diff.Gained.Count}[/] 条，消除 [green]{diff.Lost.Count}[/] 条（未保存）");
        Write("按规则", diff.ByRule);
        Write("按性质", diff.BySeverity);
        Write("按乡镇", diff.ByTownship);
    }

    private static void Write(string title, IReadOnlyList<DiffRow> rows)
    {
        var table = new Table().Title(title).AddColumn("").AddColumn(new TableColumn("现行").RightAligned()).AddColumn(new TableColumn("草案").RightAligned())
            .AddColumn(new TableColumn("新增").RightAligned()).AddColumn(new TableColumn("消除").RightAligned());
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Key), N(r.Before), N(r.After), N(r.Gained), N(r.Lost));
        }

        AnsiConsole.Write(table);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
