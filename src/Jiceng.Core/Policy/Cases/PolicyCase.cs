using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Policy.Cases;

/// <summary>A 1-based line and column in a case file, so a runner can point at the record or expectation concerned.</summary>
public readonly record struct CaseAt(int Line, int Column);

/// <summary>
/// One policy case (政策用例) of docs/policy-cases.md: records to create, the day to judge them on, parameter overrides
/// of the profile under test, and what the named rules must find.
/// </summary>
/// <param name="Source">The file (or other source name) the case was read from.</param>
/// <param name="Overrides">Parameter id → value, typed as in a profile; null makes an optional parameter "not set".</param>
public sealed record PolicyCase(
    string Source,
    string Name,
    CaseAt At,
    string? Note,
    IReadOnlyDictionary<string, object?> Overrides,
    int Year,
    DateOnly? AsOf,
    CaseRecords Records,
    CaseExpectations Expect)
{
    /// <summary>The day judged: <see cref="AsOf"/>, or the year's last day.</summary>
    public DateOnly JudgedOn => AsOf ?? new DateOnly(Year, 12, 31);
}

/// <summary>The records of a case by kind, in file order (references point backwards or forwards, never outside the case).</summary>
public sealed record CaseRecords(
    IReadOnlyList<CaseUnit> Units,
    IReadOnlyList<CaseCadre> Cadres,
    IReadOnlyList<CaseTerm> Terms,
    IReadOnlyList<CasePost> Posts,
    IReadOnlyList<CaseReserve> Reserves,
    IReadOnlyList<CaseExemption> Exemptions)
{
    // Clause 三 staffing records.
    public IReadOnlyList<CaseEstablishment> Establishments { get; init; } = [];

    public IReadOnlyList<CasePosition> Positions { get; init; } = [];

    public IReadOnlyList<CaseAgency> Agencies { get; init; } = [];

    public IReadOnlyList<CaseAgencyDecision> AgencyDecisions { get; init; } = [];
    /// <summary>Rank quotas (职数), written before the ranks that use them.</summary>
    public IReadOnlyList<CaseRankQuota> RankQuotas { get; init; } = [];

    /// <summary>Ranks (职级) of cadres, in file order (a later rank of the same cadre ends the open one the day before).</summary>
    public IReadOnlyList<CaseRank> Ranks { get; init; } = [];
    /// <summary>Moves (调动/交流), written after the posts.</summary>
    public IReadOnlyList<CaseMove> Moves { get; init; } = [];

    /// <summary>Transfer wishes (交流意愿), written last.</summary>
    public IReadOnlyList<CaseWish> Wishes { get; init; } = [];

    /// <summary>Trainings (培训) of cadres.</summary>
    public IReadOnlyList<CaseTraining> Trainings { get; init; } = [];

    /// <summary>Secondments (挂职) of cadres.</summary>
    public IReadOnlyList<CaseSecondment> Secondments { get; init; } = [];

    /// <summary>Township candidate-pool entries (推荐人选), clause 一.</summary>
    public IReadOnlyList<CasePoolEntry> PoolEntries { get; init; } = [];

    /// <summary>Commendations (表彰奖励), clause 一.</summary>
    public IReadOnlyList<CaseCommendation> Commendations { get; init; } = [];

    /// <summary>Annual grades (年度考核结果), clause 五.</summary>
    public IReadOnlyList<CaseGrade> Grades { get; init; } = [];

    /// <summary>Awards (奖励), clause 五.</summary>
    public IReadOnlyList<CaseAward> Awards { get; init; } = [];

    /// <summary>Village performance fund disbursements (绩效考核资金兑现), clause 五.</summary>
    public IReadOnlyList<CaseDisbursement> Disbursements { get; init; } = [];

    /// <summary>Township yearly assessments (乡镇年度考核), clause 五.</summary>
    public IReadOnlyList<CaseTownshipAssessment> TownshipAssessments { get; init; } = [];
    /// <summary>Sanctions (处分), clause 七; written after the ranks, like imported records (the save-time guard does not refuse the ranks).</summary>
    public IReadOnlyList<CaseSanction> Sanctions { get; init; } = [];

    /// <summary>Error-tolerance cases (容错纠错), clause 七.</summary>
    public IReadOnlyList<CaseToleranceCase> ToleranceCases { get; init; } = [];

    /// <summary>Accusations (信访举报) and their name clearing, clause 七.</summary>
    public IReadOnlyList<CaseAccusation> Accusations { get; init; } = [];

    /// <summary>Power and responsibility list items (权力清单/责任清单), clause 六.</summary>
    public IReadOnlyList<CaseResponsibilityItem> ResponsibilityItems { get; init; } = [];

    /// <summary>Tasks assigned to townships by district departments, clause 六.</summary>
    public IReadOnlyList<CaseAssignedTask> Tasks { get; init; } = [];

    /// <summary>Inspection plan items (督查检查考核计划), clause 六.</summary>
    public IReadOnlyList<CasePlanItem> PlanItems { get; init; } = [];

    /// <summary>Inspections held (督查检查考核), clause 六.</summary>
    public IReadOnlyList<CaseInspection> Inspections { get; init; } = [];

    /// <summary>The burden ledger's counts (会议、发文、填表报数), clause 六.</summary>
    public IReadOnlyList<CaseBurdenCount> BurdenCounts { get; init; } = [];

    /// <summary>Party members developed by villages (发展党员), clause 十.</summary>
    public IReadOnlyList<CasePartyMember> PartyMembers { get; init; } = [];

    /// <summary>Civil-service recruitment plans with their targeted positions (定向招录), clause 十.</summary>
    public IReadOnlyList<CaseRecruitmentPlan> RecruitmentPlans { get; init; } = [];

    /// <summary>Village cadres' insurance enrolments (参保), clause 八.</summary>
    public IReadOnlyList<CaseInsurance> Insurances { get; init; } = [];

    /// <summary>Township five smalls (“五小”), clause 八.</summary>
    public IReadOnlyList<CaseFacility> Facilities { get; init; } = [];

    /// <summary>Village collective income (集体经济收入) of a year, clause 八.</summary>
    public IReadOnlyList<CaseIncome> Incomes { get; init; } = [];

    /// <summary>Collective-economy reward payments (奖励发放), clause 八.</summary>
    public IReadOnlyList<CaseRewardPayment> RewardPayments { get; init; } = [];

    /// <summary>Cadres who died on duty (因公殉职) with their family size, clause 八.</summary>
    public IReadOnlyList<CaseFallen> Fallen { get; init; } = [];

    /// <summary>Care visits to a fallen cadre's family (走访慰问), by the cadre, clause 八.</summary>
    public IReadOnlyList<CaseVisit> Visits { get; init; } = [];

    /// <summary>Monthly subsidy payments (补贴发放), clause 八.</summary>
    public IReadOnlyList<CaseSubsidyPayment> SubsidyPayments { get; init; } = [];

    /// <summary>Annual leave per cadre and year (带薪年休假), clause 八.</summary>
    public IReadOnlyList<CaseAnnualLeave> AnnualLeaves { get; init; } = [];

    /// <summary>Cross-region postings (异地交流任职), clause 八; corrected after their claims are entered when written so.</summary>
    public IReadOnlyList<CasePosting> Postings { get; init; } = [];

    /// <summary>Home-trip claims (往返交通费报销申报) of a posting, entered in file order and decided by R8.1 at entry, clause 八.</summary>
    public IReadOnlyList<CaseTripClaim> TripClaims { get; init; } = [];

    /// <summary>Cadres stationed in villages (驻村), clause 九.</summary>
    public IReadOnlyList<CaseStationing> Stationings { get; init; } = [];

    /// <summary>Heart-to-heart talks (谈心谈话), clause 九.</summary>
    public IReadOnlyList<CaseTalk> Talks { get; init; } = [];

    /// <summary>Health checkups (体检), clause 九.</summary>
    public IReadOnlyList<CaseCheckup> Checkups { get; init; } = [];

    /// <summary>Personal-safety incidents (人身安全事件), clause 九.</summary>
    public IReadOnlyList<CaseIncident> Incidents { get; init; } = [];

    /// <summary>Mental-health lectures and cultural/sports activities, clause 九.</summary>
    public IReadOnlyList<CaseCareActivity> CareActivities { get; init; } = [];
}

