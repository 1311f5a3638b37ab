using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Web.Compliance;

namespace Jiceng.Web.Components.Pages.Care;

/// <summary>Clause 九's instants as the pages show and take them: China time, yyyy-MM-dd HH:mm (stored UTC).</summary>
public static class CareText
{
    public const string AtFormat = "yyyy-MM-dd HH:mm";

    public static string At(DateTime? utc) =>
        utc is { } t ? (DateTime.SpecifyKind(t, DateTimeKind.Utc) + ChinaTime.Offset).ToString(AtFormat, CultureInfo.InvariantCulture) : "";

    /// <summary>A China-time instant typed as yyyy-MM-dd HH:mm; null when empty or of another shape.</summary>
    public static DateTimeOffset? ParseAt(string? text) =>
        DateTime.TryParseExact(text?.Trim(), AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ChinaTime.Offset) : null;
}

/// <summary>The year a /care page judges: as of today while it runs, its last day once past, by the profile then in force.</summary>
public static class CareYear
{
    public static (Jiceng.Core.Policy.PolicyProfile Profile, Jiceng.Core.Findings.EvaluationContext Context) Of(PolicyProfiles profiles, int year, DateOnly today)
    {
        var context = Jiceng.Core.Findings.EvaluationContext.ForYear(year, today);
        var profile = profiles.Set.TryInForceOn(context.AsOf, out var p) ? p : profiles.Set.Versions[0];
        return (profile.At(context.AsOf), context);
    }
}

/// <summary>A cadre chosen in a picker: id and "name（unit）".</summary>
public sealed record CadrePick(int Id, string Label);
