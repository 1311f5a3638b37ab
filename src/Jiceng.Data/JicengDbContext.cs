using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Posts;
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

    public DbSet<EvaluationRun> EvaluationRuns => Set<EvaluationRun>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<Policy.PolicyProfileVersion> PolicyProfileVersions => Set<Policy.PolicyProfileVersion>();

    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JicengDbContext).Assembly);
        builder.ApplyConfiguration(new CadreConfiguration(KeyRing));
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        IdNumberMapping.MaintainIndex(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        IdNumberMapping.MaintainIndex(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
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
    }
}
