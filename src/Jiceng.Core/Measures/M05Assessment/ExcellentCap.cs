using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// R5.1's cap on 优秀 grades: rounding(n × ratio) with the profile's rounding (floor by default), never below 0
/// (counting conventions, "ratio cap"). <c>round</c> rounds halves up (2.5 → 3).
/// </summary>
public static class ExcellentCap
{
    public static int Of(int assessed, decimal ratio, RoundingMode rounding)
    {
        var raw = assessed * ratio;
        var capped = rounding switch
        {
            RoundingMode.Ceil => Math.Ceiling(raw),
            RoundingMode.Round => Math.Round(raw, MidpointRounding.AwayFromZero),
            _ => Math.Floor(raw),
        };
        return capped < 0 ? 0 : (int)capped;
    }

    public static int Of(int assessed, PolicyProfile profile) =>
        Of(assessed, profile.Decimal(ParameterIds.P5.TownshipExcellentRatio), profile.Rounding(ParameterIds.P5.ExcellentRounding));

    /// <summary>
    /// The refusal for a grade about to be saved (null when allowed): <paramref name="assessedAfter"/> and
    /// <paramref name="excellentAfter"/> count the township's grades of the year with the grade saved. Only a 优秀
    /// grade is ever refused, so fixing another grade never is.
    /// </summary>
    public static string? Refusal(string gradeCode, string townshipName, int year, int assessedAfter, int excellentAfter, PolicyProfile profile)
    {
        if (gradeCode != AssessmentGrades.Excellent)
        {
            return null;
        }

        var cap = Of(assessedAfter, profile);
        return excellentAfter <= cap
            ? null
            : $"第五条（R5.1）：{townshipName}{year}年度参加考核{assessedAfter}人，优秀等次名额上限为{cap}人，已评优秀{excellentAfter - 1}人，不能再评定优秀";
    }
}
