using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Jiceng.Core.Policy.Loading;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YamlDotNet's parser events. Aliases are refused (never expanded, so an
/// alias bomb costs nothing), nesting is bounded, duplicate keys are reported, and every YAML error becomes a problem.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Profiles nest three levels (section → subsidy list → item → category list); anything deeper is refused.</summary>
    public const int MaxDepth = 16;

    /// <summary>The root node, or null when the text holds no document or could not be parsed (problems say why).</summary>
    public static YNode? Read(string text, ProblemList problems)
    {
        var builder = new Builder(problems);
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext() && parser.Current is { } e && builder.Accept(e))
            {
            }
        }
        catch (YamlException ex)
        {
            SyntaxMessages.Report(ex, text, problems);
            return null;
        }
#pragma warning disable CA1031 // The loader must never throw: a library failure on hostile input becomes a problem.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // YamlDotNet 18.1 throws InvalidOperationException (plain scalars) and ArgumentException (tags) on some
            // malformed input: report it where parsing stopped.
            problems.Add(ProfileProblemKind.Syntax, builder.LastEnd, null,
                $"YAML 语法错误：无法解析这一处之后的内容（{ex.GetType().Name}），请检查引号、括号和特殊字符");
            return null;
        }

        return builder.Aborted ? null : builder.Root;
    }

    internal static Position Pos(Mark mark) => new(Clamp(mark.Line), Clamp(mark.Column));

    private static int Clamp(long value) => (int)Math.Clamp(value, 1, int.MaxValue);

    private sealed class Frame(Position at, bool isMap)
    {
        public Position At { get; } = at;
        public bool IsMap { get; } = isMap;
        public List<YNode> Items { get; } = [];
        public List<YEntry> Entries { get; } = [];
        public Dictionary<string, Position> Keys { get; } = new(StringComparer.Ordinal);
        public bool HasKey { get; set; }
        public YScalar? Key { get; set; }
    }

    private sealed class Builder(ProblemList problems)
    {
        private readonly Stack<Frame> _frames = new();
        private int _documents;

        public YNode? Root { get; private set; }

        public bool Aborted { get; private set; }

        /// <summary>Where the last event read ended: the best position for an error the parser could not place.</summary>
        public Position LastEnd { get; private set; } = Position.Start;

        /// <summary>Takes one event; false stops reading.</summary>
        public bool Accept(ParsingEvent e)
        {
            var at = Pos(e.Start);
            LastEnd = Pos(e.End);
            switch (e)
            {
                case DocumentStart when ++_documents > 1:
                    problems.Add(ProfileProblemKind.Unsupported, at, null, "一个文件只能有一个 YAML 文档（不要用 --- 分隔多个文档）");
                    return false;
                case Scalar s:
                    Add(CheckTag(s.Tag, at) ? new YScalar(at, s.Value, s.Style == ScalarStyle.Plain) : new YBad(at));
                    return true;
                case AnchorAlias a:
                    problems.Add(ProfileProblemKind.Unsupported, at, null, $"不支持别名 *{a.Value}：请直接写出值");
                    Add(new YBad(at));
                    return true;
                case MappingStart m:
                    CheckTag(m.Tag, at);
                    return Push(at, isMap: true);
                case SequenceStart q:
                    CheckTag(q.Tag, at);
                    return Push(at, isMap: false);
                case MappingEnd or SequenceEnd when _frames.Count > 0:
                    var frame = _frames.Pop();
                    Add(frame.IsMap ? new YMap(frame.At, frame.Entries) : new YSeq(frame.At, frame.Items));
                    return true;
                default:
                    return true;
            }
        }

        private bool CheckTag(TagName tag, Position at)
        {
            if (tag.IsEmpty || tag.IsNonSpecific)
            {
                return true;
            }

            problems.Add(ProfileProblemKind.Unsupported, at, null, $"不支持 YAML 标签 {YNodes.Shorten(tag.Value)}：请去掉标签");
            return false;
        }

        private bool Push(Position at, bool isMap)
        {
            if (_frames.Count >= MaxDepth)
            {
                problems.Add(ProfileProblemKind.TooLarge, at, null, $"嵌套超过 {MaxDepth} 层，配置文件不需要这么深的结构");
                Aborted = true;
                return false;
            }

            _frames.Push(new Frame(at, isMap));
            return true;
        }

        private void Add(YNode node)
        {
            if (_frames.Count == 0)
            {
                Root = node;
                return;
            }

            var frame = _frames.Peek();
            if (!frame.IsMap)
            {
                frame.Items.Add(node);
            }
            else if (!frame.HasKey)
            {
                frame.HasKey = true;
                frame.Key = node as YScalar;
                if (node is not YScalar and not YBad)
                {
                    problems.Add(ProfileProblemKind.Unsupported, node.At, null, "键必须是简单的文字，不能是列表或映射");
                }
            }
            else
            {
                AddEntry(frame, node);
            }
        }

        private void AddEntry(Frame frame, YNode value)
        {
            var key = frame.Key;
            frame.HasKey = false;
            frame.Key = null;
            if (key is null)
            {
                return;
            }

            if (frame.Keys.TryGetValue(key.Value, out var first))
            {
                var id = ParameterCatalog.TryGet(key.Value, out _) ? key.Value : null;
                problems.Add(ProfileProblemKind.DuplicateKey, key.At, id,
                    $"键“{YNodes.Shorten(key.Value)}”重复，第一次出现在第 {first.Line} 行；请删除其中一个");
                return;
            }

            frame.Keys.Add(key.Value, key.At);
            frame.Entries.Add(new YEntry(key, value));
        }
    }
}
