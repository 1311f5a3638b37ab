using YamlDotNet.Core;

namespace Jiceng.Core.Policy.Loading;

/// <summary>Turns YamlDotNet's English syntax errors into zh-CN problems at the most useful position.</summary>
internal static class SyntaxMessages
{
    private static readonly (string Fragment, string Message)[] Known =
    [
        ("expected ',' or ']'", "方括号 [ ] 没有闭合（缺少“,”或“]”）"),
        ("expected ',' or '}'", "花括号 { } 没有闭合（缺少“,”或“}”）"),
        ("mapping values are not allowed", "这里不能出现“键: 值”：检查缩进是否对齐、冒号后是否有空格"),
        ("invalid mapping", "这里不能出现“键: 值”：检查缩进是否对齐、冒号后是否有空格"),
        ("did not find expected key", "缩进不一致：这里应该是与上一行对齐的“键: 值”"),
        ("did not find expected '-'", "缩进不一致：这里应该是列表项“- ”"),
        ("quoted scalar", "引号没有闭合"),
        ("cannot start any token", "这个字符不能出现在值的开头（如 @、` 或 %），请给值加上引号"),
        ("control character", "文件中含有不允许的控制字符"),
        ("special characters are not allowed", "文件中含有不允许的控制字符"),
        ("did not find expected node content", "缺少值，或出现了多余的符号"),
        ("did not find expected <document start>", "缩进不一致或有多余的内容"),
        ("anchor", "锚点或别名写法错误（配置文件不需要 & 和 *）"),
        ("tag", "YAML 标签写法错误（配置文件不需要 !）"),
        ("simple key", "一个键不能跨行，也不能超过 1024 个字符"),
    ];

    public static void Report(YamlException ex, string text, ProblemList problems)
    {
        var start = YamlTreeReader.Pos(ex.Start);
        var end = YamlTreeReader.Pos(ex.End);
        if (FindIndentationTab(text, Math.Max(start.Line, end.Line) + 1) is { } tab)
        {
            problems.Add(ProfileProblemKind.Syntax, tab, null, "YAML 语法错误：缩进不能使用制表符（Tab），请改用空格");
            return;
        }

        var detail = ex.Message;
        var message = Known.FirstOrDefault(k => detail.Contains(k.Fragment, StringComparison.OrdinalIgnoreCase)).Message
            ?? "无法解析这一处";
        problems.Add(ProfileProblemKind.Syntax, start, null, $"YAML 语法错误：{message}（{YNodes.Shorten(detail)}）");
    }

    /// <summary>The first tab inside a line's leading whitespace, up to <paramref name="lastLine"/> (YamlDotNet often reports a
    /// tab's error on the line before it).</summary>
    private static Position? FindIndentationTab(string text, int lastLine)
    {
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in text)
        {
            if (line > lastLine)
            {
                return null;
            }

            if (c == '\n')
            {
                line++;
                column = 1;
                leading = true;
                continue;
            }

            if (leading && c == '\t')
            {
                return new Position(line, column);
            }

            leading = leading && c == ' ';
            column++;
        }

        return null;
    }
}
