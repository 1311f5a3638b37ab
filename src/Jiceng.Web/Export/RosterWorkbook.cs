using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiceng.Core.Common;
using Jiceng.Data.Cadres;
using Jiceng.Web.Audit;

namespace Jiceng.Web.Export;

/// <summary>
/// The cadre roster (干部花名册) as organisation departments lay it out: a title row with the unit, a line with the date,
/// two header rows with merged cells (学历学位及专业 over 全日制/在职, 职级 over 职级/任职级时间), one row per cadre.
/// Printed on A4 landscape, fitted to the page width, the header rows repeated on every page. Text cells are neutralised
/// against formula injection; dates are written yyyy.MM, as the form has them.
/// </summary>
public static class RosterWorkbook
{
    public const string SheetName = "干部花名册";

    /// <summary>The column headings, in order; a null second part: the heading spans both header rows.</summary>
    public static readonly IReadOnlyList<(string Top, string? Sub)> Columns =
    [
        ("序号", null), ("姓名", null), ("性别", null), ("民族", null), ("出生年月", null), ("籍贯", null), ("入党时间", null), ("参加工作时间", null),
        ("学历学位及专业", "全日制教育"), ("学历学位及专业", "在职教育"), ("现任职务", null), ("任现职时间", null), ("职级", "职级"), ("职级", "任职级时间"),
        ("备注", null),
    ];

    private static readonly double[] Widths = [5, 9, 5, 7, 9, 12, 9, 10, 22, 16, 30, 10, 14, 10, 10];

    private const uint TitleStyle = 1, HeaderStyle = 2, BodyStyle = 3, NoteStyle = 4;

    public static MemoryStream Write(string unitName, DateOnly asOf, IReadOnlyList<CadreRosterRow> rows, Func<Core.Cadres.Sex, string> sex, bool truncated)
    {
        var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var styles = book.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var strings = new SharedStrings(book.AddNewPart<SharedStringTablePart>());
            var sheetPart = book.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            var last = Letter(Columns.Count - 1);
            data.Append(Row(1, 30, [(strings.Cell($"{unitName}干部花名册", "A1"), TitleStyle)]));
            data.Append(Row(2, 18, [(strings.Cell($"单位：{unitName}        截至：{asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}        共 {rows.Count} 人", "A2"), NoteStyle)]));
            data.Append(Row(3, 20, Columns.Select((c, i) => (strings.Cell(c.Top, $"{Letter(i)}3"), HeaderStyle))));
            data.Append(Row(4, 20, Columns.Select((c, i) => (strings.Cell(c.Sub ?? "", $"{Letter(i)}4"), HeaderStyle))));
            uint r = 5;
            foreach (var (row, n) in rows.Select((x, i) => (x, i + 1)))
            {
                string?[] values =
                [
                    null, row.Name, sex(row.Sex), row.Ethnicity, Month(row.BirthDate), row.NativePlace, Month(row.JoinedPartyOn), Month(row.JoinedWorkOn),
                    row.FullTimeEducation, row.InServiceEducation, row.CurrentPosts.Length > 0 ? row.CurrentPosts : row.OrgUnitName, Month(row.CurrentPostSince),
                    row.Rank, Month(row.RankSince), row.Remark,
                ];
                var cells = values.Select((v, i) => i == 0
                    ? (new Cell { CellReference = $"A{r}", CellValue = new CellValue(n), DataType = CellValues.Number }, BodyStyle)
                    : (strings.Cell(SpreadsheetText.Neutralise(v ?? ""), $"{Letter(i)}{r}"), BodyStyle));
                data.Append(Row(r++, null, cells));
            }

            if (truncated)
            {
                data.Append(Row(r, null, [(strings.Cell($"仅导出前 {XlsxExport.MaxRows} 行，请缩小筛选范围后再导出", $"A{r}"), NoteStyle)]));
            }

            var merges = new MergeCells(new MergeCell { Reference = $"A1:{last}1" }, new MergeCell { Reference = $"A2:{last}2" });
            for (var i = 0; i < Columns.Count; i++)
            {
                if (Columns[i].Sub is null)
                {
                    merges.Append(new MergeCell { Reference = $"{Letter(i)}3:{Letter(i)}4" });
                }
                else if (i == 0 || Columns[i - 1].Top != Columns[i].Top)
                {
                    merges.Append(new MergeCell { Reference = $"{Letter(i)}3:{Letter(i + 1)}3" });
                }
            }

            sheetPart.Worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetViews(new SheetView(new Pane { VerticalSplit = 4, TopLeftCell = "A5", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft })
                    { WorkbookViewId = 0 }),
                new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                data,
                merges,
                new PrintOptions { HorizontalCentered = true },
                new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
                new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));

            book.Workbook.Append(new Sheets(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            book.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName}'!$3:$4") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            strings.Save();
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A date as the roster writes it: yyyy.MM; empty for none.</summary>
    public static string Month(DateOnly? day) => day is { } d ? d.ToString("yyyy.MM", CultureInfo.InvariantCulture) : "";

    private static Row Row(uint index, double? height, IEnumerable<(Cell Cell, uint Style)> cells)
    {
        var row = new Row { RowIndex = index };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }

        foreach (var (cell, style) in cells)
        {
            cell.StyleIndex = style;
            row.Append(cell);
        }

        return row;
    }

    private static string Letter(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : string.Concat(((char)('A' + (index / 26) - 1)).ToString(), ((char)('A' + (index % 26))).ToString());

    private static Stylesheet Styles()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        Font Font(double size, bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "宋体" })
            : new Font(new FontSize { Val = size }, new FontName { Val = "宋体" });
        CellFormat Format(uint font, uint border, HorizontalAlignmentValues h) => new(
            new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        { FontId = font, BorderId = border, FillId = 0, NumberFormatId = 0, ApplyFont = true, ApplyBorder = border > 0, ApplyAlignment = true };

        return new Stylesheet(
            new Fonts(Font(11, false), Font(18, true), Font(11, true)),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), thin),
            new CellFormats(
                new CellFormat(),
                Format(1, 0, HorizontalAlignmentValues.Center),
                Format(2, 1, HorizontalAlignmentValues.Center),
                Format(0, 1, HorizontalAlignmentValues.Center),
                Format(0, 0, HorizontalAlignmentValues.Left)));
    }

    /// <summary>The workbook's shared strings: each text once, cells refer to it by index.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public Cell Cell(string text, string reference)
        {
            if (!_index.TryGetValue(text, out var i))
            {
                i = _index.Count;
                _index.Add(text, i);
                _table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return new Cell { CellReference = reference, CellValue = new CellValue(i), DataType = CellValues.SharedString };
        }

        public void Save()
        {
            _table.Count = (uint)_index.Count;
            _table.UniqueCount = (uint)_index.Count;
            part.SharedStringTable = _table;
        }
    }
}
