using System.Globalization;

namespace Jiceng.Web.Components.Pages.Discipline;

/// <summary>The discipline forms' date fields (yyyy-MM-dd text inputs).</summary>
public static class DisciplineForms
{
    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
