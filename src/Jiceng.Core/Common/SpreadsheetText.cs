namespace Jiceng.Core.Common;

/// <summary>
/// Spreadsheet formula injection (CSV/xlsx injection): a cell that starts like a formula is written as text with a
/// leading quote. Full-width look-alikes (＝＋－＠) count too: some spreadsheet programs in Chinese locales turn them
/// into their ASCII forms as they read a CSV. Imports undo the quote (<see cref="Restore"/>) so a round trip keeps the value.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0]) ? "'" + value : value;

    /// <summary>The value before <see cref="Neutralise"/>: a leading quote before a formula start is dropped.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;
}
