using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// R8.3's facts: a cadre holding a village two-committees seat (<see cref="Posts.PostKinds.IsTwoCommitteesSeat"/>) on the
/// as-of day, the post held, whether an accident insurance enrolment is in force that day, and the last day of the
/// latest earlier enrolment (null when none ever was).
/// </summary>
public sealed record VillageInsuranceFacts(Subject Cadre, string VillageName, string PostTitle, bool AccidentInForce, DateOnly? LastAccidentCoverEnd);

/// <summary>A cadre paid a collective-economy reward for the year: the weight in the split and the total paid by the as-of day.</summary>
public sealed record RewardPaidCadre(Subject Cadre, decimal Weight, decimal PaidYuan);

/// <summary>
/// R8.4's facts: a village with reward payments for the evaluated year, its collective income record for that year
/// (null when none was entered: the pool is then 0) and the cadres paid.
/// </summary>
public sealed record VillageRewardFacts(Subject Village, int Year, decimal? OperatingIncomeYuan, decimal? NewRecurringIncomeYuan, IReadOnlyList<RewardPaidCadre> Paid);

/// <summary>R8.5's facts: a fallen cadre, the day of death, family members recorded and visits made from 1 January to the as-of day.</summary>
public sealed record FallenFamilyFacts(Subject Cadre, DateOnly DiedOn, int FamilyMembers, int VisitsInYear, DateOnly? LastVisit);

/// <summary>R8.6's facts: a township (or sub-district) and which of the five smalls are in use on the as-of day.</summary>
public sealed record TownshipFacilityFacts(Subject Township, IReadOnlyList<FacilityKind> InUse);
