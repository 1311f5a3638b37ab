using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiceng.Core.Common;

namespace Jiceng.Data.Exchange;

/// <summary>
/// A kind's xlsx template: sheet 数据 with the Chinese headers (required ones marked *), text format for ID numbers and
/// codes, and a drop-down for every closed list; sheet 填写说明 with each column's meaning; a hidden sheet 代码表 that
/// holds the drop-downs' values. Given rows, the same file is the kind's export in import form (the round trip).
/// </summary>
public static class ImportTemplate
{
    private const uint TextStyle = 1;
    private const uint HeaderStyle = 2;
    private const int ListRows = 10_000;

    public static void Write(ImportKind kind, Stream output, IEnumerable<IReadOnlyDictionary<string, object?>>? rows = null)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var columns = kind.Columns;

        // 数据
        var data = workbook.AddNewPart<WorksheetPart>();
        var cols = new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Max(12, c.Header.Length * 2.6), CustomWidth = true,
            Style = c.Text ? TextStyle : 0U,
        }));
        var sheetData = new SheetData(new Row(columns.Select(c => TextCell(c.Required ? c.Header + "*" : c.Header, HeaderStyle))) { RowIndex = 1 });
        uint index = 1;
        foreach (var values in rows ?? [])
        {
            index++;
            sheetData.AppendChild(new Row(columns.Select(c => Cell(values.TryGetValue(c.Key, out var v) ? v : null, c.Text))) { RowIndex = index });
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            cols, sheetData);
        var lists = columns.Select((c, i) => (Column: c, Index: i)).Where(x => x.Column.Choices.Count > 0).ToList();
        if (lists.Count > 0)
        {
            var validations = new DataValidations(lists.Select((x, n) => new DataValidation(new Formula1($"代码表!${Letter(n)}$2:${Letter(n)}${x.Column.Choices.Count + 1}"))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "请从下拉列表中选择",
                Error = $"“{x.Column.Header}”请从下拉列表中选择", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Letter(x.Index)}2:{Letter(x.Index)}{ListRows}" },
            })) { Count = (uint)lists.Count };
            worksheet.AppendChild(validations);
        }

        data.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(data), SheetId = 1, Name = "数据" });

        // 填写说明
        var help = workbook.AddNewPart<WorksheetPart>();
        var helpRows = new List<Row>
        {
            new(TextCell($"{kind.Label}导入模板：在“数据”表中每行填写一条记录，第一行表头不要改动；可以调整列的顺序，多余的列会被忽略。", 0)),
            new(TextCell($"同一{kind.Label}以“{kind.NaturalKey}”识别：再次导入同一文件不会重复登记，已有记录按文件内容更新。", 0)),
            new(TextCell("整个文件全部通过校验才会写入；有任何一行出错则都不写入，并可下载标明错误的报告。也可另存为 CSV（UTF-8 或 GB18030）导入。", 0)),
            new(TextCell("日期写作 yyyy-MM-dd（如 2024-03-01）；带 * 的列必填。", 0)),
            new(new[] { TextCell("列名", HeaderStyle), TextCell("必填", HeaderStyle), TextCell("说明", HeaderStyle) }),
        };
        helpRows.AddRange(columns.Select(c => new Row(TextCell(c.Header, 0), TextCell(c.Required ? "是" : "否", 0), TextCell(c.Description, 0))));
        for (var i = 0; i < helpRows.Count; i++)
        {
            helpRows[i].RowIndex = (uint)(i + 1);
        }

        help.Worksheet = new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 8, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 60, CustomWidth = true }),
            new SheetData(helpRows));
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(help), SheetId = 2, Name = "填写说明" });

        // 代码表 (hidden): one column per drop-down.
        var codes = workbook.AddNewPart<WorksheetPart>();
        var longest = lists.Count == 0 ? 0 : lists.Max(x => x.Column.Choices.Count);
        var codeRows = new SheetData();
        for (var r = 0; r <= longest; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var n = 0; n < lists.Count; n++)
            {
                var choices = lists[n].Column.Choices;
                var text = r == 0 ? lists[n].Column.Header : r <= choices.Count ? choices[r - 1] : null;
                if (text is not null)
                {
                    var cell = TextCell(text, 0);
                    cell.CellReference = $"{Letter(n)}{r + 1}";
                    row.AppendChild(cell);
                }
            }

            codeRows.AppendChild(row);
        }

        codes.Worksheet = new Worksheet(codeRows);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(codes), SheetId = 3, Name = "代码表", State = SheetStateValues.Hidden });
        workbook.Workbook.Save();
    }

    private static Cell Cell(object? value, bool text) => value switch
    {
        null => new Cell(),
        DateOnly d => TextCell(Dates.Format(d), 0),
        int or long or decimal or double when !text => new Cell
        {
            DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        bool b => TextCell(b ? "是" : "否", 0),
        _ => TextCell(SpreadsheetText.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)), text ? TextStyle : 0),
    };

    private static Cell TextCell(string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style,
    };

    /// <summary>A, B, … Z, AA, AB …</summary>
    public static string Letter(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, NumberFormatId = 49, ApplyFont = true, ApplyNumberFormat = true }) { Count = 3 });
}
