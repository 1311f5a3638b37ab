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
        var map = YamlDocument.RootMap(yamlText, MaxLength, problems, "政策配置文件",
            "文件为空：政策配置应包含 profile 部分和 clause_1 … clause_10 各部分（见 policy/README.md）",
            "映射（profile: …、clause_1: … 等部分）");
        if (map is not null && new DocumentReader(problems).Read(map, source) is { } profile)
        {
            return ProfileLoadResult.Success(profile);
        }

        return ProfileLoadResult.Failure(problems.Sorted());
    }
}
