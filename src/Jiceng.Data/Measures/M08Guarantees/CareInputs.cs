using Jiceng.Core.Measures.M08Guarantees;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>An insurance enrolment as entered; <see cref="ContributionYuan"/> is for pension only (the yearly individual contribution).</summary>
public sealed record InsuranceInput(int? CadreId, int? VillageId, InsuranceKind? Kind, string? Insurer, string? PolicyNumber, DateOnly? From, DateOnly? To, decimal? ContributionYuan);

public sealed record CollectiveIncomeInput(int? VillageId, int? Year, decimal? OperatingIncomeYuan, decimal? NewRecurringIncomeYuan);

public sealed record RewardPaymentInput(int? VillageId, int? CadreId, int? Year, decimal? Weight, decimal? AmountYuan, DateOnly? PaidOn);

public sealed record FallenCadreInput(int? CadreId, DateOnly? DiedOn, string? Circumstances);

public sealed record FamilyMemberInput(string? Name, string? Relation, string? Phone);

public sealed record CareVisitInput(DateOnly? VisitedOn, string? Visitor, string? Note);

public sealed record FacilityInput(int? TownshipId, FacilityKind? Kind, DateOnly? OpenedOn, DateOnly? ClosedOn, string? Note);

public sealed record HousingUnitInput(int? TownshipId, string? Label, decimal? AreaM2);

public sealed record OccupancyInput(int? CadreId, DateOnly? From, DateOnly? To);
