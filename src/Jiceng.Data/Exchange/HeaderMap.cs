using System.Text;

namespace Jiceng.Data.Exchange;

/// <summary>
/// Which cell of a row holds which column, from the file's header row: columns may come in any order, under their
/// header or an alias, with a required-mark (*) or spaces; unknown columns are ignored with a notice; a missing required
/// column or a header used twice refuses the file.
/// </summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _index;

    private HeaderMap(Dictionary<string, int> index, IReadOnlyList<string> notices)
    {
        _index = index;
        Notices = notices;
    }

    public IReadOnlyList<string> Notices { get; }

    public int? IndexOf(string key) => _index.TryGetValue(key, out var i) ? i : null;

    public bool Has(string key) => _index.ContainsKey(key);

    public static HeaderMap Build(IReadOnlyList<string?> header, IReadOnlyList<ImportColumn> columns)
    {
        var byHeader = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            byHeader[Normalise(c.Header)] = c;
            foreach (var alias in c.Aliases)
            {
                byHeader.TryAdd(Normalise(alias), c);
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var notices = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!byHeader.TryGetValue(Normalise(text), out var column))
            {
                notices.Add($"已忽略未识别的列“{text}”（第 {i + 1} 列）");
                continue;
            }

            if (!index.TryAdd(column.Key, i))
            {
                throw new ImportRefusedException($"表头中“{column.Header}”出现了两次（第 {index[column.Key] + 1} 列和第 {i + 1} 列）");
            }
        }

        var missing = columns.Where(c => c.Required && !index.ContainsKey(c.Key)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new ImportRefusedException($"缺少必填列：{string.Join("、", missing)}。请使用导入模板，表头在第一行");
        }

        return new HeaderMap(index, notices);
    }

    /// <summary>Without spaces and required-marks, full-width brackets as half-width.</summary>
    public static string Normalise(string header)
    {
        var b = new StringBuilder(header.Length);
        foreach (var ch in header)
        {
            if (char.IsWhiteSpace(ch) || ch is '*' or '＊')
            {
                continue;
            }

            b.Append(ch switch { '（' => '(', '）' => ')', _ => ch });
        }

        return b.ToString();
    }
}
