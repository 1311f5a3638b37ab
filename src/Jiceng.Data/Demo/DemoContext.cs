using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>The state of one generation run: the seeded random source and everything created so far, in creation order.</summary>
internal sealed class DemoContext
{
    private readonly Dictionary<(Term Term, PostKind Kind), int> _seatsTaken = [];

    public DemoContext(DemoScale scale, int seed, string districtRegion = IdNumbers.DistrictRegion, HashSet<long>? issuedIdNumbers = null)
    {
        Scale = scale;
        Random = new Random(seed);
        Ids = new IdNumbers(Random, districtRegion, issuedIdNumbers);
    }

    public DemoScale Scale { get; }

    public Random Random { get; }

    public IdNumbers Ids { get; }

    public List<OrgUnit> OrgUnits { get; } = [];

    public List<Cadre> Cadres { get; } = [];

    public List<Term> Terms { get; } = [];

    public List<OneShoulderExemption> Exemptions { get; } = [];

    public List<ReservePoolMembership> ReserveMemberships { get; } = [];

    public List<PlantedFinding> Planted { get; } = [];

    // Clause 三 staffing records (StaffingPlanting).
    public List<EstablishmentQuota> Establishments { get; } = [];

    public List<RecruitmentPosition> Positions { get; } = [];

    public List<DispatchedAgency> Agencies { get; } = [];
    public List<Core.Ranks.RankAssignment> Ranks { get; } = [];

    public List<Core.Ranks.RankQuota> RankQuotas { get; } = [];
    public List<Core.Measures.M04Promotion.CadreMove> Moves { get; } = [];

    public List<Core.Measures.M04Promotion.TransferWish> Wishes { get; } = [];
    public List<Core.Measures.M02Capability.TrainingRecord> Trainings { get; } = [];

    public List<Core.Measures.M02Capability.Secondment> Secondments { get; } = [];
    public List<Core.Measures.M01TeamBuilding.CandidatePoolEntry> CandidatePoolEntries { get; } = [];

    public List<Core.Measures.M01TeamBuilding.Commendation> Commendations { get; } = [];

    // Clause 五 records (AssessmentPlanting).
    public List<CadreYearlyGrade> Grades { get; } = [];

    public List<Core.Measures.M05Assessment.Award> Awards { get; } = [];

    public List<Core.Measures.M05Assessment.VillageFundDisbursement> Disbursements { get; } = [];

    public List<Core.Measures.M05Assessment.TownshipAssessment> TownshipAssessments { get; } = [];

    public List<Core.Measures.M05Assessment.AssessmentScheme> AssessmentSchemes { get; } = [];
    // Clause 七 (ErrorTolerancePlanting).
    public List<Core.Measures.M07ErrorTolerance.Sanction> Sanctions { get; } = [];

    public List<Core.Measures.M07ErrorTolerance.ToleranceCase> ToleranceCases { get; } = [];

    public List<Core.Measures.M07ErrorTolerance.Accusation> Accusations { get; } = [];

    // Clause 六 (BurdenPlanting).
    public List<Core.Measures.M06Burden.ResponsibilityItem> ResponsibilityItems { get; } = [];

    public List<Core.Measures.M06Burden.AssignedTask> AssignedTasks { get; } = [];

    public List<Core.Measures.M06Burden.InspectionPlanItem> InspectionPlanItems { get; } = [];

    public List<Core.Measures.M06Burden.Inspection> Inspections { get; } = [];

    // Clause 十 party development and targeted recruitment (PartyDevelopmentPlanting).
    public List<PartyMemberDevelopment> PartyMembers { get; } = [];

    public List<TargetedRecruitmentPlan> RecruitmentPlans { get; } = [];

    // Clause 十 reserve development and special reserve posts (ReserveDevelopmentPlanting).
    public List<ReserveDevelopmentRecord> ReserveRecords { get; } = [];

    public List<SpecialReservePost> SpecialPosts { get; } = [];

