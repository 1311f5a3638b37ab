using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// One line of the resume (简历). A period has a start month, an end month (null: 至今, to the present) and its text;
/// a line that does not start with a period (a continuation such as “（其间：……）”, or a line in a form this parser
/// does not know) has no dates and keeps the line as written: nothing in a resume is ever dropped.
/// </summary>
public sealed record LrmxResumeEntry(DateOnly? Start, DateOnly? End, string Text)
{
    public bool IsPeriod => Start is not null;
}

/// <summary>Splits 简历 text into periods and writes periods back as <c>YYYY.MM--YYYY.MM  text</c> lines.</summary>
public static partial class LrmxResume
{
    public static IReadOnlyList<LrmxResumeEntry> Split(string? text)
    {
        var entries = new List<LrmxResumeEntry>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return entries;
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim().Trim('\u3000').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            entries.Add(ParseLine(line));
        }

        return entries;
    }

    public static LrmxResumeEntry ParseLine(string line)
    {
        var normal = Normalise(line);
        var m = Period().Match(normal);
        if (m.Success && Month(m.Groups["sy"].Value, m.Groups["sm"].Value) is { } start)
        {
            DateOnly? end = null;
            if (m.Groups["ey"].Success)
            {
                end = Month(m.Groups["ey"].Value, m.Groups["em"].Value);
                if (end is null || end < start)
                {
                    return new LrmxResumeEntry(null, null, line);
                }
            }

            var rest = m.Groups["text"].Value.Trim();
            if (rest.Length > 0)
            {
                // The text is taken from the original line (full-width punctuation inside it is kept as written).
                return new LrmxResumeEntry(start, end, line[^Math.Min(line.Length, rest.Length)..].Trim());
            }
        }

        return new LrmxResumeEntry(null, null, line);
    }

    public static string Join(IEnumerable<LrmxResumeEntry> entries)
    {
        var sb = new StringBuilder();
        foreach (var e in entries)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            if (e.Start is { } s)
            {
                sb.Append(LrmxDate.FormatDotted(s)).Append("--");
                sb.Append(e.End is { } end ? LrmxDate.FormatDotted(end) : "       ");
                sb.Append("  ");
            }

            sb.Append(e.Text);
        }

        return sb.ToString();
    }

    private static DateOnly? Month(string year, string month)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var mo = int.Parse(month, CultureInfo.InvariantCulture);
        return y is >= 1900 and <= 2100 && mo is >= 1 and <= 12 ? new DateOnly(y, mo, 1) : null;
    }

    /// <summary>
    /// Half-width digits and dots, and every dash the editor or a word processor puts between two months (—, ―, –, －,
    /// ～, ~, 至, 到) as "--". The replacements keep one character for one, so positions in the line stay the same.
    /// </summary>
    private static string Normalise(string line)
    {
        var s = LrmxText.HalfWidth(line).ToCharArray();
        for (var i = 0; i < s.Length; i++)
        {
            s[i] = s[i] switch
            {
                '—' or '―' or '–' or '－' or '～' or '~' or '至' or '到' or '−' => '-',
                '。' or '·' => '.',
                _ => s[i],
            };
        }

        return new string(s);
    }

    // Start: 1998.09 / 1998.9 / 199809 / 1998年9月; separator: one or more dashes; end: the same forms, or nothing (至今).
    [GeneratedRegex(@"^(?<sy>\d{4})(?:\s*[./年]\s*(?<sm>\d{1,2})\s*月?|(?<sm>\d{2}))\s*-+\s*(?:(?<ey>\d{4})(?:\s*[./年]\s*(?<em>\d{1,2})\s*月?|(?<em>\d{2}))|今|现在|至今)?(?<text>.*)$")]
    private static partial Regex Period();
}