/// <summary>A member a village developed, admitted as a probationary member on <see cref="Admitted"/>; <see cref="Cadre"/> a cadre's id.</summary>
public sealed record CasePartyMember(string Village, string? Name, DateOnly? Birth, DateOnly? Admitted, string? Cadre, CaseAt At);

/// <summary>A district's or city's recruitment plan of a year: its positions and those targeted at village cadres.</summary>
public sealed record CaseRecruitmentPlan(string Unit, int? Year, int? Plan, int? Targeted, CaseAt At);

/// <summary>A village's collective operating income and new recurring income for a year, in 元.</summary>
public sealed record CaseIncome(string Village, int? Year, int? Income, int? NewIncome, CaseAt At);

/// <summary>A reward payment to a cadre of the village, in 元, with the cadre's weight (default 1).</summary>
public sealed record CaseRewardPayment(string Village, string Cadre, int? Year, int? Weight, int? Amount, DateOnly? PaidOn, CaseAt At);

/// <summary>A cadre who died on duty on <see cref="Died"/>, with <see cref="Family"/> family members (default 1).</summary>
public sealed record CaseFallen(string Cadre, DateOnly? Died, int? Family, CaseAt At);

/// <summary>A visit to the family of the fallen cadre <see cref="Cadre"/> on <see cref="On"/>.</summary>
public sealed record CaseVisit(string Cadre, DateOnly? On, CaseAt At);

