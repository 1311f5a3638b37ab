using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Data.Audit;

namespace Jiceng.Web.Audit;

/// <summary>The audit filter as a query string (page → export link): dates are China days, inclusive.</summary>
public sealed record AuditFilterQuery(string? From, string? To, string? User, AuditAction? Action, string? RecordType, AuditOutcome? Outcome)
{
    public AuditFilter ToFilter() => new()
    {
        From = Day(From) is { } f ? Utc(f) : null,
        To = Day(To) is { } t ? Utc(t.AddDays(1)) : null,
        UserName = User,
        Action = Action,
        RecordType = RecordType,
        Outcome = Outcome,
    };

    public string ToQueryString()
    {
        var parts = new List<string>();
        Add(parts, "from", From);
        Add(parts, "to", To);
        Add(parts, "user", User);
        Add(parts, "action", Action?.ToString());
        Add(parts, "recordType", RecordType);
        Add(parts, "outcome", Outcome?.ToString());
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public static string FormatDay(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A UTC time as a China time for display.</summary>
    public static string Local(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateTime Utc(DateOnly chinaDay) => DateTime.SpecifyKind(chinaDay.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
