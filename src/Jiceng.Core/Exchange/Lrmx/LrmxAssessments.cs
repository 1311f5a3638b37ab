using System.Globalization;
using System.Text.RegularExpressions;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>A year's assessment grade (ZB18 code: 1 优秀 … 6 不进行考核) as read from 年度考核结果.</summary>
public sealed record LrmxYearGrade(int Year, string GradeCode);

/// <summary>
/// Pulls yearly grades out of the free text of 年度考核结果, e.g. “2021年度考核为优秀；2022年度称职” or
/// “2020、2021年度均为称职”: every year (or list of years) followed by a grade label. A year named twice keeps its
/// first grade. Text that names no grade gives no rows (the text itself is kept on the record as written).
/// </summary>
public static partial class LrmxAssessments
{
    // Longer labels first: 基本称职 and 不称职 contain 称职.
    private static readonly (string Label, string Code)[] Labels =
    [
        ("不进行考核", "6"), ("不参加考核", "6"), ("未参加考核", "6"), ("不定等次", "5"), ("基本称职", "3"), ("不称职", "4"),
        ("称职", "2"), ("优秀", "1"), ("合格", "2"), ("基本合格", "3"), ("不合格", "4"),
    ];

    public static IReadOnlyList<LrmxYearGrade> Parse(string? text)
    {
        var grades = new List<LrmxYearGrade>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return grades;
        }

        var s = LrmxText.HalfWidth(text);
        foreach (Match m in YearsThenGrade().Matches(s))
        {
            var code = Labels.First(l => m.Groups["grade"].Value == l.Label).Code;
            foreach (Match y in Year().Matches(m.Groups["years"].Value))
            {
                var year = int.Parse(y.Value, CultureInfo.InvariantCulture);
                if (year is >= 1950 and <= 2100 && grades.All(g => g.Year != year))
                {
                    grades.Add(new LrmxYearGrade(year, code));
                }
            }
        }

        return grades;
    }

    /// <summary>The text written on export when the grades no longer match the imported text: “2021年度考核为优秀；2022年度考核为称职”.</summary>
    public static string Format(IEnumerable<LrmxYearGrade> grades) =>
        string.Join("；", grades.OrderBy(g => g.Year).Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"{g.Year}年度考核为{Tables.AssessmentGrade.LabelOf(g.GradeCode)}")));

    [GeneratedRegex(@"(?<years>\d{4}(?:\s*年?度?\s*[、,，和及与]\s*\d{4})*)\s*年?度?[^\d；;。]*?(?<grade>不进行考核|不参加考核|未参加考核|不定等次|基本称职|不称职|称职|优秀|基本合格|不合格|合格)")]
    private static partial Regex YearsThenGrade();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex Year();
}
