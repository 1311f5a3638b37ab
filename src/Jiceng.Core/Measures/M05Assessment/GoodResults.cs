namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// "Good results" (考核结果好) for the uses of the grades (R4.3's remote cadres eligible to move): judged on the
/// <see cref="Years"/> assessment years before the evaluated one (its own grade is given only after it ends). Any
/// 基本称职 or 不称职 among them → not good; grades recorded and none poor → good; no grade in those years → unknown
/// (null: the cadre is not left out for lack of records).
/// </summary>
public static class GoodResults
{
    public const int Years = 3;

    public static bool? Of(IEnumerable<(int Year, string GradeCode)> grades, int evaluatedYear)
    {
        var window = grades.Where(g => g.Year >= evaluatedYear - Years && g.Year < evaluatedYear).ToList();
        return window.Count == 0 ? null : !window.Any(g => AssessmentGrades.IsPoor(g.GradeCode));
    }

    /// <summary>
    /// The number of consecutive 优秀 years ending with the latest graded year (shown on the cadre's tab): a year
    /// without a grade, or with another grade, ends the run.
    /// </summary>
    public static int ConsecutiveExcellentYears(IEnumerable<(int Year, string GradeCode)> grades)
    {
        var byYear = grades.GroupBy(g => g.Year).ToDictionary(g => g.Key, g => g.First().GradeCode);
        if (byYear.Count == 0)
        {
            return 0;
        }

        var run = 0;
        for (var y = byYear.Keys.Max(); byYear.TryGetValue(y, out var code) && code == AssessmentGrades.Excellent; y--)
        {
            run++;
        }

        return run;
    }
}

/// <summary>A use of the grades at save: a 不称职 in the last assessment year blocks a rank promotion.</summary>
public static class PromotionGradeCheck
{
    /// <summary>
    /// The refusal for a rank promotion starting on <paramref name="start"/> (null when allowed): the grade of the year
    /// before the start's year — the last assessment completed — is 不称职.
    /// </summary>
    public static string? Refusal(string? lastYearGrade, DateOnly start) =>
        lastYearGrade == AssessmentGrades.Incompetent
            ? $"第五条：该干部{start.Year - 1}年度考核为不称职，{start.Year}年不得晋升职级"
            : null;
}
