using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Demo;

/// <summary>Writes a generated <see cref="DemoDataset"/> into an empty database in one transaction.</summary>
public static class DemoSeeder
{
    public const int Batch = 500;

    /// <summary>True when the database holds no org unit yet (the first start).</summary>
    public static async Task<bool> IsEmptyAsync(JicengDbContext db, CancellationToken ct = default) => !await db.OrgUnits.AnyAsync(ct);

    /// <param name="progress">Reports (rows written, rows in all).</param>
    public static async Task SeedAsync(JicengDbContext db, DemoDataset data, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var total = data.OrgUnits.Count + data.Terms.Count + data.Cadres.Count;
        var done = 0;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One import entry for the whole generated district, not one per row.
        db.RowAuditSuspended = true;

        // Units first: their ids make the materialised paths, parents before children.
        db.OrgUnits.AddRange(data.OrgUnits);
        await db.SaveChangesAsync(ct);
        foreach (var unit in data.OrgUnits)
        {
            unit.Path = PathOf(unit);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        progress?.Report((done += data.OrgUnits.Count, total));

        db.Terms.AddRange(data.Terms);
        await db.SaveChangesAsync(ct);
        progress?.Report((done += data.Terms.Count, total));

        // Cadres carry their posts (navigation), so posts are written with their cadre's batch.
        foreach (var chunk in data.Cadres.Chunk(Batch))
        {
            db.Cadres.AddRange(chunk);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            progress?.Report((done += chunk.Length, total));
        }

        db.OneShoulderExemptions.AddRange(data.Exemptions);
        db.ReservePoolMemberships.AddRange(data.ReserveMemberships);
        db.EstablishmentQuotas.AddRange(data.Establishments);
        db.RecruitmentPositions.AddRange(data.Positions);
        db.DispatchedAgencies.AddRange(data.Agencies);
        db.RankAssignments.AddRange(data.Ranks);
        db.RankQuotas.AddRange(data.RankQuotas);
        db.CadreMoves.AddRange(data.Moves);
        db.TransferWishes.AddRange(data.Wishes);
        db.TrainingRecords.AddRange(data.Trainings);
        db.Secondments.AddRange(data.Secondments);
        db.CandidatePoolEntries.AddRange(data.CandidatePoolEntries);
        db.Commendations.AddRange(data.Commendations);
        db.CadreYearlyGrades.AddRange(data.Grades);
        db.Awards.AddRange(data.Awards);
        db.VillageFundDisbursements.AddRange(data.Disbursements);
        db.TownshipAssessments.AddRange(data.TownshipAssessments);
        db.AssessmentSchemes.AddRange(data.AssessmentSchemes);
        db.Sanctions.AddRange(data.Sanctions);
        db.ToleranceCases.AddRange(data.ToleranceCases);
        db.Accusations.AddRange(data.Accusations);
        db.ResponsibilityItems.AddRange(data.ResponsibilityItems);
        db.AssignedTasks.AddRange(data.AssignedTasks);
        db.InspectionPlanItems.AddRange(data.InspectionPlanItems);
        db.Inspections.AddRange(data.Inspections);
        db.BurdenCounts.AddRange(data.BurdenCounts);
        db.PartyMemberDevelopments.AddRange(data.PartyMembers);
        db.TargetedRecruitmentPlans.AddRange(data.RecruitmentPlans);
        db.ReserveDevelopmentRecords.AddRange(data.ReserveRecords);
        db.SpecialReservePosts.AddRange(data.SpecialPosts);
        db.VillageCadreInsurances.AddRange(data.Insurances);
        db.CollectiveIncomes.AddRange(data.Incomes);
        db.CollectiveRewardPayments.AddRange(data.RewardPayments);
        db.FallenCadres.AddRange(data.Fallen);
        db.TownshipFacilities.AddRange(data.Facilities);
        db.TurnoverHousingUnits.AddRange(data.HousingUnits);
        db.TurnoverHousingOccupancies.AddRange(data.Occupancies);
        db.SubsidyPayments.AddRange(data.SubsidyPayments);
        db.AnnualLeaves.AddRange(data.AnnualLeaves);
        db.CrossRegionPostings.AddRange(data.Postings);
        db.HomeTripClaims.AddRange(data.TripClaims);
        db.AddRange(data.CareRecords);

        // Posts not reachable from their cadre's Posts list are added on their own.
        var loosePosts = data.Posts.Where(p => db.Entry(p).State == EntityState.Detached).ToList();
        db.PostAssignments.AddRange(loosePosts);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.RowAuditSuspended = false;
        var entry = AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()), AuditAction.Import, AuditOutcome.Success,
            "DemoDataset", "", new { orgUnits = data.OrgUnits.Count, terms = data.Terms.Count, cadres = data.Cadres.Count, posts = data.Posts.Count });
        await AuditChain.AppendAsync(db, [entry], ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static string PathOf(Core.Org.OrgUnit unit) => unit.Parent is null ? $"/{unit.Id}/" : $"{PathOf(unit.Parent)}{unit.Id}/";
}
