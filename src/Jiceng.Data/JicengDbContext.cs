using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Posts;
using Jiceng.Data.Audit;
using Jiceng.Data.Engine;
using Jiceng.Data.Configurations;
using Jiceng.Data.Identity;
using Jiceng.Data.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data;

/// <summary>The one database of the product. Entity configurations live in <c>Configurations/</c>, one per entity.</summary>
public sealed class JicengDbContext(DbContextOptions<JicengDbContext> options) : IdentityDbContext<AppUser>(options)
{
    /// <summary>The field-encryption keys this context was opened with (<see cref="KeyRingOptions.UseKeyRing"/>).</summary>
    public KeyRing KeyRing { get; } = options.FindExtension<KeyRingOptionsExtension>()?.KeyRing ?? KeyRing.None;

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Cadre> Cadres => Set<Cadre>();

    public DbSet<PostAssignment> PostAssignments => Set<PostAssignment>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<TermSeat> TermSeats => Set<TermSeat>();

    public DbSet<OneShoulderExemption> OneShoulderExemptions => Set<OneShoulderExemption>();

    public DbSet<ReservePoolMembership> ReservePoolMemberships => Set<ReservePoolMembership>();

    // Clause 三 staffing (M03Staffing).
    public DbSet<Core.Measures.M03Staffing.EstablishmentQuota> EstablishmentQuotas => Set<Core.Measures.M03Staffing.EstablishmentQuota>();

    public DbSet<Core.Measures.M03Staffing.RecruitmentPosition> RecruitmentPositions => Set<Core.Measures.M03Staffing.RecruitmentPosition>();

    public DbSet<Core.Measures.M03Staffing.DispatchedAgency> DispatchedAgencies => Set<Core.Measures.M03Staffing.DispatchedAgency>();

    public DbSet<Core.Measures.M03Staffing.AgencyHeadEvent> AgencyHeadEvents => Set<Core.Measures.M03Staffing.AgencyHeadEvent>();
    public DbSet<Core.Ranks.RankAssignment> RankAssignments => Set<Core.Ranks.RankAssignment>();

    public DbSet<Core.Ranks.RankQuota> RankQuotas => Set<Core.Ranks.RankQuota>();
    public DbSet<Core.Measures.M04Promotion.CadreMove> CadreMoves => Set<Core.Measures.M04Promotion.CadreMove>();

    public DbSet<Core.Measures.M04Promotion.TransferWish> TransferWishes => Set<Core.Measures.M04Promotion.TransferWish>();
    public DbSet<Core.Measures.M02Capability.TrainingRecord> TrainingRecords => Set<Core.Measures.M02Capability.TrainingRecord>();

    public DbSet<Core.Measures.M02Capability.Secondment> Secondments => Set<Core.Measures.M02Capability.Secondment>();
    public DbSet<Core.Measures.M01TeamBuilding.CandidatePoolEntry> CandidatePoolEntries => Set<Core.Measures.M01TeamBuilding.CandidatePoolEntry>();

    public DbSet<Core.Measures.M01TeamBuilding.Commendation> Commendations => Set<Core.Measures.M01TeamBuilding.Commendation>();

    public DbSet<Exchange.ImportBatch> ImportBatches => Set<Exchange.ImportBatch>();
    // The 任免审批表 (LRMX) exchange: what a cadre's form holds beyond the cadre's own columns.
    public DbSet<CadreResumeEntry> CadreResumeEntries => Set<CadreResumeEntry>();

    public DbSet<CadreFamilyMember> CadreFamilyMembers => Set<CadreFamilyMember>();

    public DbSet<CadrePhoto> CadrePhotos => Set<CadrePhoto>();

    public DbSet<CadreLrmxProfile> CadreLrmxProfiles => Set<CadreLrmxProfile>();

    public DbSet<CadreYearlyGrade> CadreYearlyGrades => Set<CadreYearlyGrade>();

    // Clause 七 error tolerance (M07ErrorTolerance): narratives encrypted (ErrorToleranceConfigurations).
    public DbSet<Core.Measures.M07ErrorTolerance.Sanction> Sanctions => Set<Core.Measures.M07ErrorTolerance.Sanction>();

    public DbSet<Core.Measures.M07ErrorTolerance.ToleranceCase> ToleranceCases => Set<Core.Measures.M07ErrorTolerance.ToleranceCase>();

    public DbSet<Core.Measures.M07ErrorTolerance.CaseStep> ToleranceCaseSteps => Set<Core.Measures.M07ErrorTolerance.CaseStep>();

    public DbSet<Core.Measures.M07ErrorTolerance.Accusation> Accusations => Set<Core.Measures.M07ErrorTolerance.Accusation>();

    public DbSet<Measures.M07ErrorTolerance.CaseStepAttachment> CaseStepAttachments => Set<Measures.M07ErrorTolerance.CaseStepAttachment>();

