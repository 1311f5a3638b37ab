using System.Buffers;
using System.Globalization;
using System.Text;

namespace Jiceng.Core.Common;

/// <summary>
/// The one check every free-text field of every input goes through (names, titles, reasons …): required-ness,
/// length in characters after trimming, and no characters a person cannot see or that change how the text around
/// them is shown — control characters (C0/C1, NUL, BEL), format characters (zero-width spaces and joiners, bidi
/// overrides and isolates such as U+202E, BOM, soft hyphen), line/paragraph separators, private-use and unassigned
/// code points, unpaired surrogates and U+FFFD (text broken by a wrong encoding). Multi-line fields may hold line breaks and tabs. Messages never repeat the
/// text itself (it may hold personal data); they name the position and the code point.
/// </summary>
public static class FreeText
{
    /// <summary>Null when <paramref name="text"/> is acceptable; otherwise what is wrong, in Chinese, without the field label.</summary>
    public static string? Problem(string? text, int maxLength, bool required, bool multiLine = false)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return required ? "必填" : null;
        }

        if (FirstForbidden(trimmed, multiLine) is var (position, codePoint))
        {
            return string.Create(CultureInfo.InvariantCulture, $"第{position}个字符（U+{codePoint:X4}）是不可见字符或控制字符，请删除后重新输入");
        }

        return trimmed.Length > maxLength ? $"不能超过{maxLength}个字" : null;
    }

    /// <summary>The 1-based position (in characters) and code point of the first forbidden character, if any.</summary>
    public static (int Position, int CodePoint)? FirstForbidden(string text, bool multiLine = false)
    {
        var span = text.AsSpan();
        var index = 0;
        while (index < span.Length)
        {
            var status = Rune.DecodeFromUtf16(span[index..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return (index + 1, span[index]);
            }

            if (IsForbidden(rune, multiLine))
            {
                return (index + 1, rune.Value);
            }

            index += consumed;
        }

        return null;
    }

    private static bool IsForbidden(Rune rune, bool multiLine)
    {
        if (multiLine && rune.Value is '\n' or '\r' or '\t')
        {
            return false;
        }

        if (rune == Rune.ReplacementChar)
        {
            // U+FFFD stands for text already broken by a wrong encoding.
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned => true,
            _ => false,
        };
    }
}
