using System.Globalization;

namespace Jiceng.Core.Common;

/// <summary>Dates as users see them: yyyy-MM-dd.</summary>
public static class Dates
{
    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? d) => d is { } v ? Format(v) : "";
}
