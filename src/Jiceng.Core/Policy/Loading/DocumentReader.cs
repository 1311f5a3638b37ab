using System.Globalization;

namespace Jiceng.Core.Policy.Loading;

/// <summary>
/// Walks a profile document: the <c>profile</c> header (name, example flag and the P0 parameters) and one section
/// per clause (<c>clause_1</c> … <c>clause_10</c>), each holding its parameters by id. Reports unknown, misplaced and
/// missing keys; values are read by <see cref="ValueReader"/>.
/// </summary>
internal sealed class DocumentReader(ProblemList problems)
{
    public const string NameField = "name";
    public const string ExampleField = "example";

    private static readonly string[] SectionKeys = [.. ClauseCatalog.All.Select(c => c.SectionKey)];

    private readonly LongFormReader _parameters = new(problems);
    private readonly ScalarReader _scalars = new(problems);
    private readonly Dictionary<string, object> _read = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterSource> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<DatedValue>> _dated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Position> _firstFrom = new(StringComparer.Ordinal);
    private string? _name;
    private bool _example;

    /// <summary>The profile, or null when any problem was found.</summary>
    public PolicyProfile? Read(YMap root, string source)
    {
        var sections = new Dictionary<string, YEntry>(StringComparer.Ordinal);
        foreach (var entry in root.Entries)
        {
            var key = entry.Key.Value;
            if (ClauseCatalog.BySection(key) is not null)
            {
                sections[key] = entry;
            }
            else if (ParameterCatalog.TryGet(key, out var misplaced))
            {
                problems.Add(ProfileProblemKind.MisplacedKey, entry.Key.At, key, $"参数 {key} 应写在 {misplaced.Section} 部分下（缩进在它下面）");
                _seen.Add(key);
            }
            else
            {
                problems.Add(ProfileProblemKind.UnknownKey, entry.Key.At, null,
                    $"{KeySuggestions.Unknown("部分", key, SectionKeys)}（顶层只能是 {string.Join("、", SectionKeys)}）");
            }
        }

        foreach (var clause in ClauseCatalog.All)
        {
            if (sections.TryGetValue(clause.SectionKey, out var section))
            {
                ReadSection(clause, section);
            }
            else
            {
                ReportMissing(clause, root.At, $"文件中没有 {clause.SectionKey} 部分");
            }
        }

        if (_read.TryGetValue(ParameterIds.P0.EffectiveFrom, out var effective))
        {
            CheckDatedStart((DateOnly)effective);
        }

        if (problems.Count > 0 || _name is null || effective is not DateOnly from)
        {
            return null;
        }

        return new PolicyProfile(_name, from, _example, _read, source, _sources, _dated);
    }

    private void ReadSection(Clause clause, YEntry section)
    {
        IReadOnlyList<YEntry> entries;
        switch (section.Value)
        {
            case YMap map:
                entries = map.Entries;
                break;
            case YScalar { IsNull: true }:
                entries = [];
                break;
            case YBad:
                return;
            default:
                problems.Add(ProfileProblemKind.WrongType, section.Value.At, null,
                    $"{clause.SectionKey} 部分应为映射（每行“参数编号: 值”），却是{section.Value.Describe()}");
                return;
        }

        foreach (var (key, value) in entries)
        {
            ReadEntry(clause, key, value);
        }

        ReportMissing(clause, section.Key.At, $"请在 {clause.SectionKey} 部分填写");
    }

    private void ReadEntry(Clause clause, YScalar key, YNode value)
    {
        var id = key.Value;
        if (clause.Number == 0 && id is NameField or ExampleField)
        {
            ReadHeaderField(id, value);
        }
        else if (ParameterCatalog.TryGet(id, out var definition) && definition.Clause == clause.Number)
        {
            _seen.Add(id);
            if (_parameters.Read(definition, value) is not { } read)
            {
                return;
            }

            if (read.Source is { } from)
            {
                _sources[id] = from;
            }

            if (read.Dated is { } dated)
            {
                _dated[id] = dated;
                _firstFrom[id] = read.At;
            }

            if (read.Value is { } v)
            {
                _read[id] = v;
            }
            else if (definition.Required)
            {
                problems.Add(ProfileProblemKind.MissingRequired, read.At, id, $"必填参数“{definition.Label}”没有填写（只有可选参数可以不填）");
            }
        }
        else if (definition is not null)
        {
            _seen.Add(id);
            problems.Add(ProfileProblemKind.MisplacedKey, key.At, id,
                $"参数 {id} 属于{ClauseCatalog.Get(definition.Clause).Heading}，应写在 {definition.Section} 部分下，而不是 {clause.SectionKey}");
        }
        else
        {
            var candidates = ParameterCatalog.All.Select(d => d.Id);
            if (clause.Number == 0)
            {
                candidates = candidates.Prepend(ExampleField).Prepend(NameField);
            }

            problems.Add(ProfileProblemKind.UnknownKey, key.At, null, KeySuggestions.Unknown(clause.Number == 0 ? "键" : "参数", id, candidates));
        }
    }

    /// <summary>A dated parameter must have a value on every day the profile governs, so its first value starts by P0.effective_from.</summary>
    private void CheckDatedStart(DateOnly effectiveFrom)
    {
        foreach (var (id, dated) in _dated)
        {
            if (dated[0].From > effectiveFrom)
            {
                problems.Add(ProfileProblemKind.DatedValuesStartLate, _firstFrom[id], id, string.Create(CultureInfo.InvariantCulture,
                    $"{ParameterCatalog.Get(id).Label}的第一个值自 {dated[0].From:yyyy-MM-dd} 起，晚于本配置的生效日期 {effectiveFrom:yyyy-MM-dd}：第一个值的起始日期不能晚于生效日期"));
            }
        }
    }

    private void ReadHeaderField(string field, YNode value)
    {
        _seen.Add(field);
        if (field == NameField)
        {
            _name = value is YScalar { IsNull: true } ? Missing(value.At) : _scalars.Text(value, null, "配置名称 name");
        }
        else if (value is not YScalar { IsNull: true })
        {
            _example = _scalars.Bool(value, null, "示例标记 example") ?? false;
        }
    }

    private string? Missing(Position at)
    {
        problems.Add(ProfileProblemKind.MissingRequired, at, null, "配置名称 name 不能为空");
        return null;
    }

    private void ReportMissing(Clause clause, Position at, string hint)
    {
        if (clause.Number == 0 && !_seen.Contains(NameField))
        {
            problems.Add(ProfileProblemKind.MissingRequired, at, null, $"缺少配置名称 name（{hint}）");
        }

        foreach (var definition in ParameterCatalog.ForClause(clause.Number))
        {
            if (definition.Required && !_seen.Contains(definition.Id))
            {
                problems.Add(ProfileProblemKind.MissingRequired, at, definition.Id, $"缺少必填参数“{definition.Label}”（{hint}）");
            }
        }
    }
}
