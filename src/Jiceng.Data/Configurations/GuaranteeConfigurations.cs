using Jiceng.Core.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class SubsidyPaymentConfiguration : IEntityTypeConfiguration<SubsidyPayment>
{
    public void Configure(EntityTypeBuilder<SubsidyPayment> b)
    {
        b.ToTable("subsidy_payments");
        b.Property(p => p.Subsidy).HasMaxLength(SubsidyPayment.SubsidyMaxLength).IsRequired();
        b.Property(p => p.AmountYuan).HasPrecision(14, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.CadreId, p.Subsidy, p.Month }).IsUnique();
        b.HasIndex(p => p.Month);
        b.HasOne(p => p.Cadre).WithMany().HasForeignKey(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CrossRegionPostingConfiguration : IEntityTypeConfiguration<CrossRegionPosting>
{
    public void Configure(EntityTypeBuilder<CrossRegionPosting> b)
    {
        b.ToTable("cross_region_postings");
        b.Property(p => p.HomePlace).HasMaxLength(CrossRegionPosting.PlaceMaxLength).IsRequired();
        b.Property(p => p.Document).HasMaxLength(CrossRegionPosting.DocumentMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.CadreId, p.Start });
        b.HasOne(p => p.Cadre).WithMany().HasForeignKey(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HomeTripClaimConfiguration : IEntityTypeConfiguration<HomeTripClaim>
{
    public void Configure(EntityTypeBuilder<HomeTripClaim> b)
    {
        b.ToTable("home_trip_claims");
        b.Property(c => c.AmountYuan).HasPrecision(14, 2);
        b.Property(c => c.Reason).HasMaxLength(HomeTripClaim.ReasonMaxLength).IsRequired();
        b.Property(c => c.Note).HasMaxLength(HomeTripClaim.NoteMaxLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.PostingId, c.TripDate });
        b.HasOne(c => c.Posting).WithMany().HasForeignKey(c => c.PostingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnualLeaveConfiguration : IEntityTypeConfiguration<AnnualLeave>
{
    public void Configure(EntityTypeBuilder<AnnualLeave> b)
    {
        b.ToTable("annual_leaves");
        b.Property(l => l.MonthlyWageYuan).HasPrecision(14, 2);
        b.Property(l => l.CompensationYuan).HasPrecision(14, 2);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.HasIndex(l => new { l.CadreId, l.Year }).IsUnique();
        b.HasIndex(l => l.Year);
        b.HasOne(l => l.Cadre).WithMany().HasForeignKey(l => l.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