/// <summary>A village cadre's insurance enrolment from <see cref="From"/> to <see cref="To"/> (both covered); a pension one needs <see cref="Contribution"/>.</summary>
public sealed record CaseInsurance(string Cadre, string Village, Measures.M08Guarantees.InsuranceKind Kind, DateOnly? From, DateOnly? To, int? Contribution, CaseAt At);

/// <summary>One of a township's five smalls, in use from <see cref="Opened"/> to <see cref="Closed"/> (both included).</summary>
public sealed record CaseFacility(string Township, Measures.M08Guarantees.FacilityKind Kind, DateOnly? Opened, DateOnly? Closed, CaseAt At);

/// <summary>A month's subsidy payment of a cadre; <see cref="Month"/> is written yyyy-MM and checked by the command.</summary>
public sealed record CaseSubsidyPayment(string Cadre, string Subsidy, string? Month, decimal? Amount, DateOnly? From, DateOnly? To, DateOnly? PaidOn, CaseAt At);

/// <summary>A cadre's annual leave of a year: days taken and the untaken days compensated (on <see cref="CompensatedOn"/>).</summary>
public sealed record CaseAnnualLeave(
    string Cadre, int? Year, int? Taken, decimal? Wage, int? Compensated, decimal? Compensation, DateOnly? CompensatedOn, CaseAt At);

/// <summary>
/// A cadre's cross-region posting from <see cref="Start"/> to <see cref="End"/> (none: serving); <see cref="CorrectedStart"/>
/// and <see cref="CorrectedEnd"/>, when written, replace them after the case's claims were entered (a correction the
/// stored decisions do not follow, which R8.1 re-decides).
/// </summary>
public sealed record CasePosting(string Id, string Cadre, DateOnly? Start, DateOnly? End, string? Home, DateOnly? CorrectedStart, DateOnly? CorrectedEnd, CaseAt At);

/// <summary>A home-trip claim of a posting on a trip day, for an amount in 元.</summary>
public sealed record CaseTripClaim(string Posting, DateOnly? Date, decimal? Amount, CaseAt At);

/// <summary>A cadre stationed in a village from <see cref="Start"/> to <see cref="End"/> (both included).</summary>
public sealed record CaseStationing(string Cadre, string Village, DateOnly? Start, DateOnly? End, CaseAt At);

