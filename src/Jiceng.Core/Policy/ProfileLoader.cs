using System.Globalization;
using Jiceng.Core.Policy.Loading;

namespace Jiceng.Core.Policy;

/// <summary>
/// Reads a policy profile from YAML text (Core does no file I/O: callers pass the text and a source name for
/// messages). Returns the profile, or every problem at once with its line, column, parameter id and a zh-CN message;
/// it never throws, whatever the input. The format is described in <c>policy/README.md</c>.
/// </summary>
/// <remarks>
/// Hostile input is bounded: at most <see cref="MaxLength"/> characters, <see cref="YamlTreeReader.MaxDepth"/> levels
/// of nesting and 200 problems; YAML aliases are refused rather than expanded (no "billion laughs"); tags and
/// several documents in one file are refused.
/// </remarks>
public static class ProfileLoader
{
    /// <summary>The largest text accepted, in characters (a real profile is a few kilobytes).</summary>
    public const int MaxLength = 1_000_000;

    public static ProfileLoadResult Load(string yamlText, string sourceName)
    {
        var source = string.IsNullOrWhiteSpace(sourceName) ? "<profile>" : sourceName;
        var problems = new ProblemList(source);
        // A byte-order mark is an encoding artefact, not content (File.ReadAllText strips it; other callers may not).
        var text = (yamlText ?? "").TrimStart('\uFEFF');
        if (text.Length > MaxLength)
        {
            problems.Add(ProfileProblemKind.TooLarge, Position.Start, null, string.Create(CultureInfo.InvariantCulture, $"文件过大（超过 {MaxLength:N0} 个字符），不像是政策配置文件"));
            return ProfileLoadResult.Failure(problems.Sorted());
        }

        var root = YamlTreeReader.Read(text, problems);
        switch (root)
        {
            case null or YScalar { IsNull: true } when problems.Count == 0:
                problems.Add(ProfileProblemKind.Empty, root?.At ?? Position.Start, null,
                    "文件为空：政策配置应包含 profile 部分和 clause_1 … clause_10 各部分（见 policy/README.md）");
                break;
            case null or YBad:
                break;
            case YMap map:
                if (new DocumentReader(problems).Read(map, source) is { } profile)
                {
                    return ProfileLoadResult.Success(profile);
                }

                break;
            default:
                problems.Add(ProfileProblemKind.WrongType, root.At, null,
                    $"文件顶层应为映射（profile: …、clause_1: … 等部分），却是{root.Describe()}");
                break;
        }

        return ProfileLoadResult.Failure(problems.Sorted());
    }
}
