using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// A generated demo district. Objects are linked by navigation properties only: every Id and foreign-key id is 0
/// and every <see cref="OrgUnit.Path"/> is "/", for the persister to fill in.
/// </summary>
public sealed record DemoDataset(
    IReadOnlyList<OrgUnit> OrgUnits,
    IReadOnlyList<Cadre> Cadres,
    IReadOnlyList<Term> Terms,
    IReadOnlyList<PostAssignment> Posts,
    IReadOnlyList<OneShoulderExemption> Exemptions,
    IReadOnlyList<PlantedFinding> Planted)
{
    /// <summary>Every stretch in a village's reserve pool, current and past.</summary>
    public IReadOnlyList<ReservePoolMembership> ReserveMemberships { get; init; } = [];

    /// <summary>Clause 三: approved establishments, recruitment positions, dispatched agencies with their head decisions.</summary>
    public IReadOnlyList<EstablishmentQuota> Establishments { get; init; } = [];

    public IReadOnlyList<RecruitmentPosition> Positions { get; init; } = [];

    public IReadOnlyList<DispatchedAgency> Agencies { get; init; } = [];
    /// <summary>Ranks (职级) of civil servants, current and past, and the rank quotas (职数) of townships and departments.</summary>
    public IReadOnlyList<Core.Ranks.RankAssignment> Ranks { get; init; } = [];

    public IReadOnlyList<Core.Ranks.RankQuota> RankQuotas { get; init; } = [];
    /// <summary>Cadres' moves (调动/交流), done, pending and cancelled.</summary>
    public IReadOnlyList<Core.Measures.M04Promotion.CadreMove> Moves { get; init; } = [];

    /// <summary>Registered transfer wishes (交流意愿), answered or not.</summary>
    public IReadOnlyList<Core.Measures.M04Promotion.TransferWish> Wishes { get; init; } = [];
    /// <summary>Clause 二: trainings and secondments.</summary>
    public IReadOnlyList<Core.Measures.M02Capability.TrainingRecord> Trainings { get; init; } = [];

    public IReadOnlyList<Core.Measures.M02Capability.Secondment> Secondments { get; init; } = [];
    /// <summary>Township candidate-pool entries (clause 一), current and past.</summary>
    public IReadOnlyList<Core.Measures.M01TeamBuilding.CandidatePoolEntry> CandidatePoolEntries { get; init; } = [];

    /// <summary>Commendations of cadres (clause 一).</summary>
    public IReadOnlyList<Core.Measures.M01TeamBuilding.Commendation> Commendations { get; init; } = [];

    public IReadOnlyList<Core.Cadres.CadreYearlyGrade> Grades { get; init; } = [];

    public IReadOnlyList<Core.Measures.M05Assessment.Award> Awards { get; init; } = [];

    public IReadOnlyList<Core.Measures.M05Assessment.VillageFundDisbursement> Disbursements { get; init; } = [];

    public IReadOnlyList<Core.Measures.M05Assessment.TownshipAssessment> TownshipAssessments { get; init; } = [];

    /// <summary>Assessment schemes by township category (clause 五), with their indicators.</summary>
    public IReadOnlyList<Core.Measures.M05Assessment.AssessmentScheme> AssessmentSchemes { get; init; } = [];
    /// <summary>Clause 七: sanctions, error-tolerance cases (with their steps) and accusations.</summary>
    public IReadOnlyList<Core.Measures.M07ErrorTolerance.Sanction> Sanctions { get; init; } = [];

    public IReadOnlyList<Core.Measures.M07ErrorTolerance.ToleranceCase> ToleranceCases { get; init; } = [];

    /// <summary>Clause 六: responsibility lists, tasks, the inspection plan, inspections and the burden ledger.</summary>
    public IReadOnlyList<Core.Measures.M06Burden.ResponsibilityItem> ResponsibilityItems { get; init; } = [];

    public IReadOnlyList<Core.Measures.M06Burden.AssignedTask> AssignedTasks { get; init; } = [];

    public IReadOnlyList<Core.Measures.M06Burden.InspectionPlanItem> InspectionPlanItems { get; init; } = [];

    public IReadOnlyList<Core.Measures.M06Burden.Inspection> Inspections { get; init; } = [];

    public IReadOnlyList<Core.Measures.M06Burden.BurdenCount> BurdenCounts { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.SubsidyPayment> SubsidyPayments { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.AnnualLeave> AnnualLeaves { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.CrossRegionPosting> Postings { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.HomeTripClaim> TripClaims { get; init; } = [];

    public IReadOnlyList<Core.Measures.M07ErrorTolerance.Accusation> Accusations { get; init; } = [];

    /// <summary>Clause 十: party members developed by villages, and recruitment plans with their targeted positions.</summary>
    public IReadOnlyList<PartyMemberDevelopment> PartyMembers { get; init; } = [];

    public IReadOnlyList<TargetedRecruitmentPlan> RecruitmentPlans { get; init; } = [];

    /// <summary>Clause 十: reserves' trainings and participation, special reserve posts with their holders.</summary>
    public IReadOnlyList<ReserveDevelopmentRecord> ReserveRecords { get; init; } = [];

    public IReadOnlyList<SpecialReservePost> SpecialPosts { get; init; } = [];
    /// <summary>Clause 八: village cadres' insurance, collective income and reward payments, fallen cadres (with family and
    /// visits), the five smalls and turnover housing.</summary>
    public IReadOnlyList<Core.Measures.M08Guarantees.VillageCadreInsurance> Insurances { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.CollectiveIncome> Incomes { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.CollectiveRewardPayment> RewardPayments { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.FallenCadre> Fallen { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.TownshipFacility> Facilities { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.TurnoverHousingUnit> HousingUnits { get; init; } = [];

    public IReadOnlyList<Core.Measures.M08Guarantees.TurnoverHousingOccupancy> Occupancies { get; init; } = [];

    /// <summary>Findings planted for 31 December of the year before the data day's (R8.5's yearly minimum).</summary>
    public IReadOnlyList<PlantedFinding> PlantedPreviousYearEnd { get; init; } = [];
    /// <summary>Clause 九: talks, checkups, village stationings, personal-safety incidents and activities.</summary>
    public IReadOnlyList<object> CareRecords { get; init; } = [];
}
