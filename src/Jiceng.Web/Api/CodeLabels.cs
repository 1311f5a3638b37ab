using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;

namespace Jiceng.Web.Api;

/// <summary>The API's one form for coded fields: <c>xxxCode</c> (GB/T or ZB code) beside <c>xxxLabel</c> (its label).</summary>
public static class CodeLabels
{
    /// <summary>GB/T 2261.1: the enum's value is the code ("1" male, "2" female).</summary>
    public static string SexCode(Sex sex) => ((int)sex).ToString(CultureInfo.InvariantCulture);

    public static string Sex(Sex sex) => CodeTables.Sex.LabelOf(SexCode(sex));

    public static string? Optional(CodeTable table, string? code) => code is null ? null : table.LabelOf(code);
}
