using System.Globalization;

namespace Jiceng.Core.Policy;

/// <summary>One problem found in a profile file, worded for the user in zh-CN.</summary>
/// <param name="Source">The file name (or other source name) given to the loader.</param>
/// <param name="Line">1-based line; 0 when no position applies (a problem of a profile set).</param>
/// <param name="Column">1-based column; 0 when no position applies.</param>
/// <param name="ParameterId">The parameter concerned (e.g. <c>P1.women_min</c>), when known.</param>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Message">What is wrong and how to fix it, in Simplified Chinese.</param>
public sealed record ProfileProblem(string Source, int Line, int Column, string? ParameterId, ProfileProblemKind Kind, string Message)
{
    /// <summary><c>FILE:LINE:COL  ID  message</c>, with <c>-</c> for an unknown id (the CLI prints this).</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Column}") : Source;
        return $"{where}  {ParameterId ?? "-"}  {Message}";
    }
}
