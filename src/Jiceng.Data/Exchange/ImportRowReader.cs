using System.Globalization;
using Jiceng.Core.CodeTables;
using Jiceng.Core.Common;

namespace Jiceng.Data.Exchange;

/// <summary>
/// Reads one row's cells by column key and turns them into values, recording every refusal with the row, the column's
/// header and the value. A kind's parser calls it and builds its input record; checks of the product's validators are
/// added with <see cref="Add(IEnumerable{FieldError}, IReadOnlyDictionary{string, string}?)"/>.
/// </summary>
public sealed class ImportRowReader(TabularRow row, HeaderMap map, IReadOnlyList<ImportColumn> columns, ImportLimits limits)
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Date and time to the minute (seconds, when a spreadsheet cell carries them, are dropped); a date alone is
    /// refused, so that a missing time is not read as midnight.</summary>
    private static readonly string[] MinuteFormats =
        ["yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy.M.d H:mm", "yyyy年M月d日 H:mm", "yyyy年M月d日H时m分", "yyyy-MM-dd HH:mm:ss", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss"];

    private readonly List<ImportError> _errors = [];

    public int Row => row.Number;

    public IReadOnlyList<ImportError> Errors => _errors;

    public bool Ok => _errors.Count == 0;

    /// <summary>The cell's trimmed text, or null when blank or the column is not in the file.</summary>
    public string? Get(string key)
    {
        if (map.IndexOf(key) is not { } i || i >= row.Cells.Count)
        {
            return null;
        }

        var value = row.Cells[i];
        if (value is { Length: > 0 } && value.Length > limits.MaxCellLength)
        {
            Error(key, value[..20] + "…", $"超过 {limits.MaxCellLength} 个字符");
            return null;
        }

        return value;
    }

    public bool Has(string key) => map.Has(key);

    public void Error(string key, string? value, string reason) => _errors.Add(new ImportError(row.Number, Header(key), value, reason));

    public string? Text(string key, bool required = false)
    {
        var v = Get(key);
        if (v is null && required)
        {
            Error(key, null, "必填");
        }

        return v;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var v = Text(key, required);
        if (v is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (DateTime.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            return DateOnly.FromDateTime(dt);
        }

        Error(key, v, "不是有效的日期（应为 yyyy-MM-dd，如 2024-03-01）");
        return null;
    }

    /// <summary>
    /// A moment written in China time (UTC+8) to the minute, e.g. <c>2026-03-01 14:30</c>; returned with offset +08:00
    /// and the seconds dropped, so that export (which writes minutes) → import finds the same moment.
    /// </summary>
    public DateTimeOffset? Minute(string key, bool required = false)
    {
        var v = Text(key, required);
        if (v is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(v, MinuteFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            var minute = new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, DateTimeKind.Unspecified);
            return new DateTimeOffset(minute, ChinaTime.Offset);
        }

        Error(key, v, "不是有效的时间（应为北京时间 yyyy-MM-dd HH:mm，如 2024-03-01 14:30）");
        return null;
    }

    public int? Int(string key, int min, int max)
    {
        var v = Text(key);
        if (v is null)
        {
            return null;
        }

        if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Error(key, v, $"应为 {min} 到 {max} 之间的整数");
        return null;
    }

    /// <summary>An amount in 元 exactly as written (no rounding: the product's validator refuses a third decimal, as the
    /// API refuses it in JSON); null when blank.</summary>
    public decimal? Yuan(string key)
    {
        var v = Text(key);
        if (v is null)
        {
            return null;
        }

        if (decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Error(key, v, "不是有效的金额（元），如 1200.50");
        return null;
    }

    /// <summary>Any whole number: the range is the product's validator's to check, in its own words.</summary>
    public int? Int(string key)
    {
        var v = Text(key);
        if (v is null)
        {
            return null;
        }

        if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error(key, v, "应为整数");
        return null;
    }

    public bool? Bool(string key)
    {
        var v = Text(key);
        switch (v)
        {
            case null:
                return null;
            case "是" or "Y" or "y" or "1" or "true" or "TRUE" or "True":
                return true;
            case "否" or "N" or "n" or "0" or "false" or "FALSE" or "False":
                return false;
            default:
                Error(key, v, "应填“是”或“否”");
                return null;
        }
    }

    /// <summary>A code of a code table, written as the code (01), the label (汉族) or both (01 汉族); the code is returned.
    /// An unknown value is passed through, so the product's validator refuses it in its own words.</summary>
    public string? Code(string key, CodeTable table)
    {
        var v = Text(key);
        return v is null ? null : CodeOf(table, v);
    }

    public static string CodeOf(CodeTable table, string v)
    {
        if (table.Contains(v))
        {
            return v;
        }

        var space = v.IndexOfAny([' ', '　', '-', '|']);
        if (space > 0 && table.Contains(v[..space]))
        {
            return v[..space];
        }

        return table.Entries.FirstOrDefault(e => string.Equals(e.Label, v, StringComparison.Ordinal))?.Code ?? v;
    }

    /// <summary>An enum member written as its Chinese label (as the drop-down offers), its name or its number.</summary>
    public T? Choice<T>(string key, bool required) where T : struct, Enum
    {
        var v = Text(key, required);
        if (v is null)
        {
            return null;
        }

        if (EnumLabels.TryParse<T>(v, out var value))
        {
            return value;
        }

        Error(key, v, $"不是可选的值（可选：{string.Join("、", EnumLabels.Labels<T>())}）");
        return null;
    }

    /// <summary>Adds a validator's field errors, each under the column its field maps to (a field name is a column key
    /// unless <paramref name="columnOfField"/> says otherwise); the label prefix of the message is dropped, the column names it.
    /// A column whose cell was already refused as it was read gets no second error.</summary>
    public void Add(IEnumerable<FieldError> errors, IReadOnlyDictionary<string, string>? columnOfField = null)
    {
        foreach (var e in errors)
        {
            var key = columnOfField is not null && columnOfField.TryGetValue(e.Field, out var k) ? k : e.Field;
            var reason = ReasonOf(e);
            var known = columns.Any(c => c.Key == key);
            if (known && _errors.Any(x => x.Column == Header(key)))
            {
                continue; // the cell was already refused as read (a bad date is not also "required")
            }

            _errors.Add(new ImportError(row.Number, known ? Header(key) : e.Field, known ? Get(key) : null, reason));
        }
    }

    /// <summary>A validator's message without its label prefix (“日期：…” → “…”): the column names the field.</summary>
    public static string ReasonOf(FieldError e)
    {
        var colon = e.Message.IndexOf('：', StringComparison.Ordinal);
        return colon > 0 && colon < 16 && !e.Message[..colon].Contains('“', StringComparison.Ordinal) ? e.Message[(colon + 1)..] : e.Message;
    }

    private string Header(string key) => columns.FirstOrDefault(c => c.Key == key)?.Header ?? key;
}
