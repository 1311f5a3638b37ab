using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;

namespace Jiceng.Core.Cadres;

/// <summary>
/// A cadre's annual assessment grade for one year (年度考核结果): the record of clause 五. <see cref="GradeCode"/> is a
/// ZB18 code (<see cref="AssessmentGrades"/>: 1 优秀, 2 称职, 3 基本称职, 4 不称职, 5 不定等次, 6 不进行考核);
/// <see cref="OrgUnitId"/> is the unit the cadre was assessed in (the township whose 优秀 cap R5.1 counts it against;
/// grades pulled from a 任免审批表 get the cadre's unit at import); <see cref="Source"/> says where it came from.
/// One row per cadre and year.
/// </summary>
public sealed class CadreYearlyGrade
{
    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int Year { get; set; }

    public string GradeCode { get; set; } = "";

    /// <summary>The unit assessed in; null for a grade whose unit is not known (not judged by R5.1).</summary>
    public int? OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public GradeSource Source { get; set; } = GradeSource.Lrmx;
}
