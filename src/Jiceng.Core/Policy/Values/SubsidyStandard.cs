using Jiceng.Core.Cadres;

namespace Jiceng.Core.Policy;

/// <summary>
/// One subsidy line of clause 八 ("xx标准由每人每月xxx元调整为每人每月xxx元"): a monthly amount per person that
/// changes from <see cref="Old"/> to <see cref="New"/> on <see cref="Effective"/>.
/// </summary>
/// <param name="Name">The subsidy's name, unique within the profile (e.g. 乡镇工作补贴).</param>
/// <param name="AppliesTo">The cadre categories that receive it (written with their zh-CN names in the file).</param>
/// <param name="Old">元 per person per month before <paramref name="Effective"/>.</param>
/// <param name="New">元 per person per month from <paramref name="Effective"/> on.</param>
/// <param name="Effective">The first day of the new standard.</param>
public sealed record SubsidyStandard(string Name, IReadOnlyList<CadreCategory> AppliesTo, decimal Old, decimal New, DateOnly Effective)
{
    /// <summary>The monthly standard in force on <paramref name="day"/>.</summary>
    public decimal MonthlyAmountOn(DateOnly day) => day >= Effective ? New : Old;

    public bool AppliesToCategory(CadreCategory category) => AppliesTo.Contains(category);
}