/// <summary>A heart-to-heart talk with a cadre on a day.</summary>
public sealed record CaseTalk(string Cadre, DateOnly? On, string? Talker, string? Topics, CaseAt At);

/// <summary>A checkup of a cadre; <see cref="Id"/> names it in R9.3's and R9.4's topics.</summary>
public sealed record CaseCheckup(string? Id, string Cadre, DateOnly? On, string? Institution, decimal? Cost,
    Measures.M09Care.CheckupPayer PaidBy, bool MentalHealth, CaseAt At);

/// <summary>A personal-safety incident with its instants (China time as written); <see cref="Id"/> names it in R9.5's topics.</summary>
public sealed record CaseIncident(string? Id, string Cadre, DateTimeOffset? Reported, DateTimeOffset? Accepted, DateTimeOffset? Closed, CaseAt At);

/// <summary>A lecture or activity held by a unit on a day.</summary>
public sealed record CaseCareActivity(string Unit, DateOnly? Held, Measures.M09Care.CareActivityKind Kind, string? Title, CaseAt At);

/// <summary>An item of a township's or village's list for a year; <see cref="Ended"/> is its last day.</summary>
public sealed record CaseResponsibilityItem(string Id, string Unit, int? Year, Measures.M06Burden.ResponsibilityListKind Kind, string? Title, DateOnly? Ended, CaseAt At);

/// <summary>A task a department assigned to a township; <see cref="Id"/> names it in R6.4's topic; <see cref="Item"/> a list item's id.</summary>
public sealed record CaseAssignedTask(
    string? Id, string Township, string Department, string? Title, DateOnly? Assigned, string? Item, int? Funding, DateOnly? Withdrawn, CaseAt At);

/// <summary>An inspection plan item of a department, decided (approved, filed, rejected) on <see cref="Decided"/>.</summary>
public sealed record CasePlanItem(string Id, string Department, int? Year, string? Title, Measures.M06Burden.PlanItemStatus Status, DateOnly? Decided, CaseAt At);

/// <summary>An inspection held; <see cref="Id"/> names it in R6.1's topic; <see cref="Plan"/> a plan item's id.</summary>
public sealed record CaseInspection(string? Id, string Township, string Department, DateOnly? Held, string? Plan, string? Title, CaseAt At);

/// <summary>A ledger count of a township, department, year and kind.</summary>
public sealed record CaseBurdenCount(string Township, string Department, Measures.M06Burden.BurdenKind Kind, int? Year, int? Count, CaseAt At);

/// <summary>A cadre's annual grade (ZB18 code) in a unit (default: the cadre's); <see cref="Imported"/> writes it as an import does, without R5.1's refusal.</summary>
public sealed record CaseGrade(string Cadre, int? Year, string? GradeCode, string? Unit, bool Imported, CaseAt At);

/// <summary>An award; <see cref="Id"/> names it in R5.4's topic.</summary>
public sealed record CaseAward(
    string? Id, string Cadre, Measures.M05Assessment.AwardKind Kind, string? Title, string? Event, DateOnly? EventOn, DateOnly? GrantedOn, bool Grassroots, CaseAt At);

/// <summary>A disbursement of the village performance fund to a cadre of the village, in 元.</summary>
public sealed record CaseDisbursement(string Village, string Cadre, int? Year, int? Amount, int? Score, DateOnly? PaidOn, CaseAt At);

/// <summary>A township assessment with <see cref="Feedback"/> multi-source feedback entries (0 to 3).</summary>
public sealed record CaseTownshipAssessment(string Township, int? Year, string? Category, int? Feedback, CaseAt At);

/// <summary>An org unit under the case district (or under another case unit).</summary>
public sealed record CaseUnit(string Id, OrgUnitKind Kind, string? Parent, string? Name, string? Code, bool Remote, CaseAt At, DateOnly? Established = null);

