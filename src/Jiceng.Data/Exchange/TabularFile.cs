using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace Jiceng.Data.Exchange;

/// <summary>One row of a file: its number as the spreadsheet shows it (the header is row 1) and its cells as text.</summary>
public sealed record TabularRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>
/// A file of rows, xlsx (first sheet) or CSV (UTF-8 with or without BOM, or GB18030), read as a stream: never a whole
/// workbook in memory. The first non-empty row is the header. Cells come as trimmed text; numbers in the invariant
/// culture, spreadsheet dates as yyyy-MM-dd, a formula-neutralising quote removed (<see cref="Jiceng.Core.Common.SpreadsheetText.Restore"/>).
/// </summary>
public sealed class TabularFile
{
    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly Stream _stream;
    private readonly ImportLimits _limits;

    private TabularFile(Stream stream, string format, ImportLimits limits)
    {
        _stream = stream;
        Format = format;
        _limits = limits;
    }

    /// <summary>xlsx, csv-utf8 or csv-gb18030.</summary>
    public string Format { get; }

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    /// <summary>Checks the file (size, kind, for xlsx the package) and says how it will be read. The stream must be seekable.</summary>
    public static TabularFile Open(Stream stream, ImportLimits limits)
    {
        if (stream.Length > limits.MaxFileBytes)
        {
            throw new ImportRefusedException($"文件大小 {stream.Length / (1024 * 1024)} MB 超过上限 {limits.MaxFileBytes / (1024 * 1024)} MB");
        }

        if (stream.Length == 0)
        {
            throw new ImportRefusedException("文件是空的");
        }

        Span<byte> magic = stackalloc byte[4];
        stream.Position = 0;
        var n = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n == 4 && magic[0] == 0x50 && magic[1] == 0x4B && magic[2] == 0x03 && magic[3] == 0x04)
        {
            XlsxGuard.Check(stream, limits);
            return new TabularFile(stream, "xlsx", limits);
        }

        if (n == 4 && magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0)
        {
            throw new ImportRefusedException("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV 后再导入");
        }

        return new TabularFile(stream, IsUtf8(stream) ? "csv-utf8" : "csv-gb18030", limits);
    }

    /// <summary>Every non-empty row, the header first.</summary>
    public IEnumerable<TabularRow> Rows()
    {
        _stream.Position = 0;
        var rows = Format == "xlsx" ? XlsxRows() : CsvRows();
        var count = 0;
        foreach (var row in rows)
        {
            if (row.Cells.Count > _limits.MaxColumns)
            {
                throw new ImportRefusedException($"第 {row.Number} 行有 {row.Cells.Count} 列，超过上限 {_limits.MaxColumns} 列");
            }

            if (row.Cells.All(string.IsNullOrEmpty))
            {
                continue;
            }

            if (++count > _limits.MaxRows + 1)
            {
                throw new ImportRefusedException($"文件超过 {_limits.MaxRows} 行数据的上限，请分批导入");
            }

            yield return row;
        }
    }

    /// <summary>How far through the file the reader is, 0 to 1 (for progress bars).</summary>
    public double Position => _stream.Length == 0 ? 1 : Math.Min(1, (double)_stream.Position / _stream.Length);

    private IEnumerable<TabularRow> XlsxRows()
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in _stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            yield return new TabularRow(number, row.Values.Select(Text).ToArray());
        }
    }

    private IEnumerable<TabularRow> CsvRows()
    {
        var encoding = Format == "csv-utf8" ? new UTF8Encoding(false, throwOnInvalidBytes: true) : Gb18030;
        using var text = new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: Format == "csv-utf8", leaveOpen: true);
        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',', MaxBufferSize = _limits.MaxCellLength * 16 };
        using var csv = CsvDataReader.Create(text, options);
        var number = 0;
        while (Read(csv))
        {
            number++;
            var cells = new string?[csv.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Text(csv.GetString(i));
            }

            yield return new TabularRow(number, cells);
        }
    }

    private bool Read(CsvDataReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvRecordTooLargeException)
        {
            throw new ImportRefusedException($"CSV 文件中有超过 {_limits.MaxCellLength} 个字符的单元格或未闭合的引号");
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => Clean(s),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 9e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => Clean(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Clean(value.ToString()),
    };

    private static string? Clean(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var t = s.Trim().Trim('\uFEFF');
        return t.Length == 0 ? null : Core.Common.SpreadsheetText.Restore(t);
    }

    /// <summary>A BOM, or bytes that decode as strict UTF-8 from start to end; otherwise the file is taken as GB18030.</summary>
    private static bool IsUtf8(Stream stream)
    {
        stream.Position = 0;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[65536];
        var chars = new char[65536 + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
