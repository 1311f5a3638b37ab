namespace Jiceng.Core.Cadres;

/// <summary>
/// A cadre's annual assessment grade for one year (年度考核结果), as pulled from the 任免审批表's text: a ZB18 code
/// (1 优秀, 2 称职, 3 基本称职, 4 不称职, 5 不定等次, 6 不进行考核). A stop-gap until assessments have their own records:
/// one row per cadre and year, nothing more.
/// </summary>
public sealed class CadreYearlyGrade
{
    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int Year { get; set; }

    public string GradeCode { get; set; } = "";
}
