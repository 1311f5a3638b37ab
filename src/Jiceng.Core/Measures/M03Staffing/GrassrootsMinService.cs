using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P3;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// The minimum grassroots service (最低服务年限) of clause 三, shared by R3.2 and the check that refuses a done move
/// before it is saved: civil servants P3.min_service_years_civil_servant, selected graduates (选调生)
/// P3.min_service_years_selected_graduate, counted in full years (满 N 年) from <see cref="Cadre.GrassrootsServiceSince"/>.
/// Other categories (institution staff, village cadres, district organ staff) have no minimum here.
/// </summary>
public static class GrassrootsMinService
{
    /// <summary>The minimum in years for the category, or null when the category has none.</summary>
    public static int? YearsFor(CadreCategory category, PolicyProfile profile) => category switch
    {
        CadreCategory.TownshipCivilServant => profile.Int(P.MinServiceYearsCivilServant),
        CadreCategory.SelectedGraduate => profile.Int(P.MinServiceYearsSelectedGraduate),
        _ => null,
    };

    /// <summary>The parameter a category's minimum comes from (null when it has none).</summary>
    public static string? ParameterFor(CadreCategory category) => category switch
    {
        CadreCategory.TownshipCivilServant => P.MinServiceYearsCivilServant,
        CadreCategory.SelectedGraduate => P.MinServiceYearsSelectedGraduate,
        _ => null,
    };

    /// <summary>The first day a move out of the grassroots keeps the minimum: the N-th anniversary of the service start.</summary>
    public static DateOnly FullOn(DateOnly since, int years) => Ages.AddYearsClamped(since, years);

    /// <summary>True when leaving on <paramref name="effectiveOn"/> comes before full <paramref name="years"/> years of service.</summary>
    public static bool Breaks(DateOnly since, DateOnly effectiveOn, int years) => effectiveOn < FullOn(since, years);

    /// <summary>
    /// The refusal of a done move out of the grassroots before the minimum, naming the rule and its clause; null when
    /// the move may be saved (a pending one is accepted and R3.2 warns about it instead).
    /// </summary>
    public static string? Refusal(string cadreName, CadreCategory category, DateOnly? since, DateOnly effectiveOn, PolicyProfile profile)
    {
        if (since is not { } start || YearsFor(category, profile) is not { } years || !Breaks(start, effectiveOn, years))
        {
            return null;
        }

        return $"违反R3.2（第三条 最低服务基层年限）：{cadreName}（{category.Label()}）自{Dates.Format(start)}起在基层服务，"
            + $"须满{years}年（{Dates.Format(FullOn(start, years))}）方可调离基层，{Dates.Format(effectiveOn)}调出未满{years}年；"
            + "未保存。如尚在酝酿，请登记为“拟调动”";
    }
}