    public DbSet<EvaluationRun> EvaluationRuns => Set<EvaluationRun>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<FindingEvent> FindingEvents => Set<FindingEvent>();

    public DbSet<FindingExplanation> FindingExplanations => Set<FindingExplanation>();

    public DbSet<FindingAttachment> FindingAttachments => Set<FindingAttachment>();

    internal DbSet<FindingStageRow> FindingStage => Set<FindingStageRow>();

    public DbSet<Policy.PolicyProfileVersion> PolicyProfileVersions => Set<Policy.PolicyProfileVersion>();

    public DbSet<Policy.PolicyCaseSet> PolicyCaseSets => Set<Policy.PolicyCaseSet>();

    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<Identity.ApiTokens.ApiToken> ApiTokens => Set<Identity.ApiTokens.ApiToken>();

    public DbSet<Core.Measures.M05Assessment.Award> Awards => Set<Core.Measures.M05Assessment.Award>();

    public DbSet<Core.Measures.M05Assessment.VillageFundDisbursement> VillageFundDisbursements => Set<Core.Measures.M05Assessment.VillageFundDisbursement>();

    public DbSet<Core.Measures.M05Assessment.TownshipAssessment> TownshipAssessments => Set<Core.Measures.M05Assessment.TownshipAssessment>();

    public DbSet<Core.Measures.M05Assessment.AssessmentScheme> AssessmentSchemes => Set<Core.Measures.M05Assessment.AssessmentScheme>();

    public DbSet<Core.Measures.M05Assessment.AssessmentIndicatorScore> AssessmentIndicatorScores => Set<Core.Measures.M05Assessment.AssessmentIndicatorScore>();

    public DbSet<Core.Measures.M05Assessment.AssessmentFeedback> AssessmentFeedback => Set<Core.Measures.M05Assessment.AssessmentFeedback>();
    // Clause 六 burden reduction (M06Burden).
    public DbSet<Core.Measures.M06Burden.ResponsibilityItem> ResponsibilityItems => Set<Core.Measures.M06Burden.ResponsibilityItem>();

    public DbSet<Core.Measures.M06Burden.AssignedTask> AssignedTasks => Set<Core.Measures.M06Burden.AssignedTask>();

    public DbSet<Core.Measures.M06Burden.InspectionPlanItem> InspectionPlanItems => Set<Core.Measures.M06Burden.InspectionPlanItem>();

    public DbSet<Core.Measures.M06Burden.Inspection> Inspections => Set<Core.Measures.M06Burden.Inspection>();

    public DbSet<Core.Measures.M06Burden.BurdenCount> BurdenCounts => Set<Core.Measures.M06Burden.BurdenCount>();

    public DbSet<Core.Measures.M06Burden.BurdenReport> BurdenReports => Set<Core.Measures.M06Burden.BurdenReport>();
    // Clause 十 party member development (R10.4) and targeted recruitment (R10.5).
    public DbSet<PartyMemberDevelopment> PartyMemberDevelopments => Set<PartyMemberDevelopment>();

    public DbSet<TargetedRecruitmentPlan> TargetedRecruitmentPlans => Set<TargetedRecruitmentPlan>();

    // Clause 十 reserve development (trainings, participation) and special reserve posts (定岗不定人).
    public DbSet<ReserveDevelopmentRecord> ReserveDevelopmentRecords => Set<ReserveDevelopmentRecord>();

    public DbSet<SpecialReservePost> SpecialReservePosts => Set<SpecialReservePost>();

    public DbSet<SpecialReservePostFill> SpecialReservePostFills => Set<SpecialReservePostFill>();
    // Clause 八 care records (M08Guarantees: village cadre insurance, collective reward, fallen cadres, township facilities).
    public DbSet<Core.Measures.M08Guarantees.VillageCadreInsurance> VillageCadreInsurances => Set<Core.Measures.M08Guarantees.VillageCadreInsurance>();

    public DbSet<Core.Measures.M08Guarantees.CollectiveIncome> CollectiveIncomes => Set<Core.Measures.M08Guarantees.CollectiveIncome>();

    public DbSet<Core.Measures.M08Guarantees.CollectiveRewardPayment> CollectiveRewardPayments => Set<Core.Measures.M08Guarantees.CollectiveRewardPayment>();

    public DbSet<Core.Measures.M08Guarantees.FallenCadre> FallenCadres => Set<Core.Measures.M08Guarantees.FallenCadre>();

    public DbSet<Core.Measures.M08Guarantees.FallenCadreFamilyMember> FallenCadreFamilyMembers => Set<Core.Measures.M08Guarantees.FallenCadreFamilyMember>();

    public DbSet<Core.Measures.M08Guarantees.FamilyCareVisit> FamilyCareVisits => Set<Core.Measures.M08Guarantees.FamilyCareVisit>();

