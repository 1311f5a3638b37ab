namespace Jiceng.Web.Audit;

/// <summary>Spreadsheet formula injection (CSV/xlsx injection): a cell that starts like a formula is written as text with a leading quote.</summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
