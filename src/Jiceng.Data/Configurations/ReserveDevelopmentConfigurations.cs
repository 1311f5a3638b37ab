using Jiceng.Core.Measures.M10VillageCadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class ReserveDevelopmentRecordConfiguration : IEntityTypeConfiguration<ReserveDevelopmentRecord>
{
    public void Configure(EntityTypeBuilder<ReserveDevelopmentRecord> b)
    {
        b.ToTable("reserve_development_records");
        b.Property(r => r.Content).HasMaxLength(ReserveDevelopmentRecord.ContentMaxLength);
        b.Property(r => r.Hours).HasPrecision(8, 1);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.MembershipId, r.On });
        b.HasOne(r => r.Membership).WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecialReservePostConfiguration : IEntityTypeConfiguration<SpecialReservePost>
{
    public void Configure(EntityTypeBuilder<SpecialReservePost> b)
    {
        b.ToTable("special_reserve_posts");
        b.Property(p => p.Name).HasMaxLength(SpecialReservePost.NameMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.OrgUnitId);
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Fills).WithOne(f => f.Post).HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecialReservePostFillConfiguration : IEntityTypeConfiguration<SpecialReservePostFill>
{
    public void Configure(EntityTypeBuilder<SpecialReservePostFill> b)
    {
        b.ToTable("special_reserve_post_fills");
        b.Property(f => f.EndReason).HasMaxLength(SpecialReservePostFill.EndReasonMaxLength);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.PostId, f.From });
        b.HasIndex(f => f.MembershipId);
        b.HasOne(f => f.Membership).WithMany().HasForeignKey(f => f.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
