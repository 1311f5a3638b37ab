using System.Globalization;
using System.Text.RegularExpressions;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// A date as the form writes it, to the precision written: <c>1985</c>, <c>198503</c>, <c>1985.03</c>, <c>1985.3</c>,
/// <c>1985-03</c>, <c>1985年3月</c>, <c>19850314</c>, <c>1985.03.14</c> (full-width digits and dots too).
/// </summary>
public readonly partial record struct LrmxDate(int Year, int? Month, int? Day)
{
    public DateOnly ToDateOnly() => new(Year, Month ?? 1, Day ?? 1);

    public static bool TryParse(string? text, out LrmxDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var s = LrmxText.HalfWidth(text).Trim();
        var m = Compact().Match(s);
        if (!m.Success)
        {
            m = Separated().Match(s);
        }

        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new LrmxDate(year, month, day);
        return true;
    }

    /// <summary>The form's usual spelling: YYYYMM, or YYYYMMDD when the day is not the first (so a day survives a round trip).</summary>
    public static string Format(DateOnly d) => d.Day == 1
        ? d.ToString("yyyyMM", CultureInfo.InvariantCulture)
        : d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The resume's spelling: YYYY.MM.</summary>
    public static string FormatDotted(DateOnly d) => d.ToString("yyyy.MM", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?<m>\d{2})(?<d>\d{2})?)?$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[.\-/年]\s*(?<m>\d{1,2})\s*月?(?:\s*[.\-/]?\s*(?<d>\d{1,2})\s*日?)?$")]
    private static partial Regex Separated();
}
