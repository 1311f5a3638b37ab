using System.Data;
using Jiceng.Core.Common;
using MiniExcelLibs;

namespace Jiceng.Data.Exchange;

/// <summary>
/// The error report of a refused import: the file's own rows and columns, and a last column 错误说明 with every
/// refusal of the row (column, value, reason). Fixed in place, the same file can be imported again (the extra column is
/// ignored with a notice). Errors of the file as a whole come first, in the error column of rows without data.
/// </summary>
public static class ImportErrorReport
{
    public const string ErrorColumn = "错误说明";

    public static async Task WriteAsync(Stream source, ImportResult result, ImportLimits limits, Stream output, CancellationToken ct)
    {
        var byRow = result.Errors.Where(e => e.Row > 0).GroupBy(e => e.Row)
            .ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => $"「{e.Column}」{(e.Value is null ? "" : $"“{e.Value}”")}{e.Reason}")));
        using var table = new DataTable("错误报告");
        var rows = new List<TabularRow>();
        try
        {
            var file = TabularFile.Open(source, limits);
            rows.AddRange(file.Rows());
        }
        catch (ImportRefusedException)
        {
            // The file itself was refused: the report lists the reasons only.
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var header = rows.Count == 0 ? [] : rows[0].Cells;
        for (var i = 0; i < width; i++)
        {
            var name = i < header.Count && !string.IsNullOrEmpty(header[i]) ? header[i]! : $"第{i + 1}列";
            while (table.Columns.Contains(name) || name == ErrorColumn)
            {
                name += "_";
            }

            table.Columns.Add(name, typeof(string));
        }

        table.Columns.Add(ErrorColumn, typeof(string));
        foreach (var e in result.Errors.Where(e => e.Row <= 0))
        {
            var line = new object[width + 1];
            Array.Fill(line, "");
            line[width] = SpreadsheetText.Neutralise(e.Reason);
            table.Rows.Add(line);
        }

        foreach (var row in rows.Skip(1))
        {
            var line = new object[width + 1];
            for (var i = 0; i < width; i++)
            {
                line[i] = SpreadsheetText.Neutralise(i < row.Cells.Count ? row.Cells[i] : null);
            }

            line[width] = SpreadsheetText.Neutralise(byRow.GetValueOrDefault(row.Number));
            table.Rows.Add(line);
        }

        if (result.ErrorCount > result.Errors.Count)
        {
            var line = new object[width + 1];
            Array.Fill(line, "");
            line[width] = $"共 {result.ErrorCount} 处错误，报告列出前 {result.Errors.Count} 处";
            table.Rows.Add(line);
        }

        await output.SaveAsAsync(table, sheetName: "错误报告", cancellationToken: ct);
    }
}
