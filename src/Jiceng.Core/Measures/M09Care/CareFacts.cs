using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.1: a grassroots cadre serving on the as-of day, the talks held with them in the evaluated year up to that day,
/// and whether they are stationed in a village (驻村) on that day.
/// </summary>
public sealed record TalkFacts(Subject Cadre, int Talks, bool Stationed);

/// <summary>One checkup of a cadre in the evaluated year up to the as-of day: where, who paid, the mental-health item.</summary>
public sealed record CheckupEntry(int Id, DateOnly CheckedOn, string Institution, CheckupPayer PaidBy);

/// <summary>R9.2: a grassroots cadre serving on the as-of day, whether a village main cadre then, and their checkups of the year.</summary>
public sealed record CheckupCoverageFacts(Subject Cadre, bool VillageMain, IReadOnlyList<CheckupEntry> Checkups);

/// <summary>
/// R9.3 and R9.4: one checkup in the evaluated year up to the as-of day of a cadre in scope, with whether the cadre's
/// township is remote and hardship (艰苦边远) and whether the cadre was stationed in a village on the checkup day.
/// </summary>
public sealed record CheckupFacts(Subject Cadre, int CheckupId, DateOnly CheckedOn, string Institution, decimal CostYuan,
    bool MentalHealthAssessed, bool HardshipArea, bool Frontline);

/// <summary>R9.5: a personal-safety incident of a cadre in scope, reported on or before the as-of day (UTC timestamps).</summary>
public sealed record IncidentFacts(Subject Cadre, int IncidentId, DateTime ReportedAt, DateTime? AcceptedAt, DateTime? ClosedAt);

/// <summary>R9.6: a township in scope and the mental-health lectures held in the evaluated year up to the as-of day by it,
/// a unit under it, or the district above it.</summary>
public sealed record LectureFacts(Subject Township, int Lectures);