/// <summary>A cadre; unwritten fields take the plain defaults of docs/policy-cases.md.</summary>
public sealed record CaseCadre(
    string Id, string Unit, Sex Sex, DateOnly? Birth, string? Name, string? IdNumber, string? Ethnicity,
    string? PoliticalStatus, string? Education, CadreCategory? Category, DateOnly? JoinedWork, DateOnly? JoinedParty,
    DateOnly? GrassrootsSince, CaseAt At);

/// <summary>A term (届次) of a township or village; <see cref="Seats"/> are the village seats (职数) by post kind.</summary>
public sealed record CaseTerm(
    string Id, string Unit, int? Number, DateOnly? Start, DateOnly? End, IReadOnlyList<CaseSeat> Seats, CaseAt At);

public sealed record CaseSeat(PostKind Kind, int Count);

/// <summary>A post a cadre holds in a unit; <see cref="Id"/> is optional and names the post in a finding's topic.</summary>
public sealed record CasePost(
    string? Id, string Cadre, string Unit, PostKind Kind, string? Title, bool Team, DateOnly? Start, DateOnly? End,
    string? Term, CaseAt At);

/// <summary>A village reserve-pool membership (村级后备干部) from <see cref="From"/> to <see cref="To"/> (the last day in the pool).</summary>
public sealed record CaseReserve(string Cadre, string Village, DateOnly? From, DateOnly? To, string? LeaveReason, CaseAt At);

/// <summary>An approved establishment (编制) of a unit and kind, in force from <see cref="From"/> through <see cref="To"/>.</summary>
public sealed record CaseEstablishment(string Unit, Measures.M03Staffing.EstablishmentKind Kind, int? Approved, DateOnly? From, DateOnly? To, CaseAt At);

/// <summary>A recruitment position (招录岗位); <see cref="Id"/> names it in R3.4's topic.</summary>
public sealed record CasePosition(
    string? Id, string Unit, int? Year, string? Title, int? Hires, int? ExamRatio, bool AnyMajor, bool RelaxedEducation, bool RelaxedAge, CaseAt At);

/// <summary>A dispatched agency (派驻机构) in a township, belonging to a department.</summary>
public sealed record CaseAgency(string Id, string Township, string Department, string? Name, DateOnly? From, DateOnly? To, CaseAt At);

/// <summary>An assessment or appointment of an agency's head and the township's opinion; <see cref="Id"/> names it in R3.3's topic.</summary>
public sealed record CaseAgencyDecision(
    string? Id, string Agency, string Cadre, Measures.M03Staffing.AgencyHeadEventKind Kind, DateOnly? Date, DateOnly? OpinionOn,
    Measures.M03Staffing.TownshipOpinion? Opinion, string? OpinionText, CaseAt At);
/// <summary>A cadre's move from <see cref="From"/> (the cadre's unit) to a case unit <see cref="To"/> or an <see cref="External"/> destination.</summary>
public sealed record CaseMove(
    string Cadre, string? From, string? To, string? External, DateOnly? On, Measures.M04Promotion.MoveKind Kind,
    Measures.M04Promotion.MoveStatus Status, string? Document, CaseAt At);

/// <summary>A transfer wish registered on <see cref="Registered"/>, answered on <see cref="Answered"/> if at all.</summary>
public sealed record CaseWish(
    string Cadre, DateOnly? Registered, string? Destination, string? Reason, DateOnly? Answered, string? Answer, string? AnsweredBy, CaseAt At);

/// <summary>A candidate-pool entry (乡镇领导班子推荐人选) for a township, from <see cref="From"/> to <see cref="To"/> (the last day in the pool).</summary>
public sealed record CasePoolEntry(
    string Cadre, string Township, Measures.M01TeamBuilding.CandidateSource? Source, DateOnly? From, DateOnly? To,
    Measures.M01TeamBuilding.CandidateLeaveReason? LeaveReason, CaseAt At);

/// <summary>A commendation (表彰奖励) of a cadre; unwritten title, body and level take the defaults of docs/policy-cases.md.</summary>
public sealed record CaseCommendation(
    string Cadre, Measures.M01TeamBuilding.CommendationKind Kind, string? Title, string? Body, Measures.M01TeamBuilding.AwardLevel? Level, DateOnly? Date, CaseAt At);