    public List<Core.Measures.M06Burden.BurdenCount> BurdenCounts { get; } = [];

    // Clause 八 care records (CarePlanting).
    public List<Core.Measures.M08Guarantees.VillageCadreInsurance> Insurances { get; } = [];

    public List<Core.Measures.M08Guarantees.CollectiveIncome> Incomes { get; } = [];

    public List<Core.Measures.M08Guarantees.CollectiveRewardPayment> RewardPayments { get; } = [];

    public List<Core.Measures.M08Guarantees.FallenCadre> Fallen { get; } = [];

    public List<Core.Measures.M08Guarantees.TownshipFacility> Facilities { get; } = [];

    public List<Core.Measures.M08Guarantees.TurnoverHousingUnit> HousingUnits { get; } = [];

    public List<Core.Measures.M08Guarantees.TurnoverHousingOccupancy> Occupancies { get; } = [];

    /// <summary>Findings planted for the end of the year before the data day's (yearly minimums short once that year was over).</summary>
    public List<PlantedFinding> PlantedPreviousYearEnd { get; } = [];
    // Clause 八 (GuaranteePlanting).
    public List<Core.Measures.M08Guarantees.SubsidyPayment> SubsidyPayments { get; } = [];

    public List<Core.Measures.M08Guarantees.AnnualLeave> AnnualLeaves { get; } = [];

    public List<Core.Measures.M08Guarantees.CrossRegionPosting> Postings { get; } = [];

    public List<Core.Measures.M08Guarantees.HomeTripClaim> TripClaims { get; } = [];
    // Clause 九 (WellbeingPlanting): talks, checkups, stationings, incidents and activities, in creation order; then
    // clause 八's village cadre pay standards and payment lines (VillagePayPlanting).
    public List<object> CareRecords { get; } = [];

    /// <summary>Where the tenure of a reappointed post began (R4.2), as the generator made it; other posts' tenure starts with the post.</summary>
    public Dictionary<PostAssignment, DateOnly> TenureStarts { get; } = [];

    public OrgUnit AddUnit(string code, string name, OrgUnitKind kind, OrgUnit? parent, int sortOrder)
    {
        var unit = new OrgUnit { Code = code, Name = name, Kind = kind, Parent = parent, SortOrder = sortOrder };
        OrgUnits.Add(unit);
        return unit;
    }

    public Cadre AddCadre(Profile profile, OrgUnit unit) => People.Create(this, profile, unit);

    public Term AddTerm(OrgUnit unit, TermBody body, int number, DateOnly start, DateOnly end, IEnumerable<(PostKind Kind, int Count)> seats)
    {
        var term = new Term
        {
            OrgUnit = unit,
            Body = body,
            Number = number,
            Start = start,
            End = end,
            Seats = [.. seats.Select(s => new TermSeat { Kind = s.Kind, Count = s.Count })],
        };
        Terms.Add(term);
        return term;
    }

    /// <summary>Claims one seat of a kind in a term; false when all its seats are already held (each holder is counted once).</summary>
    public bool TryTakeSeat(Term term, PostKind kind)
    {
        var count = term.Seats.Where(s => s.Kind == kind).Sum(s => s.Count);
        var taken = _seatsTaken.GetValueOrDefault((term, kind));
        if (taken >= count)
        {
            return false;
        }

        _seatsTaken[(term, kind)] = taken + 1;
        return true;
    }

    /// <summary>Adds a post; a post in a term is a seat of the leadership team or of the two committees.</summary>
    public PostAssignment AddPost(Cadre cadre, OrgUnit unit, PostKind kind, string? title, DateOnly start, DateOnly? end = null, Term? term = null)
    {
        var post = new PostAssignment
        {
            Cadre = cadre,
            OrgUnit = unit,
            Kind = kind,
            Title = title,
            IsLeadershipTeamMember = term is not null,
            Start = start,
            End = end,
            Term = term,
        };
        cadre.Posts.Add(post);
        return post;
    }
}
