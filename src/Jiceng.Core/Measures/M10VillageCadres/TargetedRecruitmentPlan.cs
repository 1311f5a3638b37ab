using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// A recruiting unit's civil-service recruitment plan (公务员招录计划) for a year: its positions, and how many of them are
/// targeted (定向招录) at outstanding village (community) cadres, college-graduate village officials and the like.
/// R10.5 requires targeted ≥ P10.targeted_recruitment_share × positions. One plan per unit and year.
/// </summary>
public sealed class TargetedRecruitmentPlan : IVersioned
{
    /// <summary>The most positions one plan may hold (a guard against typing errors, not a policy limit).</summary>
    public const int MaxPositions = 100_000;

    public int Id { get; set; }

    /// <summary>The recruiting unit: a district (区/县) or a city (市).</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public int Year { get; set; }

    /// <summary>Positions in the year's civil-service recruitment plan.</summary>
    public int PlanPositions { get; set; }

    /// <summary>Of those, positions targeted at outstanding village (community) cadres, college-graduate village officials etc.</summary>
    public int TargetedPositions { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    /// <summary>The units that recruit civil servants under clause 十: districts and cities.</summary>
    public static bool MayRecruit(OrgUnitKind kind) => kind is OrgUnitKind.District or OrgUnitKind.City;
}
