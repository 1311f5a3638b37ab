namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>Where an annual grade came from.</summary>
public enum GradeSource
{
    /// <summary>从任免审批表（LRMX）导入.</summary>
    Lrmx = 1,
    /// <summary>在本系统录入.</summary>
    Entered = 2,
    /// <summary>批量导入（表格）.</summary>
    Imported = 3,
}

/// <summary>
/// The annual assessment grades (年度考核结果), code table ZB18: 1 优秀, 2 称职, 3 基本称职, 4 不称职, 5 不定等次,
/// 6 不进行考核. The code is what <c>CadreYearlyGrade.GradeCode</c> stores (as LRMX carries it).
/// </summary>
public static class AssessmentGrades
{
    public const string Excellent = "1";
    public const string Competent = "2";
    public const string BasicallyCompetent = "3";
    public const string Incompetent = "4";
    public const string Undetermined = "5";
    public const string NotAssessed = "6";

    /// <summary>The codes and their labels, in code order.</summary>
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        (Excellent, "优秀"), (Competent, "称职"), (BasicallyCompetent, "基本称职"),
        (Incompetent, "不称职"), (Undetermined, "不定等次"), (NotAssessed, "不进行考核"),
    ];

    public static bool IsValid(string? code) => code is not null && All.Any(g => g.Code == code);

    public static string Label(string code) => All.FirstOrDefault(g => g.Code == code).Label ?? code;

    /// <summary>
    /// Whether the grade counts in n, the number assessed (参加年度考核人数) that R5.1's cap is taken from: every grade
    /// except 不进行考核 — 不定等次 took part in the assessment without a grade level and counts.
    /// </summary>
    public static bool CountsAsAssessed(string code) => IsValid(code) && code != NotAssessed;

    /// <summary>A grade that is not good (基本称职, 不称职): it makes a cadre's recent results not good (R4.3).</summary>
    public static bool IsPoor(string code) => code is BasicallyCompetent or Incompetent;
}
