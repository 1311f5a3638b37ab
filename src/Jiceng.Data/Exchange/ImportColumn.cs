namespace Jiceng.Data.Exchange;

/// <summary>
/// One column of an import: its key (the API's field name), its Chinese header in the template, whether it must be
/// filled, what it holds (for the instructions sheet) and, for a closed list, the values the template's drop-down offers.
/// </summary>
public sealed record ImportColumn(string Key, string Header, bool Required, string Description)
{
    /// <summary>Other headers accepted for this column (older templates, the list export's words).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The drop-down's values; empty for free input.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Stored as text in the template (ID numbers and codes keep their leading zeros and all 18 digits).</summary>
    public bool Text { get; init; }
}

/// <summary>One refusal: the row as the spreadsheet numbers it, the column's header, the value found, and why (zh-CN).</summary>
public sealed record ImportError(int Row, string Column, string? Value, string Reason)
{
    public override string ToString() =>
        Row > 0 ? $"第 {Row} 行「{Column}」{(Value is null ? "" : $"“{Value}”")}：{Reason}" : Reason;
}
