using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>The members a village developed in one calendar year (by admission day, up to the as-of day), and how many of them were young.</summary>
public sealed record PartyDevelopmentYear(int Year, int Developed, int Young);

/// <summary>
/// One village or community with its township and the members it developed per calendar year up to the as-of day
/// (years without members are absent), and the day it was established (null: existed before the system). R10.4 sums
/// the years of its window and gives a village established inside the window until its first full window is over.
/// </summary>
public sealed record PartyDevelopmentFacts(Subject Village, Subject? Township, IReadOnlyList<PartyDevelopmentYear> Years, DateOnly? EstablishedOn = null);

/// <summary>One recruiting unit's plan of the evaluated year (R10.5).</summary>
public sealed record TargetedRecruitmentFacts(Subject Unit, int Year, int PlanPositions, int TargetedPositions);
