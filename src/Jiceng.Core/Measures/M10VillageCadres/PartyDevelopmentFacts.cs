using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>The members a village developed in one calendar year (by admission day, up to the as-of day), and how many of them were young.</summary>
public sealed record PartyDevelopmentYear(int Year, int Developed, int Young);

/// <summary>
/// One village or community with its township and the members it developed per calendar year up to the as-of day
/// (years without members are absent). R10.4 sums the years of its window.
/// </summary>
public sealed record PartyDevelopmentFacts(Subject Village, Subject? Township, IReadOnlyList<PartyDevelopmentYear> Years);

/// <summary>One recruiting unit's plan of the evaluated year (R10.5).</summary>
public sealed record TargetedRecruitmentFacts(Subject Unit, int Year, int PlanPositions, int TargetedPositions);
