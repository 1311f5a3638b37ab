using System.Collections.Frozen;

namespace Jiceng.Core.CodeTables;

/// <summary>A code table loaded once from its data file; lookups are ordinal on the code.</summary>
public sealed class CodeTable
{
    private readonly FrozenDictionary<string, CodeEntry> _byCode;

    public CodeTable(string name, IReadOnlyList<CodeEntry> entries)
    {
        Name = name;
        Entries = entries;
        _byCode = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
    }

    /// <summary>The table's file name without extension, e.g. <c>ethnicity</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<CodeEntry> Entries { get; }

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public CodeEntry? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var e) ? e : null;

    /// <summary>The label of a code, or the code itself when unknown (never throws: a display helper).</summary>
    public string LabelOf(string? code) => Find(code)?.Label ?? code ?? "";
}
