using System.Text;
using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>
/// Stores a finding's <see cref="UsedParameters"/> in one text column: one parameter per line, <c>id=value</c>
/// (the value as formatted for people, e.g. <c>P4.max_years_same_post=5 年</c>), or the bare <c>id</c> when the optional
/// parameter was not set. Ids never contain <c>=</c> or a line break; in values a backslash is written <c>\\</c> and a
/// line break <c>\n</c>. An empty column is "none recorded" (findings stored before parameters were recorded).
/// </summary>
public static class UsedParametersColumn
{
    public static string Write(UsedParameters parameters) =>
        string.Join('\n', parameters.Select(p => p.Value is null ? p.Id : $"{p.Id}={Escape(p.Value)}"));

    public static UsedParameters Read(string? text) =>
        string.IsNullOrEmpty(text)
            ? UsedParameters.None
            : new UsedParameters(text.Split('\n').Select(line => line.IndexOf('=', StringComparison.Ordinal) is var at and >= 0
                ? new UsedParameter(line[..at], Unescape(line[(at + 1)..]))
                : new UsedParameter(line, null)));

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var s = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                s.Append(value[i] switch { 'n' => '\n', 'r' => '\r', var c => c });
            }
            else
            {
                s.Append(value[i]);
            }
        }

        return s.ToString();
    }
}
