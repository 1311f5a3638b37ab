using System.Globalization;

namespace Jiceng.Core.Policy.Loading;

/// <summary>
/// The bounded first step of every loader of a YAML file (profiles, policy cases): strip a byte-order mark, refuse an
/// oversized text, build the tree, and require a map at the top; every refusal becomes a problem.
/// </summary>
internal static class YamlDocument
{
    /// <param name="fileKind">What the file should be, for the size message (e.g. "政策配置文件").</param>
    /// <param name="emptyMessage">The problem for an empty file, saying what it should hold.</param>
    /// <param name="topLevel">What the top level should be, e.g. "映射（cases: …）".</param>
    /// <returns>The top-level map, or null when a problem was reported.</returns>
    public static YMap? RootMap(string? yamlText, int maxLength, ProblemList problems, string fileKind, string emptyMessage, string topLevel)
    {
        // A byte-order mark is an encoding artefact, not content (File.ReadAllText strips it; other callers may not).
        var text = (yamlText ?? "").TrimStart('\uFEFF');
        if (text.Length > maxLength)
        {
            problems.Add(ProfileProblemKind.TooLarge, Position.Start, null, string.Create(CultureInfo.InvariantCulture, $"文件过大（超过 {maxLength:N0} 个字符），不像是{fileKind}"));
            return null;
        }

        var root = YamlTreeReader.Read(text, problems);
        switch (root)
        {
            case null or YScalar { IsNull: true } when problems.Count == 0:
                problems.Add(ProfileProblemKind.Empty, root?.At ?? Position.Start, null, emptyMessage);
                return null;
            case null or YBad:
                return null;
            case YMap map:
                return map;
            default:
                problems.Add(ProfileProblemKind.WrongType, root.At, null, $"文件顶层应为{topLevel}，却是{root.Describe()}");
                return null;
        }
    }
}
