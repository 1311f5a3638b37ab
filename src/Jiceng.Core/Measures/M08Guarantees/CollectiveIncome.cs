using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// A village's collective economy for a year (村级集体经济): its operating income and its new recurring income, in 元.
/// The reward pool is never stored: the <c>reward</c> calculator computes it from these two under the profile of the year
/// (one record per village and year).
/// </summary>
public sealed class CollectiveIncome : IVersioned
{
    public int Id { get; set; }

    public int VillageId { get; set; }

    public OrgUnit? Village { get; set; }

    public int Year { get; set; }

    /// <summary>The year's collective operating income (集体经营收入), 元, ≥ 0.</summary>
    public decimal OperatingIncomeYuan { get; set; }

    /// <summary>The year's new recurring income (新增经常性收入), 元; negative counts as 0 in the pool.</summary>
    public decimal NewRecurringIncomeYuan { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A payment of the collective-economy reward to a village cadre for a year, with the cadre's weight in the split
/// (一人一个权重: every payment of one cadre, village and year carries the same weight). R8.4 compares what a cadre was
/// paid for the year with the cadre's share of the pool split among the year's paid cadres by these weights.
/// </summary>
public sealed class CollectiveRewardPayment : IVersioned
{
    public int Id { get; set; }

    public int VillageId { get; set; }

    public OrgUnit? Village { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The year whose collective income the reward is for.</summary>
    public int Year { get; set; }

    /// <summary>The cadre's weight in the split (&gt; 0), e.g. 2 for the secretary, 1 for a member.</summary>
    public decimal Weight { get; set; }

    public decimal AmountYuan { get; set; }

    public DateOnly PaidOn { get; set; }

    public int Version { get; set; }
}
