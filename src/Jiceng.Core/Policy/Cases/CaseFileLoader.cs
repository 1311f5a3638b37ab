using System.Globalization;
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
        var text = (yamlText ?? "").TrimStart('\uFEFF');
        if (text.Length > MaxLength)
        {
            problems.Add(ProfileProblemKind.TooLarge, Position.Start, null, string.Create(CultureInfo.InvariantCulture, $"文件过大（超过 {MaxLength:N0} 个字符），不像是政策用例文件"));
            return CaseFileLoadResult.Failure(problems.Sorted());
        }

        var root = YamlTreeReader.Read(text, problems);
        IReadOnlyList<PolicyCase> cases = [];
        switch (root)
        {
            case null or YScalar { IsNull: true } when problems.Count == 0:
                problems.Add(ProfileProblemKind.Empty, root?.At ?? Position.Start, null, "文件为空：政策用例文件应包含 cases 列表（见 docs/policy-cases.md）");
                break;
            case null or YBad:
                break;
            case YMap map:
                cases = new CaseReader(problems, source).Read(map);
                break;
            default:
                problems.Add(ProfileProblemKind.WrongType, root.At, null, $"文件顶层应为映射（cases: …），却是{root.Describe()}");
                break;
        }

        return problems.Count == 0 ? CaseFileLoadResult.Success(cases) : CaseFileLoadResult.Failure(problems.Sorted());
    }
}