    public DbSet<Core.Measures.M08Guarantees.TownshipFacility> TownshipFacilities => Set<Core.Measures.M08Guarantees.TownshipFacility>();

    public DbSet<Core.Measures.M08Guarantees.TurnoverHousingUnit> TurnoverHousingUnits => Set<Core.Measures.M08Guarantees.TurnoverHousingUnit>();

    public DbSet<Core.Measures.M08Guarantees.TurnoverHousingOccupancy> TurnoverHousingOccupancies => Set<Core.Measures.M08Guarantees.TurnoverHousingOccupancy>();


    public DbSet<Core.Measures.M08Guarantees.SubsidyPayment> SubsidyPayments => Set<Core.Measures.M08Guarantees.SubsidyPayment>();

    public DbSet<Core.Measures.M08Guarantees.CrossRegionPosting> CrossRegionPostings => Set<Core.Measures.M08Guarantees.CrossRegionPosting>();

    public DbSet<Core.Measures.M08Guarantees.HomeTripClaim> HomeTripClaims => Set<Core.Measures.M08Guarantees.HomeTripClaim>();

    public DbSet<Core.Measures.M08Guarantees.AnnualLeave> AnnualLeaves => Set<Core.Measures.M08Guarantees.AnnualLeave>();

    public DbSet<Core.Measures.M08Guarantees.VillageCadrePayStandard> VillageCadrePayStandards => Set<Core.Measures.M08Guarantees.VillageCadrePayStandard>();

    public DbSet<Core.Measures.M08Guarantees.VillageCadrePayment> VillageCadrePayments => Set<Core.Measures.M08Guarantees.VillageCadrePayment>();

    public DbSet<Core.Measures.M09Care.HeartTalk> HeartTalks => Set<Core.Measures.M09Care.HeartTalk>();

    public DbSet<Core.Measures.M09Care.HealthCheckup> HealthCheckups => Set<Core.Measures.M09Care.HealthCheckup>();

    public DbSet<Core.Measures.M09Care.VillageStationing> VillageStationings => Set<Core.Measures.M09Care.VillageStationing>();

    public DbSet<Core.Measures.M09Care.SafetyIncident> SafetyIncidents => Set<Core.Measures.M09Care.SafetyIncident>();

    public DbSet<Core.Measures.M09Care.CareActivity> CareActivities => Set<Core.Measures.M09Care.CareActivity>();

    /// <summary>Who the audited writes of this context are done for (the ambient actor unless set).</summary>
    public IAuditContext AuditContext { get; set; } = AmbientAuditContext.Instance;

    public TimeProvider AuditClock { get; set; } = TimeProvider.System;

    /// <summary>Set only by the demo seeder, which records one import entry instead of one per generated row.</summary>
    internal bool RowAuditSuspended { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Every configuration has a parameterless constructor but the cadres' and family members', which need this context's key ring.
        builder.ApplyConfigurationsFromAssembly(typeof(JicengDbContext).Assembly);
        new CadreConfiguration(KeyRing).Configure(builder.Entity<Cadre>());
        if (Database.IsNpgsql())
        {
            // The facts queries pick serving posts by kind across the scope (R2.4, R4.2, R10.x): without it PostgreSQL
            // scans. Not on SQLite: after ANALYZE its planner skip-scans this index for team queries that do not filter
            // by kind (0.05 s became 0.6–1.6 s at 20 × the district; docs/performance.md).
            builder.Entity<PostAssignment>().HasIndex(p => new { p.Kind, p.Start });
        }
        new CadreFamilyMemberConfiguration(KeyRing).Configure(builder.Entity<CadreFamilyMember>());
        new ErrorToleranceConfigurations(KeyRing).Configure(builder);
        new WellbeingConfigurations(KeyRing).Configure(builder);
    }

    /// <summary>Saves the changes and their audit entries in one transaction: both or neither.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        IdNumberMapping.MaintainIndex(this);
        var changes = RowAuditSuspended ? [] : EntityAudit.Collect(ChangeTracker);
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AuditChain.LockAsync(this, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await AuditChain.AppendLockedAsync(this, AuditEntriesOf(changes), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        IdNumberMapping.MaintainIndex(this);
        var changes = RowAuditSuspended ? [] : EntityAudit.Collect(ChangeTracker);
        if (changes.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        AuditChain.Lock(this);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
        AuditChain.AppendLocked(this, AuditEntriesOf(changes));
        own?.Commit();
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    private List<AuditEntry> AuditEntriesOf(List<EntityAudit.Change> changes)
    {
        var actor = AuditContext.Actor;
        var at = AuditHasher.Truncate(AuditClock.GetUtcNow());
        return changes.Select(c => EntityAudit.ToEntry(c, actor, at)).ToList();
    }

    // Optimistic concurrency: the row version moves on every update, so a stale edit fails instead of overwriting.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Cadre>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }

        foreach (var entry in ChangeTracker.Entries<Core.Common.IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
