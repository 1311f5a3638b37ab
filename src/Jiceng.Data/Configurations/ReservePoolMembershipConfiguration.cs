using Jiceng.Core.Measures.M10VillageCadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class ReservePoolMembershipConfiguration : IEntityTypeConfiguration<ReservePoolMembership>
{
    public void Configure(EntityTypeBuilder<ReservePoolMembership> b)
    {
        b.ToTable("reserve_pool_memberships");
        b.Property(m => m.LeaveReason).HasMaxLength(ReservePoolMembership.LeaveReasonMaxLength);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.OrgUnitId, m.From });
        b.HasIndex(m => m.CadreId);
        b.HasOne(m => m.Cadre).WithMany().HasForeignKey(m => m.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.OrgUnit).WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
