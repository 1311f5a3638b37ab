namespace Jiceng.Core.Cadres;

/// <summary>
/// One line of a cadre's resume (简历), in order. A period has a start month and an end month (null: to the present);
/// a line that is not a period (a continuation “（其间：……）”, or a form no parser knows) has no dates and keeps its text
/// as written. Imported from and exported to the 任免审批表 (see <c>docs/lrmx.md</c>).
/// </summary>
public sealed class CadreResumeEntry
{
    public const int TextMaxLength = 500;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>0, 1, 2 … in the order of the resume.</summary>
    public int Order { get; set; }

    /// <summary>The first day of the start month; null for a line that is not a period.</summary>
    public DateOnly? Start { get; set; }

    /// <summary>The first day of the end month; null for 至今 (or a line that is not a period).</summary>
    public DateOnly? End { get; set; }

    public string Text { get; set; } = "";
}
