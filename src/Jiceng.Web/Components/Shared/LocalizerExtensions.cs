using System.Globalization;
using Jiceng.Core.CodeTables;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Components.Shared;

public static class LocalizerExtensions
{
    /// <summary>The label of an enum value: resource key <c>{Type}_{Member}</c>.</summary>
    public static string Enum<T>(this IStringLocalizer localizer, T value) where T : struct, System.Enum =>
        localizer[$"{typeof(T).Name}_{value}"];

    public static string Enum<T>(this IStringLocalizer localizer, T? value) where T : struct, System.Enum =>
        value is { } v ? localizer.Enum(v) : "";

    /// <summary>A code's label from its table (code tables carry their own zh-CN labels).</summary>
    public static string Code(this CodeTable table, string? code) => table.LabelOf(code);

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
