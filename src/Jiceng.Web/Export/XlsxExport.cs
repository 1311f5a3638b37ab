using System.Data;
using Jiceng.Core.Common;
using Jiceng.Data.Audit;
using Jiceng.Web.Audit;
using MiniExcelLibs;

namespace Jiceng.Web.Export;

/// <summary>One column of an exported list: its Chinese header and how a row fills it.</summary>
public sealed record XlsxColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Every list's "导出 Excel": the rows as one xlsx sheet, headers first, text cells neutralised against formula
/// injection, dates as yyyy-MM-dd. An export is audited (what kind, how many rows, which filter); the caller has already
/// read the rows through the user's scope.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most rows one file carries; a longer list is cut and the file says so in its last row.</summary>
    public const int MaxRows = 100_000;

    public static async Task<IResult> FileAsync<T>(
        IAuditLog audit, string recordType, object? filter, IReadOnlyCollection<T> rows, IReadOnlyList<XlsxColumn<T>> columns,
        string sheetName, string fileName, CancellationToken ct)
    {
        var truncated = rows.Count >= MaxRows;
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, recordType, "",
            new { format = "xlsx", rows = rows.Count, truncated, filter }, ct: ct);
        var stream = await WriteAsync(rows, columns, sheetName, truncated, ct);
        return TypedResults.File(stream, ContentType, fileName);
    }

    public static async Task<MemoryStream> WriteAsync<T>(
        IEnumerable<T> rows, IReadOnlyList<XlsxColumn<T>> columns, string sheetName, bool truncated, CancellationToken ct)
    {
        // A table rather than dictionaries, so an empty list still has its header row.
        using var table = new DataTable(sheetName);
        foreach (var column in columns)
        {
            table.Columns.Add(column.Header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(columns.Select(c => Cell(c.Value(row))).ToArray());
        }

        if (truncated)
        {
            table.Rows.Add(columns.Select((_, i) => i == 0 ? (object)$"仅导出前 {MaxRows} 行，请缩小筛选范围后再导出" : "").ToArray());
        }

        var stream = new MemoryStream();
        await stream.SaveAsAsync(table, sheetName: sheetName, cancellationToken: ct);
        stream.Position = 0;
        return stream;
    }

    private static object Cell(object? value) => value switch
    {
        null => "",
        string s => SpreadsheetText.Neutralise(s),
        DateOnly d => Dates.Format(d),
        int or long or decimal or double => value,
        bool b => b ? "是" : "否",
        _ => SpreadsheetText.Neutralise(value.ToString()),
    };
}
