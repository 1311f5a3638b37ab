using Jiceng.Core.Ranks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class RankQuotaConfiguration : IEntityTypeConfiguration<RankQuota>
{
    public void Configure(EntityTypeBuilder<RankQuota> b)
    {
        b.ToTable("rank_quotas");
        b.Property(q => q.RankCode).HasMaxLength(8);
        b.Property(q => q.DocumentNumber).HasMaxLength(RankQuota.DocumentNumberMaxLength);
        b.Property(q => q.Version).IsConcurrencyToken();
        // One quota per unit, rank and effective day: a later change is a new row from its own day.
        b.HasIndex(q => new { q.OrgUnitId, q.RankCode, q.From }).IsUnique();
        b.HasOne(q => q.OrgUnit).WithMany().HasForeignKey(q => q.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
