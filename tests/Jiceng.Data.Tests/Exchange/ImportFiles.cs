using System.IO.Compression;
using System.Text;
using Jiceng.Core.Cadres;
using Jiceng.Data.Exchange;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>Files for import tests: CSV text in an encoding, templates with rows, and hand-made hostile packages.</summary>
internal static class ImportFiles
{
    public static readonly string[] CadreHeader =
        ["身份证号码", "姓名", "性别", "出生日期", "民族", "政治面貌", "学历", "干部类别", "所在单位代码", "参加工作时间"];

    public static string IdFor(DateOnly birth, int sequence, string region = "110101")
    {
        var first17 = $"{region}{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    /// <summary>A valid cadre row in <see cref="CadreHeader"/>'s order: the i-th person born on day i after 1970-01-01, male.</summary>
    public static string[] CadreRow(int i, string unitCode, string region = "110101")
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(i % 9000);
        var sequence = 101 + 2 * (i / 9000);
        return [IdFor(birth, sequence, region), $"导入{i}", "男", birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "01 汉族", "01", "21", "乡镇公务员", unitCode, ""];
    }

    public static MemoryStream Csv(IEnumerable<string[]> lines, Encoding encoding, bool bom)
    {
        var text = string.Join("\r\n", lines.Select(l => string.Join(",", l.Select(Quote)))) + "\r\n";
        var bytes = encoding.GetBytes(text);
        var stream = new MemoryStream();
        if (bom)
        {
            stream.Write(encoding.GetPreamble());
        }

        stream.Write(bytes);
        stream.Position = 0;
        return stream;
    }

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;

    public static MemoryStream Xlsx(ImportKind kind, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        ImportTemplate.Write(kind, stream, rows);
        stream.Position = 0;
        return stream;
    }

    /// <summary>A zip with the given entries (name → bytes), each deflated.</summary>
    public static MemoryStream Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A real template with one more entry added (or one replaced).</summary>
    public static MemoryStream TemplateWith(string name, byte[] content)
    {
        var template = new MemoryStream();
        ImportTemplate.Write(ImportKinds.Create("cadres")!, template);
        template.Position = 0;
        using var source = new ZipArchive(template, ZipArchiveMode.Read);
        var entries = source.Entries.Where(e => e.FullName != name).Select(e =>
        {
            using var s = e.Open();
            var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        }).Append((name, content)).ToArray();
        return Zip(entries);
    }
}
