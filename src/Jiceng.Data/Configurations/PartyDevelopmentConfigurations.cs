using Jiceng.Core.Measures.M10VillageCadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class PartyMemberDevelopmentConfiguration : IEntityTypeConfiguration<PartyMemberDevelopment>
{
    public void Configure(EntityTypeBuilder<PartyMemberDevelopment> b)
    {
        b.ToTable("party_member_developments");
        b.Property(m => m.Name).HasMaxLength(PartyMemberDevelopment.NameMaxLength);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.AgeOnAdmission);
        b.Ignore(m => m.IsYoung);
        b.HasIndex(m => new { m.OrgUnitId, m.AdmittedOn });
        b.HasIndex(m => m.CadreId);
        b.HasOne(m => m.OrgUnit).WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Cadre).WithMany().HasForeignKey(m => m.CadreId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TargetedRecruitmentPlanConfiguration : IEntityTypeConfiguration<TargetedRecruitmentPlan>
{
    public void Configure(EntityTypeBuilder<TargetedRecruitmentPlan> b)
    {
        b.ToTable("targeted_recruitment_plans");
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.OrgUnitId, p.Year }).IsUnique();
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
