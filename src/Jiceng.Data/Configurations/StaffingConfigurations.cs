using Jiceng.Core.Measures.M03Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class EstablishmentQuotaConfiguration : IEntityTypeConfiguration<EstablishmentQuota>
{
    public void Configure(EntityTypeBuilder<EstablishmentQuota> b)
    {
        b.ToTable("establishment_quotas");
        b.Property(q => q.Document).HasMaxLength(EstablishmentQuota.DocumentMaxLength);
        b.Property(q => q.Version).IsConcurrencyToken();
        b.HasIndex(q => new { q.OrgUnitId, q.Kind, q.From });
        b.HasOne(q => q.OrgUnit).WithMany().HasForeignKey(q => q.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecruitmentPositionConfiguration : IEntityTypeConfiguration<RecruitmentPosition>
{
    public void Configure(EntityTypeBuilder<RecruitmentPosition> b)
    {
        b.ToTable("recruitment_positions");
        b.Property(p => p.Title).HasMaxLength(RecruitmentPosition.TitleMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.Year, p.OrgUnitId });
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DispatchedAgencyConfiguration : IEntityTypeConfiguration<DispatchedAgency>
{
    public void Configure(EntityTypeBuilder<DispatchedAgency> b)
    {
        b.ToTable("dispatched_agencies");
        b.Property(a => a.Name).HasMaxLength(DispatchedAgency.NameMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => a.TownshipId);
        b.HasIndex(a => a.DepartmentId);
        b.HasOne(a => a.Township).WithMany().HasForeignKey(a => a.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.HeadEvents).WithOne(e => e.Agency).HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencyHeadEventConfiguration : IEntityTypeConfiguration<AgencyHeadEvent>
{
    public void Configure(EntityTypeBuilder<AgencyHeadEvent> b)
    {
        b.ToTable("agency_head_events");
        b.Property(e => e.OpinionText).HasMaxLength(AgencyHeadEvent.OpinionTextMaxLength);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => new { e.AgencyId, e.Date });
        b.HasIndex(e => e.CadreId);
        b.HasOne(e => e.Cadre).WithMany().HasForeignKey(e => e.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
