using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>Which insurance a village cadre is enrolled in (第八条).</summary>
public enum InsuranceKind
{
    /// <summary>意外伤害保险 — R8.3 requires one in force for every serving village cadre.</summary>
    Accident = 1,

    /// <summary>养老保险 — the pension subsidy is min(the cadre's own contribution, P8.pension_subsidy_per_year).</summary>
    Pension = 2,
}

/// <summary>
/// A village cadre's enrolment in accident or pension insurance for a period (both ends included; open while in force).
/// A pension enrolment carries the cadre's yearly individual contribution and the subsidy the <c>pension</c>
/// calculator computed from it when the record was saved (<see cref="PensionSubsidy"/>), under the profile in force then.
/// </summary>
public sealed class VillageCadreInsurance : IVersioned
{
    public const int InsurerMaxLength = 100;

    public const int PolicyNumberMaxLength = 50;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The village or community the cadre serves (and whose scope the record belongs to).</summary>
    public int VillageId { get; set; }

    public OrgUnit? Village { get; set; }

    public InsuranceKind Kind { get; set; }

    public string Insurer { get; set; } = "";

    public string? PolicyNumber { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Last day covered (inclusive); null while open-ended.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Pension only: the cadre's own contribution per year, 元.</summary>
    public decimal? ContributionYuan { get; set; }

    /// <summary>Pension only: min(contribution, P8.pension_subsidy_per_year) from the <c>pension</c> calculator, 元.</summary>
    public decimal? SubsidyYuan { get; set; }

    public int Version { get; set; }

    public bool IsInForceOn(DateOnly day) => From <= day && (To is null || To >= day);
}
