using Jiceng.Core.Ranks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class RankAssignmentConfiguration : IEntityTypeConfiguration<RankAssignment>
{
    public void Configure(EntityTypeBuilder<RankAssignment> b)
    {
        b.ToTable("rank_assignments");
        b.Property(r => r.RankCode).HasMaxLength(8);
        b.Property(r => r.DocumentNumber).HasMaxLength(RankAssignment.DocumentNumberMaxLength);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.CadreId, r.Start });
        b.HasIndex(r => new { r.QuotaUnitId, r.RankCode, r.Start });
        b.HasOne(r => r.Cadre).WithMany().HasForeignKey(r => r.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.QuotaUnit).WithMany().HasForeignKey(r => r.QuotaUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
