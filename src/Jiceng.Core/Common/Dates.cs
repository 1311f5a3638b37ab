using System.Globalization;

namespace Jiceng.Core.Common;

/// <summary>Dates as users see them: yyyy-MM-dd.</summary>
public static class Dates
{
    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? d) => d is { } v ? Format(v) : "";

    /// <summary>The earliest date a record (post, exemption …) may carry: the founding of the PRC.</summary>
    public static readonly DateOnly EarliestRecord = new(1949, 10, 1);

    /// <summary>The latest date a record may carry; a planned end beyond it is a typing error, not a plan.</summary>
    public static readonly DateOnly LatestRecord = new(2099, 12, 31);

    /// <summary>Null when <paramref name="d"/> lies in <see cref="EarliestRecord"/>…<see cref="LatestRecord"/>; otherwise why not, in Chinese.</summary>
    public static string? OutsideRecordRange(DateOnly d) =>
        d < EarliestRecord || d > LatestRecord ? $"{Format(d)}不在{Format(EarliestRecord)}至{Format(LatestRecord)}之间" : null;
}