/// <summary>A village's exemption from "one shoulder" (一肩挑).</summary>
public sealed record CaseExemption(string Village, string? Reason, DateOnly? From, DateOnly? To, CaseAt At);

/// <summary>A unit's quota of one rank from a day; <see cref="RankCode"/> is the code of the rank the file names by its label.</summary>
public sealed record CaseRankQuota(string Unit, string? RankCode, int? Count, DateOnly? From, CaseAt At);

/// <summary>A cadre's rank; <see cref="QuotaUnit"/> defaults to the cadre's unit, <see cref="Id"/> names it in R4.1's topic.</summary>
public sealed record CaseRank(string? Id, string Cadre, string? RankCode, DateOnly? Start, DateOnly? End, string? QuotaUnit, string? Document, CaseAt At);

/// <summary>A training (培训) of a cadre; <see cref="Days"/> defaults to the calendar span.</summary>
public sealed record CaseTraining(
    string Cadre, Measures.M02Capability.TrainingKind Kind, string? Title, string? Provider, Measures.M02Capability.AdministrativeLevel Level,
    DateOnly? Start, DateOnly? End, int? Days, string? Certificate, CaseAt At);

/// <summary>A secondment (挂职) of a cadre.</summary>
public sealed record CaseSecondment(
    string Cadre, string? Place, Measures.M02Capability.SecondmentDestination Destination, Measures.M02Capability.AdministrativeLevel Level,
    string? PostTitle, DateOnly? Start, DateOnly? End, CaseAt At);

/// <summary>What the rules named must find: exactly <see cref="Findings"/> for each rule listed there, nothing for <see cref="None"/>.</summary>
public sealed record CaseExpectations(IReadOnlyList<ExpectedFinding> Findings, IReadOnlyList<string> None)
{
    /// <summary>Calculator amounts the case asserts (clause 八's calculators), each computed under the case's profile.</summary>
    public IReadOnlyList<ExpectedAmount> Amounts { get; init; } = [];

    /// <summary>Every rule judged by the case, in order of first mention.</summary>
    public IReadOnlyList<string> Rules => [.. Findings.Select(f => f.Rule).Concat(None).Distinct(StringComparer.Ordinal)];
}

/// <summary>One expected finding; null fields are not compared.</summary>
/// <param name="Subject">A local id of a unit or cadre, or <see cref="CaseFileKeys.District"/>.</param>
public sealed record ExpectedFinding(
    string Rule, string Subject, Severity Severity, string? Topic, DateOnly? Due, string? Measured, string? Required, CaseAt At);

/// <summary>A sanction (处分) of a cadre; <see cref="Id"/> lets a tolerance case refer to it.</summary>
public sealed record CaseSanction(string? Id, string Cadre, SanctionKind Kind, DateOnly? Effective, DateOnly? Revoked, CaseAt At);

/// <summary>An error-tolerance case received on <see cref="Received"/>, decided on <see cref="Decided"/> if at all.</summary>
public sealed record CaseToleranceCase(
    string Cadre, DateOnly? Received, string? Sanction, Measures.M07ErrorTolerance.CaseDecision? Decision, DateOnly? Decided, CaseAt At);

/// <summary>An accusation, its conclusion and clarification day.</summary>
public sealed record CaseAccusation(
    string Cadre, DateOnly? Received, Measures.M07ErrorTolerance.AccusationConclusion? Conclusion, DateOnly? Concluded, DateOnly? Clarified, CaseAt At);

/// <summary>
/// One expected calculator result: <see cref="Calculator"/> run on <see cref="Inputs"/> gives <see cref="Amount"/> (元, to the
/// cent) and its working contains every text of <see cref="Working"/>; or, with <see cref="Refused"/>, the calculator refuses
/// the inputs with a message containing that text.
/// </summary>
public sealed record ExpectedAmount(
    string Calculator, Measures.M08Guarantees.CalcArgs Inputs, decimal? Amount, IReadOnlyList<string> Working, string? Refused, CaseAt At);
