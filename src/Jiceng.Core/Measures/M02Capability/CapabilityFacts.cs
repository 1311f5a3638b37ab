using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// One district's yearly counts for R2.1 and R2.2, each a number of distinct cadres whose event started in the evaluated
/// year on or before the as-of day: township heads (党政正职 on the training's start day) sent to a party school at
/// provincial level or above, and township leadership-team members (on the secondment's start day) seconded to a
/// district-or-higher organ or a developed area.
/// </summary>
public sealed record DistrictCapabilityFacts(Subject District, int PartySchoolHeads, int SecondedLeaders);

/// <summary>
/// A member of a township leadership team's term (serving on the as-of day, or on the term's last day once it has
/// ended) and the rotation trainings (轮训) they began within the term, up to the as-of day (R2.3).
/// </summary>
public sealed record RotationTrainingFacts(Subject Member, string TownshipName, int TermId, int TermNumber, DateOnly TermStart, DateOnly TermEnd, int RotationTrainings);

/// <summary>A village main cadre serving on the as-of day and the study days of the trainings they began in the
/// evaluated year up to that day (R2.4).</summary>
public sealed record StudyDaysFacts(Subject Cadre, string VillageName, int StudyDays);
