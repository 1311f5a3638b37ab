using System.Text;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// Turns a file's bytes into text the way the editor's files need: a byte-order mark decides; otherwise bytes that
/// are valid UTF-8 are UTF-8 whatever the XML declaration says (the editor and re-savers often declare GB2312 over
/// UTF-8 bytes), and bytes that are not are GB18030 (a superset of GBK and GB2312).
/// </summary>
public static class LrmxText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static LrmxText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, the code page the older .lrm files and GBK-declared files use.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "UTF-8 (BOM)";
            return StrictOrReplace(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "UTF-16LE";
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "UTF-16BE";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            encodingName = "UTF-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encodingName = "GB18030";
            return Gb18030.GetString(bytes);
        }
    }

    private static string StrictOrReplace(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }

    /// <summary>Full-width digits, letters and ASCII punctuation (Ａ１．－) to their half-width forms, ideographic space to space.</summary>
    public static string HalfWidth(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return sb.ToString();
    }
}
