using Jiceng.Core.Policy.Loading;

namespace Jiceng.Core.Policy.Cases;

/// <summary>
/// Reads a policy case file (docs/policy-cases.md) from YAML text: the cases, or every problem at once with file,
/// line, column and a zh-CN message. Never throws. Uses the profile loader's YAML reading, so the same hostile-input
/// bounds hold (size, nesting depth, no aliases, no tags, one document) and a parameter override is checked exactly
/// like a profile value.
/// </summary>
public static class CaseFileLoader
{
    /// <summary>The largest text accepted, in characters (the same bound as a profile).</summary>
    public const int MaxLength = ProfileLoader.MaxLength;

    public static CaseFileLoadResult Load(string yamlText, string sourceName)
    {
        var source = string.IsNullOrWhiteSpace(sourceName) ? "<cases>" : sourceName;
        var problems = new ProblemList(source);
        var map = YamlDocument.RootMap(yamlText, MaxLength, problems, "政策用例文件",
            "文件为空：政策用例文件应包含 cases 列表（见 docs/policy-cases.md）", "映射（cases: …）");
        var cases = map is null ? [] : new CaseReader(problems, source).Read(map);
        return problems.Count == 0 ? CaseFileLoadResult.Success(cases) : CaseFileLoadResult.Failure(problems.Sorted());
    }
}
