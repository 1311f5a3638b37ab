using System.Xml;
using System.Xml.Linq;
using Jiceng.Core.Common;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>The outcome of reading one file: the person, or the problems (Chinese, each naming the element and value).</summary>
public sealed record LrmxReadResult(LrmxPerson? Person, IReadOnlyList<FieldError> Errors)
{
    public bool Ok => Person is not null && Errors.Count == 0;
}

/// <summary>
/// Reads an LRMX file (XML, root <c>&lt;Person&gt;</c>). Hostile input never throws: DTDs are prohibited, no resolver
/// (so no external entity or file is ever fetched), the size is capped before parsing, and every problem is a
/// <see cref="FieldError"/> whose field is the element name. Blank and whitespace-only elements count as absent;
/// unknown elements are kept verbatim in <see cref="LrmxPerson.Extras"/>.
/// </summary>
public static class LrmxReader
{
    public static LrmxReadResult Read(ReadOnlySpan<byte> bytes, LrmxLimits? limits = null)
    {
        limits ??= LrmxLimits.Default;
        if (bytes.Length > limits.MaxFileBytes)
        {
            return Fail("file", $"文件大小{bytes.Length / 1024} KB，超过上限{limits.MaxFileBytes / 1024} KB");
        }

        var text = LrmxText.Decode(bytes, out _);
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                MaxCharactersInDocument = limits.MaxFileBytes * 2,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            // Read from a string: the declaration's encoding attribute is then ignored (the bytes decided, above).
            using var reader = XmlReader.Create(new StringReader(text), settings);
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            var why = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? "文件含有 DTD（文档类型定义），出于安全原因不予读取" : "不是格式正确的 XML";
            return Fail("file", $"{why}（第{e.LineNumber}行第{e.LinePosition}列）");
        }

        var root = doc.Root!;
        if (root.Name.LocalName != LrmxElements.Root)
        {
            return Fail("file", $"根元素应为 Person，实为“{root.Name.LocalName}”：不是任免审批表文件");
        }

        var errors = new List<FieldError>();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var extras = new List<string>();
        var family = new List<LrmxFamilyMember>();
        byte[]? photo = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in root.Elements())
        {
            var name = e.Name.LocalName;
            if (e.Name.NamespaceName.Length == 0 && (LrmxElements.IsText(name) || name is LrmxElements.ZhaoPian or LrmxElements.Family) && !seen.Add(name))
            {
                errors.Add(new FieldError(name, $"{LrmxElements.Describe(name)}：出现了不止一次"));
                continue;
            }

            if (e.Name.NamespaceName.Length == 0 && LrmxElements.IsText(name))
            {
                if (Clean(e.Value) is { } value)
                {
                    fields[name] = value;
                }
            }
            else if (name == LrmxElements.ZhaoPian && e.Name.NamespaceName.Length == 0)
            {
                photo = ReadPhoto(e, errors);
            }
            else if (name == LrmxElements.Family && e.Name.NamespaceName.Length == 0)
            {
                family.AddRange(e.Elements().Select(ReadMember).Where(m => m is not null)!);
            }
            else
            {
                extras.Add(e.ToString(SaveOptions.DisableFormatting));
            }
        }

        if (!fields.ContainsKey(LrmxElements.XingMing))
        {
            errors.Add(new FieldError(LrmxElements.XingMing, $"{LrmxElements.Describe(LrmxElements.XingMing)}：必填，文件中为空或缺少"));
        }

        var person = new LrmxPerson { Fields = fields, Photo = photo, Family = family, Extras = extras };
        return new LrmxReadResult(errors.Count == 0 ? person : null, errors);
    }

    private static LrmxFamilyMember? ReadMember(XElement item)
    {
        string? Get(string n) => Clean(item.Element(n)?.Value);
        var member = new LrmxFamilyMember(Get("ChengWei"), Get("XingMing"), Get("ChuShengRiQi"), Get("ZhengZhiMianMao"), Get("GongZuoDanWei"))
        {
            Extras = item.Elements().Where(c => !LrmxElements.FamilyFields.Contains(c.Name.LocalName))
                .Select(c => c.ToString(SaveOptions.DisableFormatting)).ToList(),
        };
        // The editor writes empty rows for the table's unused lines: they are no one.
        return member is { Relation: null, Name: null, BirthDate: null, PoliticalStatus: null, WorkUnit: null } && member.Extras.Count == 0
            ? null : member;
    }

    private static byte[]? ReadPhoto(XElement e, List<FieldError> errors)
    {
        var b64 = string.Concat(e.Value.Where(c => !char.IsWhiteSpace(c)));
        if (b64.Length == 0)
        {
            return null;
        }

        var buffer = new byte[b64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(b64, buffer, out var written))
        {
            errors.Add(new FieldError(LrmxElements.ZhaoPian, $"{LrmxElements.Describe(LrmxElements.ZhaoPian)}：不是有效的 base64 编码"));
            return null;
        }

        var bytes = buffer[..written];
        if (bytes.Length < 3 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            errors.Add(new FieldError(LrmxElements.ZhaoPian, $"{LrmxElements.Describe(LrmxElements.ZhaoPian)}：不是 JPEG 图片"));
            return null;
        }

        return bytes;
    }

    /// <summary>Trimmed text with line ends as LF; null when blank.</summary>
    internal static string? Clean(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var t = s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return t.Length == 0 ? null : t;
    }

    private static LrmxReadResult Fail(string field, string message) => new(null, [new FieldError(field, message)]);
}
