using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>
/// A payment from the village two-committees performance fund (村“两委”绩效考核兑现资金) to a village cadre for a
/// year, by the cadre's score. The township's allocation for the year is not stored: it is its villages ×
/// P5.village_fund_per_village_wan (R5.2), and the disbursements of its villages are summed against it.
/// </summary>
public sealed class VillageFundDisbursement : IVersioned
{
    public int Id { get; set; }

    /// <summary>The village or community whose cadre is paid.</summary>
    public int VillageId { get; set; }

    public OrgUnit? Village { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The assessment year the money rewards.</summary>
    public int Year { get; set; }

    /// <summary>The cadre's performance score (0–100) the amount follows, if recorded.</summary>
    public decimal? Score { get; set; }

    /// <summary>The amount in 元.</summary>
    public decimal AmountYuan { get; set; }

    public DateOnly PaidOn { get; set; }

    public int Version { get; set; }
}
