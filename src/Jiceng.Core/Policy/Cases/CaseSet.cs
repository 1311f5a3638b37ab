using System.Globalization;

namespace Jiceng.Core.Policy.Cases;

/// <summary>One case file of a set: the name it is shown and reported under, and its YAML text.</summary>
public sealed record CaseFileText(string Name, string Yaml);

/// <summary>
/// The bounds of a case set that the web page and the API accept (the CLI reads files the user chose): few enough
/// files, texts and cases that one upload cannot tie up the server. Each case builds a throw-away database.
/// </summary>
public static class CaseSetLimits
{
    public const int MaxFiles = 100;

    /// <summary>Characters per file: far above any hand-written case file, far below the loader's own bound.</summary>
    public const int MaxFileLength = 64_000;

    public const int MaxCases = 1000;

    public const int MaxNameLength = 128;

    /// <summary>The first bound a set breaks, as a zh-CN message naming the file; null when the set is within bounds.</summary>
    public static string? Check(IReadOnlyList<CaseFileText> files)
    {
        if (files.Count == 0)
        {
            return "用例集为空：请至少提供一个用例文件";
        }

        if (files.Count > MaxFiles)
        {
            return Zh($"用例文件过多：{files.Count} 个，最多 {MaxFiles} 个");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (string.IsNullOrWhiteSpace(file.Name) || file.Name.Length > MaxNameLength)
            {
                return Zh($"文件名：必填，且不超过 {MaxNameLength} 个字符");
            }

            if (!names.Add(file.Name))
            {
                return $"文件名“{file.Name}”重复";
            }

            if ((file.Yaml ?? "").Length > MaxFileLength)
            {
                return Zh($"{file.Name}：文件过大（{file.Yaml!.Length:N0} 个字符），每个用例文件最多 {MaxFileLength:N0} 个字符");
            }
        }

        var cases = files.Sum(f => CaseFileLoader.Load(f.Yaml, f.Name).Cases?.Count ?? 0);
        return cases > MaxCases ? Zh($"用例过多：共 {cases} 个，一个用例集最多 {MaxCases} 个") : null;
    }

    private static string Zh(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
